using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The metrics of a habitat map: per habitat its size, fraction and connected regions; the MSI matrix (HABIT's
/// convention, background row and column 0 included) with HABIT's features and the background-free ones; the ITH score.
/// </summary>
public sealed record HabitatMetricsResult(
    int HabitatCount,
    int RoiVoxels,
    Connectivity RegionConnectivity,
    IReadOnlyList<HabitatSummary> Habitats,
    long[,] MsiMatrix,
    MsiFeatures MsiHabit,
    MsiFeatures MsiRoiOnly,
    double IthScore);
