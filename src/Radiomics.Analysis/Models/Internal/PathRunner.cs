namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Runs coordinate descent down a λ path as glmnet 4.1 does. The computed path: λ_max (see
/// <see cref="CoordinateDescentSolver.LambdaMax"/>), then λ_k = λ_max·r^{(k−1)/(nlambda−1)} with r = lambda.min.ratio
/// (at least 1e-6), the first point fitted at λ = ∞ (all zero) and reported, as glmnet's <c>fix.lam</c> does, at
/// exp(2 log λ₂ − log λ₃). After the 5th point the path stops early when the deviance ratio exceeds 0.999 or grows by
/// less than 1e-5 from the previous point (glmnet's <c>devmax</c> and <c>fdev</c>), or when a binomial fit saturates.
/// A user path is fitted as given, without early stopping; points past a saturation repeat the last fit.
/// </summary>
internal static class PathRunner
{
    private const double DevianceRatioMax = 0.999;
    private const double DevianceRatioMinChange = 1e-5;
    private const int MinimumPoints = 5;
    private const double SmallestRatio = 1e-6;

    /// <summary>The default lambda.min.ratio: 0.01 when rows &lt; features, else 1e-4.</summary>
    public static double DefaultMinRatio(int rows, int features) => rows < features ? 0.01 : 1e-4;

    /// <summary>Fits the computed path (glmnet's default) from the solver's null state.</summary>
    public static List<PathPoint> Computed(CoordinateDescentSolver solver, int count, double minRatio)
    {
        double lambdaMax = solver.LambdaMax();
        if (!(lambdaMax > 0))
        {
            throw new ModelException("No feature is related to the outcome at all (every gradient at the null model is zero); there is no λ path.");
        }

        double factor = Math.Pow(Math.Max(SmallestRatio, minRatio), 1.0 / (count - 1));
        var points = new List<PathPoint>(count);
        double lambda = double.PositiveInfinity;
        for (int k = 1; k <= count; k++)
        {
            double previous = lambda;
            if (k == 2)
            {
                previous = lambdaMax;
                lambda = factor * lambdaMax;
            }
            else if (k > 2)
            {
                lambda *= factor;
            }

            solver.Solve(lambda, previous);
            points.Add(Snapshot(solver, lambda));
            if (solver.Saturated)
            {
                break;
            }

            if (k < Math.Min(MinimumPoints, count))
            {
                continue;
            }

            double ratio = points[^1].DevianceRatio;
            if (ratio > DevianceRatioMax || ratio - points[^2].DevianceRatio < DevianceRatioMinChange)
            {
                break;
            }
        }

        double first = points.Count > 2
            ? Math.Exp(2 * Math.Log(points[1].Lambda) - Math.Log(points[2].Lambda))
            : lambdaMax;
        points[0] = points[0] with { Lambda = first };
        return points;
    }

    /// <summary>Fits the given λ values in order from the solver's current state (no early stop).</summary>
    public static List<PathPoint> Given(CoordinateDescentSolver solver, IReadOnlyList<double> lambdas)
    {
        var points = new List<PathPoint>(lambdas.Count);
        double previous = 0;
        foreach (double lambda in lambdas)
        {
            if (!solver.Saturated)
            {
                solver.Solve(lambda, previous);
            }

            points.Add(Snapshot(solver, lambda));
            previous = lambda;
        }

        return points;
    }

    private static PathPoint Snapshot(CoordinateDescentSolver solver, double lambda) =>
        new(lambda, solver.Intercept, solver.Beta.ToArray(), solver.DevianceRatio(), solver.NonZeroCount());
}
