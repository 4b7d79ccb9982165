using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Maximum likelihood by Newton–Raphson with step halving, as <c>survival::coxph</c> (coxfit6) runs it: start at β = 0;
/// after each step evaluate the log-likelihood ℓ, score and information at the new β; stop when
/// |1 − ℓ_old/ℓ_new| ≤ ε and the step was not halved; when ℓ fell, go back half-way to the previous β. The variance is
/// the inverse information at the returned β. Iterations count the Newton steps taken, as coxph's <c>iter</c>.
/// </summary>
internal static class NewtonRaphson
{
    /// <summary>Evaluates ℓ(β), writing the score into the first span and the information (m × m, row-major) into the second.</summary>
    public delegate double LogLikelihood(ReadOnlySpan<double> beta, Span<double> score, Span<double> information);

    public static NewtonResult Maximise(LogLikelihood evaluate, int parameters, double epsilon, int maxIterations)
    {
        int m = parameters;
        var beta = new double[m];
        var next = new double[m];
        var score = new double[m];
        var information = new double[m * m];
        double nullLogLikelihood = evaluate(beta, score, information);
        double current = nullLogLikelihood;
        if (m == 0)
        {
            return new NewtonResult(beta, nullLogLikelihood, nullLogLikelihood, [], 0, true);
        }

        if (!TryStep(information, score, m, beta, next))
        {
            return new NewtonResult(beta, nullLogLikelihood, current, Inverse(information, m), 0, false);
        }

        bool halving = false;
        int iteration = 0;
        while (++iteration <= maxIterations)
        {
            double candidate = evaluate(next, score, information);
            if (Math.Abs(1 - current / candidate) <= epsilon && !halving)
            {
                return new NewtonResult(next, nullLogLikelihood, candidate, Inverse(information, m), iteration, true);
            }

            if (iteration == maxIterations)
            {
                break;
            }

            if (candidate < current || double.IsNaN(candidate))
            {
                halving = true;
                for (int a = 0; a < m; a++)
                {
                    next[a] = (next[a] + beta[a]) / 2;
                }

                continue;
            }

            halving = false;
            current = candidate;
            next.CopyTo(beta, 0);
            if (!TryStep(information, score, m, beta, next))
            {
                break;
            }
        }

        double last = evaluate(next, score, information);
        return new NewtonResult(next, nullLogLikelihood, last, Inverse(information, m), maxIterations, false);
    }

    private static bool TryStep(double[] information, double[] score, int m, double[] beta, double[] next)
    {
        CholeskyFactor? factor = CholeskyFactor.TryFactor(information, m);
        if (factor is null)
        {
            return false;
        }

        var step = score.ToArray();
        factor.Solve(step);
        for (int a = 0; a < m; a++)
        {
            next[a] = beta[a] + step[a];
        }

        return true;
    }

    private static double[] Inverse(double[] information, int m) =>
        CholeskyFactor.TryFactor(information, m)?.Inverse() ?? Enumerable.Repeat(double.NaN, m * m).ToArray();
}
