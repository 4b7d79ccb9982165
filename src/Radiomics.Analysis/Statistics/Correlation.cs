namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Pearson's and Spearman's correlation of two paired samples, as R's <c>cor(x, y, method = "pearson" | "spearman")</c>.
/// </summary>
/// <remarks>
/// NaN follows <see cref="MissingValueHandling"/> (default: incomplete pairs left out, as R's
/// <c>use = "pairwise.complete.obs"</c>). The result is NaN when fewer than two pairs remain or either sample has no
/// variance; it is clamped to [-1, 1] (as R does) against rounding. Infinite values make the result NaN.
/// </remarks>
public static class Correlation
{
    /// <summary>Pearson's product-moment correlation (two-pass: means first, then centred sums).</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a NaN meets <see cref="MissingValueHandling.Error"/>.</exception>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y, MissingValueHandling missing = MissingValueHandling.PairwiseComplete)
    {
        CheckPairs(x, y, missing);
        PairedMoments m = PairedMoments.Of(x, y);
        if (m.Count < 2 || m.Sxx == 0 || m.Syy == 0)
        {
            return double.NaN;
        }

        return Math.Clamp(m.Sxy / Math.Sqrt(m.Sxx * m.Syy), -1.0, 1.0);
    }

    /// <summary>Spearman's rank correlation: Pearson's correlation of the average ranks (<see cref="Ranks"/>) of the complete pairs.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a NaN meets <see cref="MissingValueHandling.Error"/>.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y, MissingValueHandling missing = MissingValueHandling.PairwiseComplete)
    {
        CheckPairs(x, y, missing);
        int n = 0;
        for (int i = 0; i < x.Length; i++)
        {
            n += double.IsNaN(x[i]) || double.IsNaN(y[i]) ? 0 : 1;
        }

        var completeX = new double[n];
        var completeY = new double[n];
        for (int i = 0, m = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                completeX[m] = x[i];
                completeY[m++] = y[i];
            }
        }

        Ranks.Average(completeX, completeX);
        Ranks.Average(completeY, completeY);
        return Pearson(completeX, completeY, MissingValueHandling.Error);
    }

    private static void CheckPairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y, MissingValueHandling missing)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The samples differ in length ({x.Length} and {y.Length}).", nameof(y));
        }

        if (missing == MissingValueHandling.Error)
        {
            for (int i = 0; i < x.Length; i++)
            {
                if (double.IsNaN(x[i]) || double.IsNaN(y[i]))
                {
                    throw new ArgumentException($"Pair {i} holds a NaN (missing values are not allowed here).", double.IsNaN(x[i]) ? nameof(x) : nameof(y));
                }
            }
        }
    }
}
