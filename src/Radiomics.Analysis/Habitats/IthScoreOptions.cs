namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Settings of the ITH score, named after the arguments of ITHscore's <c>calITHscore(label_map, min_area, thresh)</c>
/// (LiJiaqi96/ITHscore; defaults 200 and 1 as there).
/// </summary>
public sealed record IthScoreOptions
{
    /// <summary>ITHscore's <c>min_area</c>: for an ROI of at most this many pixels, regions of ≤ <see cref="SmallRegionThreshold"/> pixels are ignored; for a larger ROI, single pixels are.</summary>
    public int MinimumArea { get; init; } = 200;

    /// <summary>ITHscore's <c>thresh</c>.</summary>
    public int SmallRegionThreshold { get; init; } = 1;

    /// <summary>Where the score is computed (default: the largest axial slice, as the ITHscore paper).</summary>
    public IthScoreScope Scope { get; init; } = IthScoreScope.LargestSlice;
}
