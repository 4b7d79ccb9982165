using Radiomics.IO;

namespace Radiomics.Dicom.Writing;

/// <summary>Writes an encoded object atomically: through a temporary file in the target folder, renamed into place.</summary>
internal static class DicomOutputFile
{
    public static void Write(string path, DicomWriteDataset dataset)
    {
        byte[] bytes = Part10Writer.Encode(dataset);
        try
        {
            AtomicFile.Write(path, stream => stream.Write(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DicomWriteException(path, $"cannot write the file: {e.Message}", e);
        }
    }
}
