using System.Collections.Concurrent;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The F distribution's upper quantile for a two-sided interval (<c>qf(1 - alpha/2, df1, df2)</c>, MathNet.Numerics'
/// <see cref="FisherSnedecor"/>), cached by degrees of freedom (every feature of a balanced table shares them),
/// and its upper tail probability. Thread-safe.
/// </summary>
internal sealed class FQuantiles(double confidenceLevel)
{
    private readonly double _probability = 1 - ((1 - confidenceLevel) / 2);
    private readonly ConcurrentDictionary<(double, double), double> _cache = new();

    /// <summary><c>qf(1 - alpha/2, df1, df2)</c>, cached; NaN unless both degrees of freedom are positive and finite.</summary>
    public double Upper(double df1, double df2) => _cache.GetOrAdd((df1, df2), key => Compute(key.Item1, key.Item2));

    /// <summary><c>qf(1 - alpha/2, df1, df2)</c> without caching (for non-integer degrees of freedom that rarely repeat).</summary>
    public double Compute(double df1, double df2) =>
        df1 > 0 && df2 > 0 && double.IsFinite(df1) && double.IsFinite(df2) ? FisherSnedecor.InvCDF(df1, df2, _probability) : double.NaN;

    /// <summary>
    /// P(F' &gt; <paramref name="f"/>) for F' ~ F(df1, df2), from the regularized incomplete beta function
    /// I_{df2/(df2 + df1 f)}(df2/2, df1/2) (accurate for small tails where 1 - CDF would round to 0); 0 for f = +∞.
    /// </summary>
    public static double UpperTail(double f, double df1, double df2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0;
        }

        return f <= 0 ? 1 : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + (df1 * f)));
    }
}
