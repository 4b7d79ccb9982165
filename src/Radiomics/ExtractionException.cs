namespace Radiomics;

/// <summary>
/// Input that cannot be extracted (empty mask, missing label, mask outside the image, ROI too small, geometry
/// mismatch): the message says what is wrong and, where known, which file.
/// </summary>
public sealed class ExtractionException : Exception
{
    /// <summary>An input error described by <paramref name="message"/> (one line, naming the file or setting where known).</summary>
    public ExtractionException(string message)
        : base(message)
    {
    }
}
