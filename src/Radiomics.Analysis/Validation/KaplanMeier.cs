using MathNet.Numerics.Distributions;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// The Kaplan–Meier product-limit estimate of a survival function from right-censored data, as
/// <c>survival::survfit(Surv(time, event) ~ 1)</c> (3.5) computes it with its defaults (<c>stype = 1</c>, Greenwood
/// variance, <c>conf.type = "log"</c>).
/// </summary>
/// <remarks>
/// At each distinct time t, n_t subjects are at risk (time ≥ t: a subject censored at t is at risk at t, so censorings
/// tied with events count in the risk set, as survfit) and d_t die; Ŝ(t) = Π_{u ≤ t} (1 − d_u/n_u). Greenwood:
/// se(t) = √Σ_{u ≤ t} d_u/(n_u(n_u − d_u)), the standard error of −log Ŝ; the log-scale limits are
/// Ŝ·exp(∓z·se) with the upper clipped to 1. Once every subject at risk has died (d = n), Ŝ = 0, se = +∞ and the limits
/// are NaN (survfit's NA).
/// </remarks>
public static class KaplanMeier
{
    /// <summary>The product-limit curve of <paramref name="time"/> with <paramref name="died"/> (true = event, false = censored).</summary>
    /// <exception cref="ArgumentException">Lengths differ, no subjects, a negative or non-finite time, or a level outside (0, 1).</exception>
    public static KaplanMeierCurve Estimate(IReadOnlyList<double> time, IReadOnlyList<bool> died, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(died);
        if (time.Count != died.Count)
        {
            throw new ArgumentException($"{time.Count} times but {died.Count} event indicators.", nameof(died));
        }

        if (time.Count == 0)
        {
            throw new ArgumentException("The Kaplan-Meier estimate needs at least one subject.", nameof(time));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentException($"The confidence level must be in (0, 1); got {confidenceLevel}.", nameof(confidenceLevel));
        }

        int[] order = Enumerable.Range(0, time.Count).ToArray();
        foreach (double t in time)
        {
            if (!(double.IsFinite(t) && t >= 0))
            {
                throw new ArgumentException($"Survival times must be finite and non-negative; got {t}.", nameof(time));
            }
        }

        Array.Sort(order, (a, b) => time[a].CompareTo(time[b]));
        double z = Normal.InvCDF(0, 1, 0.5 + confidenceLevel / 2);
        var times = new List<double>();
        var atRisk = new List<int>();
        var events = new List<int>();
        var censored = new List<int>();
        var survival = new List<double>();
        var standardError = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        double s = 1, greenwood = 0;
        int remaining = time.Count;
        for (int i = 0; i < order.Length;)
        {
            double t = time[order[i]];
            int d = 0, c = 0;
            for (; i < order.Length && time[order[i]] == t; i++)
            {
                if (died[order[i]])
                {
                    d++;
                }
                else
                {
                    c++;
                }
            }

            if (d > 0)
            {
                s *= 1 - (double)d / remaining;
                greenwood += d == remaining ? double.PositiveInfinity : (double)d / ((double)remaining * (remaining - d));
            }

            double se = Math.Sqrt(greenwood);
            times.Add(t);
            atRisk.Add(remaining);
            events.Add(d);
            censored.Add(c);
            survival.Add(s);
            standardError.Add(se);
            lower.Add(s > 0 ? s * Math.Exp(-z * se) : double.NaN);
            upper.Add(s > 0 ? Math.Min(1, s * Math.Exp(z * se)) : double.NaN);
            remaining -= d + c;
        }

        return new KaplanMeierCurve(times, atRisk, events, censored, survival, standardError, lower, upper, confidenceLevel, MedianOf(times, events, survival));
    }

    /// <summary>
    /// survfit's median (<c>median.survfit</c>): the first time Ŝ &lt; ½ + tol, or, when Ŝ is ½ there (within tol = √ε), the
    /// midpoint between that time and the next time Ŝ drops (that time itself when it never drops again).
    /// </summary>
    private static double MedianOf(List<double> times, List<int> events, List<double> survival)
    {
        double tolerance = Math.Sqrt(Math.BitIncrement(1.0) - 1.0); // survival: sqrt(.Machine$double.eps)
        for (int k = 0; k < times.Count; k++)
        {
            if (events[k] == 0 || survival[k] > 0.5 + tolerance)
            {
                continue;
            }

            if (Math.Abs(survival[k] - 0.5) > tolerance)
            {
                return times[k];
            }

            for (int next = k + 1; next < times.Count; next++)
            {
                if (events[next] > 0)
                {
                    return (times[k] + times[next]) / 2;
                }
            }

            return times[k];
        }

        return double.NaN;
    }
}
