namespace Radiomics.Analysis.Reports;

/// <summary>Reads a modality name and, when none is given, guesses CT from the image's intensities.</summary>
public static class ModalityDetection
{
    /// <summary>
    /// An image whose minimum is at or below this value (HU) is taken for CT when no modality is given: air is about
    /// −1000 HU and padding outside the field of view lower still, while MR and PET intensities are not negative.
    /// </summary>
    public const double CtMinimumAtMost = -900;

    /// <summary>
    /// The modality named by <paramref name="text"/>, ignoring case: <c>CT</c>; <c>MR</c> or <c>MRI</c>; <c>PT</c>
    /// (the DICOM code) or <c>PET</c>; <c>other</c> or <c>OT</c>; null or empty gives <see cref="ImagingModality.Unknown"/>.
    /// </summary>
    /// <returns>False for any other text.</returns>
    public static bool TryParse(string? text, out ImagingModality modality)
    {
        modality = text?.Trim().ToUpperInvariant() switch
        {
            null or "" => ImagingModality.Unknown,
            "CT" => ImagingModality.CT,
            "MR" or "MRI" => ImagingModality.MR,
            "PT" or "PET" => ImagingModality.PET,
            "OT" or "OTHER" => ImagingModality.Other,
            _ => (ImagingModality)(-1),
        };
        return Enum.IsDefined(modality);
    }

    /// <summary>
    /// <paramref name="given"/> when known; otherwise CT when <paramref name="imageMinimum"/> ≤ <see cref="CtMinimumAtMost"/>,
    /// else <see cref="ImagingModality.Other"/> (also when the minimum is unknown, NaN).
    /// </summary>
    public static ImagingModality Resolve(ImagingModality given, double imageMinimum) =>
        given != ImagingModality.Unknown ? given
        : imageMinimum <= CtMinimumAtMost ? ImagingModality.CT
        : ImagingModality.Other;
}
