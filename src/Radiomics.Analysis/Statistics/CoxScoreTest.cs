using Radiomics.Analysis.Models;
using Radiomics.Analysis.Models.Internal;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The univariate Cox score test: for one covariate x, U²/I at β = 0 against χ²₁, with Efron's (default) or Breslow's
/// handling of tied death times: <c>summary(survival::coxph(Surv(time, event) ~ x, ties = "efron"))$sctest</c>
/// (survival 3.5). A subject censored at a death time is at risk at that time.
/// </summary>
/// <remarks>
/// Built once per outcome (the risk sets are sorted once) and then applied to any number of covariates; thread-safe.
/// The statistic does not depend on the covariate's location or scale. A covariate with no variation inside the risk
/// sets of the deaths has I = 0 and a NaN statistic and p-value.
/// </remarks>
public sealed class CoxScoreTest
{
    private readonly SurvivalRiskSets _risk;
    private readonly CoxTies _ties;
    private readonly double[] _zeroEta;

    /// <summary>Prepares the test for follow-up <paramref name="time"/> and event flags <paramref name="died"/>.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a time is negative or not finite, or there is no event.</exception>
    public CoxScoreTest(IReadOnlyList<double> time, IReadOnlyList<bool> died, CoxTies ties = CoxTies.Efron)
    {
        if (time.Count != died.Count)
        {
            throw new ArgumentException($"{time.Count} times but {died.Count} event flags.", nameof(died));
        }

        if (time.Any(t => !double.IsFinite(t) || t < 0))
        {
            throw new ArgumentException("Times must be finite and non-negative.", nameof(time));
        }

        if (!died.Contains(true))
        {
            throw new ArgumentException("There is no event.", nameof(died));
        }

        _risk = new SurvivalRiskSets([.. time], [.. died]);
        _ties = ties;
        _zeroEta = new double[time.Count];
    }

    /// <summary>The number of subjects.</summary>
    public int Count => _zeroEta.Length;

    /// <summary>Tests covariate <paramref name="x"/> (one finite value per subject, in the order given to the constructor).</summary>
    /// <exception cref="ArgumentException">The length differs from the outcome's, or a value is not finite.</exception>
    public CoxScoreTestResult Test(ReadOnlySpan<double> x)
    {
        if (x.Length != Count)
        {
            throw new ArgumentException($"{x.Length} values for {Count} subjects.", nameof(x));
        }

        double mean = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in x)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException("Covariate values must be finite.", nameof(x));
            }

            mean += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (min == max)
        {
            return new CoxScoreTestResult(0, 0, double.NaN, double.NaN);
        }

        // Centred, as coxph does: the statistic is unchanged and the information loses less to cancellation.
        mean /= x.Length;
        var centred = new double[x.Length];
        for (int i = 0; i < centred.Length; i++)
        {
            centred[i] = x[i] - mean;
        }

        Span<double> score = stackalloc double[1];
        Span<double> information = stackalloc double[1];
        ReadOnlyMemory<double>[] columns = [centred];
        CoxPartialLikelihood.Evaluate(_risk, _zeroEta, columns, _ties, score, information);
        double statistic = information[0] > 0 ? score[0] * score[0] / information[0] : double.NaN;
        double p = double.IsNaN(statistic) ? double.NaN : NormalTail.ChiSquareOneUpper(statistic);
        return new CoxScoreTestResult(score[0], information[0], statistic, p);
    }
}
