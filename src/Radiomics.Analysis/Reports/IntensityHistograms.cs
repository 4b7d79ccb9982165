using Radiomics.Configuration;
using Radiomics.Preprocessing;

namespace Radiomics.Analysis.Reports;

/// <summary>Counts intensities into the report's histogram and works out the discretisation's edges and the re-segmentation's thresholds.</summary>
internal static class IntensityHistograms
{
    /// <summary>
    /// <paramref name="kept"/> and <paramref name="removed"/> counted in <paramref name="bins"/> equal bins over their joint
    /// range; when every value is a whole number the bins are whole units wide (no empty comb teeth).
    /// </summary>
    public static IntensityHistogram Count(double[] kept, double[] removed, int bins, double[] edges, double[] thresholds, string source)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        bool integral = true;
        foreach (double[] values in (double[][])[kept, removed])
        {
            foreach (double v in values)
            {
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                    integral &= v == Math.Floor(v);
                }
            }
        }

        if (double.IsPositiveInfinity(min))
        {
            return new IntensityHistogram(0, 1, [0], [0], edges, thresholds, source);
        }

        double lower, width;
        int count;
        if (integral)
        {
            width = Math.Max(1, Math.Ceiling((max - min + 1) / bins));
            lower = min - 0.5;
            count = (int)Math.Ceiling((max - min + 1) / width);
        }
        else if (max > min)
        {
            width = (max - min) / bins;
            lower = min;
            count = bins;
        }
        else
        {
            (lower, width, count) = (min - 0.5, 1, 1);
        }

        var keptCounts = new int[count];
        var removedCounts = new int[count];
        Fill(kept, keptCounts, lower, width);
        Fill(removed, removedCounts, lower, width);
        return new IntensityHistogram(lower, width, keptCounts, removedCounts, edges, thresholds, source);
    }

    /// <summary>
    /// The edges the extraction's discretisation computes for ROI intensities <paramref name="values"/> (the core's own
    /// edge functions): fixed bin count, IBSI fixed bin size from the re-segmentation's lower bound, or PyRadiomics' fixed
    /// bin width. Empty when there are no values.
    /// </summary>
    public static double[] EdgesFor(double[] values, RadiomicsSettings settings)
    {
        if (values.Length == 0)
        {
            return [];
        }

        double min = values.Min(), max = values.Max();
        if (settings.Discretisation.BinCount is int binCount)
        {
            return Discretisation.FixedBinCountEdges(min, max, binCount);
        }

        if (settings.Discretisation.BinningOrigin == BinningOrigin.Ibsi)
        {
            double lower = settings.Resegmentation.Range is { Count: > 0 } range && settings.Resegmentation.Mode == ResegmentMode.Absolute ? range.Min() : min;
            return Discretisation.IbsiFixedBinSizeEdges(lower, max, settings.Discretisation.BinWidth);
        }

        return Discretisation.FixedBinWidthEdges(min, max, settings.Discretisation.BinWidth);
    }

    /// <summary>
    /// The re-segmentation range in intensities, as <see cref="Resegmentation"/> interprets it over the ROI's
    /// <paramref name="roiValues"/>: absolute; relative to the maximum; or mean + t·std (population). Empty without one.
    /// </summary>
    public static double[] Thresholds(double[] roiValues, RadiomicsSettings settings)
    {
        if (settings.Resegmentation.Range is not { Count: > 0 } range || roiValues.Length == 0)
        {
            return [];
        }

        double[] sorted = [.. range.Order()];
        switch (settings.Resegmentation.Mode)
        {
            case ResegmentMode.Relative:
                double max = roiValues.Max();
                return [.. sorted.Select(t => t * max)];
            case ResegmentMode.Sigma:
                double mean = roiValues.Average();
                double std = Math.Sqrt(roiValues.Sum(v => (v - mean) * (v - mean)) / roiValues.Length);
                return [.. sorted.Select(t => mean + t * std)];
            default:
                return sorted;
        }
    }

    private static void Fill(double[] values, int[] counts, double lower, double width)
    {
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                counts[Math.Clamp((int)Math.Floor((v - lower) / width), 0, counts.Length - 1)]++;
            }
        }
    }
}
