namespace Radiomics.Dicom;

/// <summary>
/// The one exception the DICOM reader throws for unreadable, malformed, unsupported or inconsistent input.
/// The message names the file (or series) and the problem; <see cref="Problem"/> classifies it for callers and tests.
/// </summary>
public sealed class DicomFormatException : Exception
{
    /// <summary>A reader error of kind <paramref name="problem"/>; the message is prefixed with <paramref name="path"/> when given.</summary>
    /// <param name="problem">What kind of problem it is.</param>
    /// <param name="path">The file or folder it was found in, or null.</param>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="inner">The underlying exception (e.g. an <see cref="IOException"/>), or null.</param>
    public DicomFormatException(DicomProblem problem, string? path, string message, Exception? inner = null)
        : base(path is null ? message : $"{path}: {message}", inner)
    {
        Problem = problem;
        Path = path;
    }

    /// <summary>The kind of problem, for callers that react to it (e.g. skip an unsupported file) and for tests.</summary>
    public DicomProblem Problem { get; }

    /// <summary>The file or folder the problem was found in, when there is one.</summary>
    public string? Path { get; }
}
