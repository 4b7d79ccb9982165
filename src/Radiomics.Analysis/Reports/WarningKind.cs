namespace Radiomics.Analysis.Reports;

/// <summary>What a case warning is about (each with its threshold in <see cref="ReportThresholds"/>).</summary>
public enum WarningKind
{
    /// <summary>The ROI has fewer voxels than <see cref="ReportThresholds.MinimumVoxels"/>.</summary>
    SmallRoi,

    /// <summary>The ROI has several connected components.</summary>
    SeveralComponents,

    /// <summary>The voxels are strongly anisotropic.</summary>
    AnisotropicVoxels,

    /// <summary>The ROI touches the border of the image.</summary>
    RoiTouchesBorder,

    /// <summary>Intensities inside the ROI lie outside the modality's plausible range.</summary>
    ImplausibleIntensities,

    /// <summary>Resampling changes a spacing by more than <see cref="ReportThresholds.MaximumResamplingFactor"/>.</summary>
    LargeResampling,

    /// <summary>Re-segmentation removed more than <see cref="ReportThresholds.MaximumRemovedFraction"/> of the ROI.</summary>
    ManyVoxelsRemoved,

    /// <summary>An input could not be read or shown (the case's images are missing from the report).</summary>
    InputProblem,
}
