using MathNet.Numerics.Distributions;
using Radiomics.Analysis.Models.Internal;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// Calibration of probabilities on new data, as <c>rms::val.prob(p, y)</c>: the logistic recalibration intercept and
/// slope, the Brier score and Spiegelhalter's z. val.prob's own intercept and slope come from <c>lrm.fit</c> stopped at
/// its default tolerance (about 5e-6 from the optimum); here the recalibration is run to convergence (Newton–Raphson
/// until the log-likelihood stops changing), i.e. <c>lrm.fit(qlogis(p), y)</c> at a tight tolerance. Rows with p = 0 or
/// 1 are left out of the recalibration fit (their logit is infinite), as val.prob does, but kept in the Brier score.
/// </summary>
public static class Calibration
{
    /// <summary>The val.prob statistics of probabilities <paramref name="probability"/> for outcomes <paramref name="outcome"/> (true = y = 1).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a probability is outside [0, 1], or the outcome has one class.</exception>
    public static CalibrationResult Evaluate(IReadOnlyList<double> probability, IReadOnlyList<bool> outcome)
    {
        int n = probability.Count;
        if (outcome.Count != n)
        {
            throw new ArgumentException($"{n} probabilities but {outcome.Count} outcomes.", nameof(outcome));
        }

        double brier = 0, spiegelNumerator = 0, spiegelVariance = 0;
        var logit = new List<double>();
        var y = new List<double>();
        for (int i = 0; i < n; i++)
        {
            double p = probability[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"Probability {i + 1} is {p}, outside [0, 1].", nameof(probability));
            }

            double yi = outcome[i] ? 1 : 0;
            brier += (p - yi) * (p - yi);
            spiegelNumerator += (yi - p) * (1 - 2 * p);
            spiegelVariance += (1 - 2 * p) * (1 - 2 * p) * p * (1 - p);
            if (p > 0 && p < 1)
            {
                logit.Add(Math.Log(p / (1 - p)));
                y.Add(yi);
            }
        }

        (double intercept, double slope) = Recalibrate(logit, y);
        double z = spiegelNumerator / Math.Sqrt(spiegelVariance);
        double c = DeLong.Auc(probability, outcome).Auc;
        return new CalibrationResult(intercept, slope, brier / n, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)), c, 2 * (c - 0.5), n, logit.Count);
    }

    // Maximum-likelihood logistic regression of y on logit(p): (intercept, slope), to convergence.
    private static (double Intercept, double Slope) Recalibrate(List<double> logit, List<double> y)
    {
        if (y.All(v => v == y[0]))
        {
            throw new ArgumentException("The outcome has one class only; calibration needs events and non-events.");
        }

        NewtonResult fit = NewtonRaphson.Maximise(
            (theta, score, information) =>
            {
                double loglik = 0;
                score.Clear();
                information.Clear();
                for (int i = 0; i < logit.Count; i++)
                {
                    double eta = theta[0] + theta[1] * logit[i];
                    double p = LogisticLoss.Probability(eta);
                    double w = p * (1 - p);
                    double r = y[i] - p;
                    loglik += y[i] * eta - LogisticLoss.LogOnePlusExp(eta);
                    score[0] += r;
                    score[1] += r * logit[i];
                    information[0] += w;
                    information[1] += w * logit[i];
                    information[3] += w * logit[i] * logit[i];
                }

                information[2] = information[1];
                return loglik;
            },
            parameters: 2,
            epsilon: 1e-15,
            maxIterations: 100);
        if (!fit.Converged)
        {
            throw new ArgumentException("The logistic recalibration did not converge (the probabilities separate the outcome perfectly).");
        }

        return (fit.Beta[0], fit.Beta[1]);
    }
}
