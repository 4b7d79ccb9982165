namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The first and second moments of the complete pairs (neither value NaN) of two paired samples: their count, means,
/// and centred sums of squares and products (two-pass: means first). Shared by the correlation and concordance statistics.
/// </summary>
internal readonly record struct PairedMoments(int Count, double MeanX, double MeanY, double Sxx, double Syy, double Sxy)
{
    /// <summary>The moments of the pairs of <paramref name="x"/> and <paramref name="y"/> (equal lengths) without a NaN.</summary>
    public static PairedMoments Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = 0;
        double sumX = 0, sumY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sumX += x[i];
                sumY += y[i];
                n++;
            }
        }

        if (n == 0)
        {
            return new PairedMoments(0, double.NaN, double.NaN, 0, 0, 0);
        }

        double meanX = sumX / n, meanY = sumY / n;
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                double dx = x[i] - meanX, dy = y[i] - meanY;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }

        return new PairedMoments(n, meanX, meanY, sxx, syy, sxy);
    }
}
