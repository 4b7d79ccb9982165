using MathNet.Numerics.Distributions;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// ROC AUC with DeLong's variance (DeLong, DeLong and Clarke-Pearson, 1988), as pROC 1.18 computes it. Each case's
/// placement is the fraction of controls it outscores (ties ½), each control's the fraction of cases that outscore it;
/// the AUC is their mean, and the variance s²(case placements)/m + s²(control placements)/n with sample variances.
/// The confidence interval is AUC ± Φ⁻¹(1 − (1 − level)/2)·SE, clipped to [0, 1] as <c>ci.auc(method = "delong")</c>
/// (the unclipped bounds are reported too). The direction is fixed by the caller (default: a higher score means a case,
/// pROC <c>direction = "&lt;"</c>); it is never guessed from the data.
/// </summary>
public static class DeLong
{
    /// <summary>The AUC of <paramref name="scores"/> for the cases marked in <paramref name="isCase"/>, with its DeLong SE and CI.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a score is not finite, or there is no case or no control.</exception>
    public static AucEstimate Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> isCase, ScoreDirection direction = ScoreDirection.HigherMeansCase, double confidenceLevel = 0.95)
    {
        var p = Placements.Of(scores, isCase, direction);
        return Estimate(p, confidenceLevel, direction);
    }

    /// <summary>The paired DeLong test of two scores on the same rows (same cases and controls).</summary>
    public static PairedAucComparison PairedTest(
        IReadOnlyList<double> first,
        IReadOnlyList<double> second,
        IReadOnlyList<bool> isCase,
        ScoreDirection direction = ScoreDirection.HigherMeansCase,
        double confidenceLevel = 0.95)
    {
        var a = Placements.Of(first, isCase, direction);
        var b = Placements.Of(second, isCase, direction);
        double covariance = Covariance(a.CasePlacements, a.Auc, b.CasePlacements, b.Auc) / a.CasePlacements.Length
                            + Covariance(a.ControlPlacements, a.Auc, b.ControlPlacements, b.Auc) / a.ControlPlacements.Length;
        AucEstimate x = Estimate(a, confidenceLevel, direction);
        AucEstimate y = Estimate(b, confidenceLevel, direction);
        double difference = x.Auc - y.Auc;
        double z = difference / Math.Sqrt(x.Variance + y.Variance - 2 * covariance);
        if (double.IsNaN(z) && difference == 0)
        {
            z = 0;
        }

        return new PairedAucComparison(x, y, difference, covariance, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    private static AucEstimate Estimate(Placements p, double level, ScoreDirection direction)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), $"The confidence level must be in (0, 1); got {level}.");
        }

        double variance = Covariance(p.CasePlacements, p.Auc, p.CasePlacements, p.Auc) / p.CasePlacements.Length
                          + Covariance(p.ControlPlacements, p.Auc, p.ControlPlacements, p.Auc) / p.ControlPlacements.Length;
        double se = Math.Sqrt(variance);
        double z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        double lower = p.Auc - z * se;
        double upper = p.Auc + z * se;
        return new AucEstimate(p.Auc, se, variance, level, Math.Clamp(lower, 0, 1), Math.Clamp(upper, 0, 1), lower, upper,
            p.CasePlacements.Length, p.ControlPlacements.Length, direction);
    }

    // Σ (a − μa)(b − μb) / (count − 1), centred on the AUCs (the placements' means), as pROC.
    private static double Covariance(double[] a, double meanA, double[] b, double meanB)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }

        return sum / (a.Length - 1);
    }

    private sealed record Placements(double Auc, double[] CasePlacements, double[] ControlPlacements)
    {
        public static Placements Of(IReadOnlyList<double> scores, IReadOnlyList<bool> isCase, ScoreDirection direction)
        {
            if (scores.Count != isCase.Count)
            {
                throw new ArgumentException($"{scores.Count} scores but {isCase.Count} labels.", nameof(isCase));
            }

            double sign = direction == ScoreDirection.HigherMeansCase ? 1 : -1;
            var cases = new List<double>();
            var controls = new List<double>();
            for (int i = 0; i < scores.Count; i++)
            {
                if (!double.IsFinite(scores[i]))
                {
                    throw new ArgumentException($"Score {i + 1} is not finite ({scores[i]}).", nameof(scores));
                }

                (isCase[i] ? cases : controls).Add(sign * scores[i]);
            }

            if (cases.Count < 2 || controls.Count < 2)
            {
                throw new ArgumentException($"DeLong's method needs at least two cases and two controls; got {cases.Count} and {controls.Count}.", nameof(isCase));
            }

            double[] sortedCases = [.. cases.Order()];
            double[] sortedControls = [.. controls.Order()];
            var casePlacements = cases.Select(x => Fraction(sortedControls, x, below: true)).ToArray();
            var controlPlacements = controls.Select(y => Fraction(sortedCases, y, below: false)).ToArray();
            return new Placements(casePlacements.Average(), casePlacements, controlPlacements);
        }

        // The fraction of sorted values below (or above) x, ties counting ½.
        private static double Fraction(double[] sorted, double x, bool below)
        {
            int less = LowerBound(sorted, x);
            int lessOrEqual = UpperBound(sorted, x);
            int equal = lessOrEqual - less;
            int strictly = below ? less : sorted.Length - lessOrEqual;
            return (strictly + 0.5 * equal) / sorted.Length;
        }

        private static int LowerBound(double[] sorted, double x)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < x)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private static int UpperBound(double[] sorted, double x)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= x)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
