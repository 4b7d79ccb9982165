namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The mean squares of the two-way ANOVA without replication on a complete subjects × raters matrix (what
/// <c>psych::ICC</c> takes from <c>aov(values ~ subjects + raters)</c>): between subjects (MSB), between raters (MSJ),
/// residual (MSE), and within subjects (MSW, raters and residual pooled).
/// </summary>
internal readonly record struct IccAnova(int Subjects, int Raters, double Msb, double Msj, double Mse, double Msw)
{
    /// <summary>
    /// Computes the mean squares of <paramref name="ratings"/> (row-major: subject i, rater j at i·k + j) with centred
    /// sums (grand, subject and rater means first). <paramref name="raterMeans"/> is scratch of length k.
    /// </summary>
    public static IccAnova Of(ReadOnlySpan<double> ratings, int n, int k, Span<double> raterMeans)
    {
        double grand = 0;
        raterMeans.Clear();
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = ratings.Slice(i * k, k);
            for (int j = 0; j < k; j++)
            {
                raterMeans[j] += row[j];
                grand += row[j];
            }
        }

        grand /= n * k;
        double ssj = 0;
        for (int j = 0; j < k; j++)
        {
            raterMeans[j] /= n;
            double d = raterMeans[j] - grand;
            ssj += d * d;
        }

        ssj *= n;
        double ssb = 0, sse = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = ratings.Slice(i * k, k);
            double subjectMean = 0;
            for (int j = 0; j < k; j++)
            {
                subjectMean += row[j];
            }

            subjectMean /= k;
            double d = subjectMean - grand;
            ssb += d * d;
            for (int j = 0; j < k; j++)
            {
                double residual = row[j] - subjectMean - raterMeans[j] + grand;
                sse += residual * residual;
            }
        }

        ssb *= k;
        return new IccAnova(n, k, ssb / (n - 1), ssj / (k - 1), sse / ((n - 1.0) * (k - 1)), (ssj + sse) / (n * (k - 1.0)));
    }
}
