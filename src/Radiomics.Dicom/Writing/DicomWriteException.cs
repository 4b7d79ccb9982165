namespace Radiomics.Dicom.Writing;

/// <summary>
/// A DICOM object that cannot be written from the inputs given: a mask off the series' grid, a segment label too long
/// for its attribute, a metadata file that does not parse, a file that cannot be created. The message names the
/// file, option or attribute and the problem in one line; nothing is left half-written.
/// </summary>
public sealed class DicomWriteException : Exception
{
    /// <summary>A write error: the message is <c>SUBJECT: PROBLEM</c>.</summary>
    /// <param name="subject">The file, option or attribute the problem is about.</param>
    /// <param name="problem">One line saying what is wrong.</param>
    /// <param name="inner">The underlying exception, or null.</param>
    public DicomWriteException(string subject, string problem, Exception? inner = null)
        : base($"{subject}: {problem}", inner)
    {
        Subject = subject;
    }

    /// <summary>The file, option or attribute the problem is about.</summary>
    public string Subject { get; }
}
