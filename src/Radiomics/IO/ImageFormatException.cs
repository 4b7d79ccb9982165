namespace Radiomics.IO;

/// <summary>
/// A file that cannot be read or written as an image: the message names the file and the problem, so a
/// command-line tool can print it as one line.
/// </summary>
public sealed class ImageFormatException : Exception
{
    public ImageFormatException(string filePath, string problem, Exception? inner = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
    }

    public string FilePath { get; }

    public string Problem { get; }
}
