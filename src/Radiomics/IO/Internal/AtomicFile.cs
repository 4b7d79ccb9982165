namespace Radiomics.IO.Internal;

/// <summary>
/// The former internal writer, kept only as a forwarder for <c>Radiomics.Analysis</c> (Tables/AtomicFile.cs) until
/// that layer calls <see cref="Radiomics.IO.AtomicFile"/> itself; delete it then. It keeps its old contract: file
/// system failures surface as <see cref="ImageFormatException"/> naming the file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            Radiomics.IO.AtomicFile.Write(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageFormatException(path, $"cannot write the file: {e.Message}", e);
        }
    }
}
