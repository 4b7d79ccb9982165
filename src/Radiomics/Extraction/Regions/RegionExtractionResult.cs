namespace Radiomics.Extraction.Regions;

/// <summary>
/// A case's result with its regions: the plain ROI's entries (names unchanged) and every region's, and the warnings the
/// regions raised, each naming its region (<c>region 'peritumoral': ring 0.3 mm: …</c>).
/// </summary>
public sealed record RegionExtractionResult(FeatureResult Result, IReadOnlyList<string> Warnings);
