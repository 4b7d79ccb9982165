namespace Radiomics.Analysis.Reports.Statistics;

/// <summary>
/// The modified z-score of Iglewicz and Hoaglin (1993), <c>0.6745 (x − median) / MAD</c> with MAD the median absolute
/// deviation from the median (unscaled). Outliers are |z| above a threshold (3.5 in the paper).
/// </summary>
internal static class RobustZ
{
    public const double Constant = 0.6745;

    /// <summary>
    /// The scores of <paramref name="values"/> (NaN where the value is NaN), with the median and MAD of the finite
    /// values. When fewer than three values are finite or MAD is 0 (more than half the values equal), every score is
    /// NaN: no case can be called an outlier.
    /// </summary>
    public static (double[] Scores, double Median, double Mad) Of(ReadOnlySpan<double> values)
    {
        double[] sorted = Quantiles.SortedFinite(values);
        var scores = new double[values.Length];
        double median = Quantiles.OfSorted(sorted, 0.5);
        var deviations = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            deviations[i] = Math.Abs(sorted[i] - median);
        }

        Array.Sort(deviations);
        double mad = Quantiles.OfSorted(deviations, 0.5);
        for (int i = 0; i < values.Length; i++)
        {
            scores[i] = sorted.Length >= 3 && mad > 0 && double.IsFinite(values[i]) ? Constant * (values[i] - median) / mad : double.NaN;
        }

        return (scores, median, mad);
    }
}
