namespace Radiomics.Dicom;

/// <summary>
/// The one exception the DICOM reader throws for unreadable, malformed, unsupported or inconsistent input.
/// The message names the file (or series) and the problem; <see cref="Problem"/> classifies it for callers and tests.
/// </summary>
public sealed class DicomFormatException : Exception
{
    public DicomFormatException(DicomProblem problem, string? path, string message, Exception? inner = null)
        : base(path is null ? message : $"{path}: {message}", inner)
    {
        Problem = problem;
        Path = path;
    }

    public DicomProblem Problem { get; }

    /// <summary>The file or folder the problem was found in, when there is one.</summary>
    public string? Path { get; }
}
