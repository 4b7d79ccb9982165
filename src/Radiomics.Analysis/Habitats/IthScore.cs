using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The intratumour-heterogeneity score of a habitat map (Li et al., "ITHscore", Eur Radiol 2022; package
/// LiJiaqi96/ITHscore, <c>calITHscore</c>): for each habitat i, n_i is the number of its connected regions (8-connected
/// in a slice) larger than the small-region threshold and S_i the area of the largest of them (a habitat with no such
/// region drops out); ITH = 1 − Σ_i (S_i / n_i) / (ROI pixels). 0 for one compact region per habitat, towards 1 for a
/// fragmented map.
/// </summary>
/// <remarks>
/// The threshold follows the package: regions of at most <see cref="IthScoreOptions.SmallRegionThreshold"/> pixels are
/// ignored when the ROI has at most <see cref="IthScoreOptions.MinimumArea"/> pixels, single pixels otherwise. The
/// package works on one slice; on a volume we take the slice with most ROI voxels (default) or, optionally, the whole
/// volume with 26-connectivity.
/// </remarks>
public static class IthScore
{
    /// <summary>The ITH score of <paramref name="labels"/> (0 background, habitats 1..K); NaN for an empty ROI.</summary>
    public static double Compute(Volume<byte> labels, IthScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new IthScoreOptions();
        Volume<byte> region = options.Scope == IthScoreScope.LargestSlice && labels.Size.Z > 1 ? LargestSlice(labels) : labels;
        ReadOnlySpan<byte> values = region.Voxels;
        int size = values.Length - values.Count((byte)0);
        if (size == 0)
        {
            return double.NaN;
        }

        int threshold = size <= options.MinimumArea ? options.SmallRegionThreshold : 1;
        double total = 0;
        foreach (byte habitat in values.ToArray().Where(v => v != 0).Distinct().Order())
        {
            int[] kept = [.. ConnectedRegions.Label(region, Connectivity.Full, habitat).Sizes.Where(s => s > threshold)];
            if (kept.Length > 0)
            {
                total += (double)kept.Max() / kept.Length;
            }
        }

        return 1.0 - total / size;
    }

    /// <summary>The z-slice of <paramref name="labels"/> with the most non-zero voxels (the lowest z among equals), as a one-slice volume.</summary>
    public static Volume<byte> LargestSlice(Volume<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int best = 0, bestCount = -1;
        for (int z = 0; z < labels.Size.Z; z++)
        {
            Span<byte> slice = labels.Slice(z);
            int count = slice.Length - slice.Count((byte)0);
            if (count > bestCount)
            {
                best = z;
                bestCount = count;
            }
        }

        return labels.Crop(new Index3(0, 0, best), labels.Size with { Z = 1 });
    }
}
