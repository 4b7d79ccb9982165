using Radiomics.Analysis.Habitats;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// What one case of <c>radiomics habitats</c> gave: its number of habitats and the scores of every candidate k, its ROI's
/// voxel count, the habitat metrics, and with <c>--extract</c> each habitat's features (habitat 1 first, names without the
/// habitat prefix; empty for a habitat that could not be extracted); or the error that stopped it.
/// </summary>
internal sealed record HabitatCaseResult(
    string Name,
    int HabitatCount,
    IReadOnlyList<ClusterCountScore> Scores,
    int Voxels,
    HabitatMetricsResult? Metrics,
    IReadOnlyList<IReadOnlyList<KeyValuePair<string, double>>> Extracted,
    string? Error)
{
    /// <summary>A case that failed.</summary>
    public static HabitatCaseResult Failed(string name, string error) => new(name, 0, [], 0, null, [], error);
}
