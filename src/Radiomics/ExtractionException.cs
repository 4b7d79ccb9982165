namespace Radiomics;

/// <summary>
/// Input that cannot be extracted (empty mask, missing label, mask outside the image, ROI too small, geometry
/// mismatch): the message says what is wrong and, where known, which file.
/// </summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(string message)
        : base(message)
    {
    }
}
