using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// A derived region (a peritumoural ring, a habitat) shown like the ROI: outlined on its own slices, with its own
/// intensity histogram.
/// </summary>
/// <param name="Name">How the report names it (e.g. "ring 0–5 mm", "habitat 2").</param>
/// <param name="Mask">Non-zero inside; on the image's grid or a box of it (same spacing and direction, its origin on a voxel centre).</param>
public sealed record ReportRegion(string Name, Volume<byte> Mask);
