namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Fits one model to checked data: the penalised path, cross-validation and the exact solution at the chosen λ, or the
/// unpenalised Newton–Raphson fit. The array-level core of <see cref="ModelTrainer"/> (and of the bootstrap, which
/// refits on resampled rows).
/// </summary>
internal static class Fitter
{
    private const int RefineRounds = 10;

    public static FitResult Fit(TrainingData data, ModelSettings settings, FoldAssignment? folds, ParallelOptions parallel) =>
        settings.Penalty is { } penalty ? Penalised(data, settings, penalty, folds, parallel) : Unpenalised(data, settings);

    /// <summary>The λ path of the penalised model on all rows (glmnet's default path, or the user's).</summary>
    public static (StandardisedDesign Design, CoordinateDescentSolver Solver, List<PathPoint> Points) Path(TrainingData data, PenaltySettings penalty)
    {
        StandardisedDesign design = StandardisedDesign.Build(data.Columns, null, penalty.Standardise);
        if (!design.Usable.Any(u => u))
        {
            throw new ModelException("Every predictor is constant; there is nothing to fit.");
        }

        var solver = new CoordinateDescentSolver(design, data.CreateLoss(null), penalty.Alpha, penalty.Tolerance, penalty.MaxPasses);
        List<PathPoint> points = penalty.Lambdas is { } lambdas
            ? PathRunner.Given(solver, lambdas)
            : PathRunner.Computed(solver, penalty.LambdaCount, penalty.LambdaMinRatio ?? PathRunner.DefaultMinRatio(data.Rows, data.Features));
        return (design, solver, points);
    }

    /// <summary>The cross-validation curve over the full-data path.</summary>
    public static CrossValidationCurve CrossValidate(TrainingData data, PenaltySettings penalty, FoldAssignment folds, List<PathPoint> points, ParallelOptions parallel)
    {
        var lambdas = points.Select(p => p.Lambda).ToArray();
        (double[] mean, double[] se, bool grouped) = CrossValidationEngine.Run(data, penalty, folds, lambdas, parallel);
        (int min, int oneSe) = CrossValidationEngine.Choose(lambdas, mean, se);
        string measure = data.Label is not null ? "Binomial Deviance" : "Partial Likelihood Deviance";
        return new CrossValidationCurve(measure, folds.Count, folds.Description, grouped, lambdas, mean, se, points.Select(p => p.NonZero).ToArray(), min, oneSe);
    }

    private static FitResult Penalised(TrainingData data, ModelSettings settings, PenaltySettings penalty, FoldAssignment? folds, ParallelOptions parallel)
    {
        CoordinateDescentSolver solver;
        StandardisedDesign design;
        CrossValidationCurve? curve = null;
        double lambda;
        if (penalty.Rule == LambdaRule.Fixed)
        {
            lambda = penalty.Lambda!.Value;
            design = StandardisedDesign.Build(data.Columns, null, penalty.Standardise);
            solver = new CoordinateDescentSolver(design, data.CreateLoss(null), penalty.Alpha, penalty.Tolerance, penalty.MaxPasses);
            solver.Solve(lambda, 0);
        }
        else
        {
            List<PathPoint> points;
            (design, solver, points) = Path(data, penalty);
            curve = CrossValidate(data, penalty, folds ?? throw new InvalidOperationException("Folds are needed."), points, parallel);
            PathPoint chosen = points[penalty.Rule == LambdaRule.Minimum ? curve.IndexMin : curve.IndexOneSe];
            lambda = chosen.Lambda;
            solver.Load(chosen.Intercept, chosen.Beta);
            solver.Solve(lambda, lambda);
        }

        PolishOutcome outcome = Refine(solver, lambda);
        IPenalisedLoss loss = solver.Loss;
        var diagnostics = new FitDiagnostics(
            "coordinate descent (glmnet path, warm starts, strong rule) + Newton polish on the active set, KKT checked",
            outcome.Converged && outcome.Violators.Count == 0,
            outcome.Iterations,
            -loss.Loss(solver.Eta) * data.Rows,
            -loss.NullLoss * data.Rows,
            outcome.Stationarity,
            double.IsPositiveInfinity(outcome.ZeroGap) ? null : outcome.ZeroGap);
        return new FitResult(design, solver.Intercept, solver.Beta.ToArray(), null, lambda, curve, diagnostics);
    }

    /// <summary>Polishes to the exact minimiser; on a KKT violation re-runs coordinate descent with the violators and a tighter tolerance.</summary>
    public static PolishOutcome Refine(CoordinateDescentSolver solver, double lambda)
    {
        double tolerance = solver.Tolerance;
        PolishOutcome outcome = NewtonPolish.Run(solver, lambda);
        for (int round = 0; round < RefineRounds && (!outcome.Converged || outcome.Violators.Count > 0); round++)
        {
            solver.AddToStrongSet(outcome.Violators);
            solver.Tolerance = Math.Max(solver.Tolerance * 1e-2, 1e-30);
            solver.Solve(lambda, lambda);
            outcome = NewtonPolish.Run(solver, lambda);
        }

        solver.Tolerance = tolerance;
        return outcome;
    }

    private static FitResult Unpenalised(TrainingData data, ModelSettings settings)
    {
        StandardisedDesign design = StandardisedDesign.Build(data.Columns, null, standardise: false);
        var constant = Enumerable.Range(0, data.Features).Where(j => !design.Usable[j]).Select(j => data.FeatureNames[j]).ToList();
        if (constant.Count > 0)
        {
            throw new ModelException($"Feature{(constant.Count > 1 ? "s" : "")} {string.Join(", ", constant.Select(c => $"'{c}'"))} {(constant.Count > 1 ? "are" : "is")} constant; an unpenalised model cannot estimate {(constant.Count > 1 ? "their" : "its")} coefficient.");
        }

        NewtonResult result;
        double intercept = 0;
        double[] beta;
        double[] se;
        string method;
        if (data.Label is { } y)
        {
            result = UnpenalisedFits.Logistic(design, y, settings.NewtonEpsilon, settings.NewtonMaxIterations);
            intercept = result.Beta[0];
            beta = result.Beta[1..];
            int m = beta.Length + 1;
            se = Enumerable.Range(1, beta.Length).Select(a => Math.Sqrt(result.Variance[a * m + a])).ToArray();
            method = "Newton-Raphson (glm binomial), step halving, coxph's convergence rule";
        }
        else
        {
            CoxTies ties = settings.EffectiveTies;
            result = UnpenalisedFits.Cox(design, data.RiskSets(null), ties, settings.NewtonEpsilon, settings.NewtonMaxIterations);
            beta = result.Beta;
            int m = beta.Length;
            se = Enumerable.Range(0, m).Select(a => Math.Sqrt(result.Variance[a * m + a])).ToArray();
            method = $"Newton-Raphson as survival::coxph (coxfit6: step halving, |1 - loglik_old/loglik_new| <= {settings.NewtonEpsilon}), {ties} ties";
        }

        if (!result.Converged)
        {
            throw new ModelException($"The unpenalised {settings.Learner} fit did not converge in {settings.NewtonMaxIterations} Newton iterations (separation or collinear features?); use a penalty.");
        }

        // For the logistic model the null model is the intercept-only fit (glm's null deviance), not β = 0.
        double nullLogLikelihood = data.Label is { } labels ? -new LogisticLoss(labels).NullLoss * data.Rows : result.NullLogLikelihood;
        var diagnostics = new FitDiagnostics(method, result.Converged, result.Iterations, result.LogLikelihood, nullLogLikelihood);
        return new FitResult(design, intercept, beta, se, null, null, diagnostics);
    }
}
