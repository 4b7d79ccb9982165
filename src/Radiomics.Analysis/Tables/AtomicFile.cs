using Radiomics.IO;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Writes an analysis output atomically through the core's writer (a temporary sibling renamed into place, so a failure
/// never leaves a half-written file under the final name), with the analysis layer's error type.
/// </summary>
internal static class AtomicFile
{
    /// <exception cref="FeatureTableException">The folder does not exist or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new FeatureTableException($"{path}: the output folder '{folder}' does not exist");
        }

        try
        {
            Radiomics.IO.Internal.AtomicFile.Write(path, write);
        }
        catch (ImageFormatException e)
        {
            throw new FeatureTableException(e.Message, e);
        }
    }
}
