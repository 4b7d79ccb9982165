using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Habitats;

/// <summary>Habitat metrics of a label map (0 outside the ROI, habitats 1..K): see <see cref="HabitatMetricsResult"/>.</summary>
public static class HabitatMetrics
{
    /// <summary>
    /// Computes the metrics. <paramref name="habitatCount"/> is K (default: the largest label; habitats absent from the
    /// map get zero rows). Regions are counted under <paramref name="connectivity"/> (default 26, as the ROI's own
    /// components are counted; <see cref="Connectivity.Face"/> for 6).
    /// </summary>
    public static HabitatMetricsResult Compute(
        Volume<byte> labels, Connectivity connectivity = Connectivity.Full, int? habitatCount = null, IthScoreOptions? ith = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ReadOnlySpan<byte> values = labels.Voxels;
        int largest = values.Length == 0 ? 0 : values.ToArray().Max();
        int k = habitatCount ?? largest;
        if (largest > k)
        {
            throw new ArgumentException($"The map holds label {largest}, more than the {k} habitats given.", nameof(habitatCount));
        }

        var counts = new int[k + 1];
        foreach (byte v in values)
        {
            counts[v]++;
        }

        int roi = values.Length - counts[0];
        var habitats = new List<HabitatSummary>(k);
        for (int h = 1; h <= k; h++)
        {
            int[] sizes = counts[h] == 0 ? [] : [.. ConnectedRegions.Label(labels, connectivity, (byte)h).Sizes.OrderDescending()];
            habitats.Add(new HabitatSummary(h, counts[h], counts[h] * labels.Geometry.VoxelVolume, roi > 0 ? (double)counts[h] / roi : double.NaN, sizes.Length, sizes));
        }

        long[,] matrix = MultiRegionSpatialInteraction.Matrix(labels, k);
        return new HabitatMetricsResult(
            k,
            roi,
            connectivity,
            habitats,
            matrix,
            MultiRegionSpatialInteraction.HabitFeatures(matrix),
            MultiRegionSpatialInteraction.RoiOnlyFeatures(matrix),
            IthScore.Compute(labels, ith));
    }
}
