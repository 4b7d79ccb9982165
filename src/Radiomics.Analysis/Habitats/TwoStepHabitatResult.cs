namespace Radiomics.Analysis.Habitats;

/// <summary>The two-step habitats of a cohort: the model, and per patient (in input order) each voxel's supervoxel and habitat (0-based).</summary>
public sealed record TwoStepHabitatResult(
    TwoStepHabitatModel Model,
    IReadOnlyList<int[]> Supervoxels,
    IReadOnlyList<int[]> Habitats,
    IReadOnlyList<ClusterCountScore> Scores,
    IReadOnlyList<string> Warnings);
