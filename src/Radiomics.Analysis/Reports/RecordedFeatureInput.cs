using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// What the features of the original image saw, copied from the extraction by <see cref="CaseReportRecorder"/>: the
/// ROI's intensities after resampling, normalisation and re-segmentation, the discretisation's bin edges, and the ROI
/// on the features' grid (cropped to its bounding box; its geometry places it in patient space).
/// </summary>
/// <param name="RoiValues">The intensities of the ROI's voxels, in grid order.</param>
/// <param name="BinEdges">The bin edges the discretisation used (ascending; bin k is [edge k, edge k+1)).</param>
/// <param name="Mask">The ROI the features used (1 inside), on their grid.</param>
public sealed record RecordedFeatureInput(double[] RoiValues, double[] BinEdges, Volume<byte> Mask);
