namespace Radiomics.Analysis.Reports;

/// <summary>
/// The imaging modality as the report uses it: CT images get a fixed soft-tissue window (W400/L40) and a plausible
/// Hounsfield range; the others a window from the ROI's percentiles. <see cref="Unknown"/> asks the report to detect
/// it (<see cref="ModalityDetection"/>).
/// </summary>
public enum ImagingModality
{
    /// <summary>Not given: detected from the image (CT when its minimum looks like air in HU), else treated as other.</summary>
    Unknown,

    /// <summary>Computed tomography, intensities in Hounsfield units.</summary>
    CT,

    /// <summary>Magnetic resonance (arbitrary units).</summary>
    MR,

    /// <summary>Positron emission tomography (activity or SUV).</summary>
    PET,

    /// <summary>Any other modality (window from the ROI's percentiles, no plausible-range check).</summary>
    Other,
}
