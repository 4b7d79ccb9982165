namespace Radiomics.IO;

/// <summary>
/// A file that cannot be read or written as an image: the message names the file and the problem, so a
/// command-line tool can print it as one line.
/// </summary>
public sealed class ImageFormatException : Exception
{
    /// <summary>A read or write error: the message is <c>FILE: PROBLEM</c>.</summary>
    /// <param name="filePath">The file the problem is about.</param>
    /// <param name="problem">One line saying what is wrong.</param>
    /// <param name="inner">The underlying exception (an I/O or decompression error), or null.</param>
    public ImageFormatException(string filePath, string problem, Exception? inner = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file the problem is about, as given.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
