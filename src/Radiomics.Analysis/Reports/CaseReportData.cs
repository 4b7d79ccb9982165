using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// Everything the report shows about one case (one image, one label), gathered from an extraction that already ran:
/// its result entries (diagnostics and features, as <see cref="FeatureResult.Entries"/> or a row of a batch table),
/// the loaded image and mask, the settings, and what <see cref="CaseReportRecorder"/> saw of the features' input.
/// Nothing here re-runs the extraction; <see cref="CaseReportBuilder"/> only reads and draws.
/// </summary>
/// <param name="Id">Names the case in the report (the batch CSV's ID, a row number, or the image's file name).</param>
/// <param name="Image">The image as loaded, or null when it is not available (the case is then shown without slices).</param>
/// <param name="Mask">The mask (label map) as loaded, or null with <paramref name="Image"/>.</param>
/// <param name="Entries">The extraction's diagnostics and features in output order (empty values are absent).</param>
public sealed record CaseReportData(string Id, ImageData? Image, ImageData? Mask, IReadOnlyList<KeyValuePair<string, ResultValue>> Entries)
{
    /// <summary>The label shown next to the ID (null: none shown); the label used is <see cref="Radiomics.Configuration.MaskSettings.Label"/>.</summary>
    public int? Label { get; init; }

    /// <summary>The extraction's settings: label and channel, re-segmentation, discretisation, resampling.</summary>
    public RadiomicsSettings Settings { get; init; } = RadiomicsSettings.Default;

    /// <summary>The features' input of the original image as the extraction saw it (null when not recorded: then derived from the image).</summary>
    public RecordedFeatureInput? Recorded { get; init; }

    /// <summary>The modality; <see cref="ImagingModality.Unknown"/> lets the report detect it.</summary>
    public ImagingModality Modality { get; init; }

    /// <summary>Derived regions (rings, habitats) to show like the ROI, each with its own views and histogram.</summary>
    public IReadOnlyList<ReportRegion> Regions { get; init; } = [];

    /// <summary>Notes from loading the inputs (skipped files, unconverted PET values, …), shown with the case.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The image's path or description, shown with the case.</summary>
    public string? ImagePath { get; init; }

    /// <summary>The mask's path or description, shown with the case.</summary>
    public string? MaskPath { get; init; }
}
