namespace Radiomics.Analysis.Reports;

/// <summary>
/// The measured values the warnings test, each null when unknown (from the diagnostics when present, else measured
/// on the loaded image).
/// </summary>
/// <param name="FeatureVoxels">The ROI's voxels as the features used them (after resampling and re-segmentation).</param>
/// <param name="Components">Connected components of the ROI (26-connectivity).</param>
/// <param name="FeatureSpacing">The voxel spacing the features used (mm), for the axes with more than one voxel.</param>
/// <param name="BoxLower">The ROI's bounding box, lower corner, in the mask's indices.</param>
/// <param name="BoxSize">The ROI's bounding box size.</param>
/// <param name="GridSize">The mask's grid size.</param>
/// <param name="RoiMinimum">The lowest intensity inside the ROI.</param>
/// <param name="RoiMaximum">The highest intensity inside the ROI.</param>
/// <param name="InputSpacing">The input image's spacing.</param>
/// <param name="ResampledSpacing">The resampled spacing, when the extraction resampled.</param>
/// <param name="Modality">The imaging modality (given or detected), which selects the plausibility checks.</param>
/// <param name="Resegmentation">What re-segmentation removed, when it ran.</param>
internal sealed record CaseFacts(
    long? FeatureVoxels,
    long? Components,
    double[]? FeatureSpacing,
    double[]? BoxLower,
    double[]? BoxSize,
    double[]? GridSize,
    double? RoiMinimum,
    double? RoiMaximum,
    ImagingModality Modality,
    double[]? InputSpacing,
    double[]? ResampledSpacing,
    ResegmentationEffect? Resegmentation);
