namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// k-fold cross-validation over the full-data λ path, exactly as <c>cv.glmnet</c> 4.1 computes its curve. Each fold's
/// model is fitted on the other folds' rows (standardised on those rows) along its own λ path, as glmnet computes it for
/// those rows (its own λ_max and early stop; a user path is used as given), and its coefficients at the full-data λ
/// values are interpolated linearly between its path points (<c>predict(fit, s = lambda)</c>, cv.glmnet's default
/// <c>alignment = "lambda"</c>). Binomial (<c>type.measure = "deviance"</c>): each held-out row's deviance −2[y log p + (1 − y) log(1 − p)] with
/// p clipped to [1e-5, 1 − 1e-5]; grouped (the default): averaged within each fold, then cvm = the fold-size-weighted
/// mean of the fold averages and cvsd = √(weighted mean of (fold average − cvm)² / (K − 1)); with fewer than 3 rows per
/// fold, ungrouped as cv.glmnet then forces: cvm = the mean over rows, cvsd = √(mean (dev − cvm)² / (n − 1)). Cox
/// (grouped partial-likelihood deviance, Verweij and van Houwelingen): fold k's value is [D(all rows; β₋ₖ) −
/// D(rows outside k; β₋ₖ)] / (deaths in k), D = 2(ℓ_saturated − ℓ) with Breslow ties, weighted by deaths per fold.
/// Folds run in parallel, each on its own state, and are combined in fold order: the result does not depend on the
/// thread count.
/// </summary>
internal static class CrossValidationEngine
{
    private const double ProbabilityClip = 1e-5;

    public static (double[] Mean, double[] StandardError, bool Grouped) Run(
        TrainingData data, PenaltySettings penalty, FoldAssignment folds, IReadOnlyList<double> lambdas, ParallelOptions parallel)
    {
        int n = data.Rows;
        int k = folds.Count;
        int count = lambdas.Count;
        bool logistic = data.Label is not null;
        bool grouped = !logistic || (double)n / k >= 3;
        var foldValue = new double[k][];
        var foldWeight = new double[k];
        var rowDeviance = logistic && !grouped ? new double[n * count] : [];
        SurvivalRiskSets? allRisk = logistic ? null : data.RiskSets(null);
        var errors = new ModelException?[k];
        var context = new FoldContext(data, penalty, folds, lambdas, rowDeviance, allRisk);
        Parallel.For(0, k, parallel, fold =>
        {
            try
            {
                (foldValue[fold], foldWeight[fold]) = RunFold(context, fold);
            }
            catch (ModelException e)
            {
                errors[fold] = e;
            }
        });

        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            throw error;
        }

        var mean = new double[count];
        var se = new double[count];
        for (int l = 0; l < count; l++)
        {
            if (grouped)
            {
                (mean[l], se[l]) = WeightedSummary(k, f => foldValue[f][l], f => foldWeight[f], k);
            }
            else
            {
                (mean[l], se[l]) = WeightedSummary(n, i => rowDeviance[i * count + l], _ => 1.0, n);
            }
        }

        return (mean, se, grouped);
    }

    /// <summary>cv.glmnet's choice: lambda.min = the largest λ with the smallest mean; lambda.1se = the largest λ with mean ≤ min mean + its SE.</summary>
    public static (int Min, int OneSe) Choose(IReadOnlyList<double> lambdas, double[] mean, double[] se)
    {
        double best = mean.Min();
        int min = Largest(lambdas, l => mean[l] <= best);
        double limit = mean[min] + se[min];
        int oneSe = Largest(lambdas, l => mean[l] <= limit);
        return (min, oneSe);
    }

    private static int Largest(IReadOnlyList<double> lambdas, Func<int, bool> admissible)
    {
        int chosen = -1;
        for (int l = 0; l < lambdas.Count; l++)
        {
            if (admissible(l) && (chosen < 0 || lambdas[l] > lambdas[chosen]))
            {
                chosen = l;
            }
        }

        return chosen;
    }

    private sealed record FoldContext(
        TrainingData Data, PenaltySettings Penalty, FoldAssignment Folds, IReadOnlyList<double> Lambdas, double[] RowDeviance, SurvivalRiskSets? AllRisk);

    // Fits fold k's model on the other folds and returns its deviance at every λ and its weight (rows or deaths).
    private static (double[] Values, double Weight) RunFold(FoldContext context, int fold)
    {
        TrainingData data = context.Data;
        PenaltySettings penalty = context.Penalty;
        bool logistic = data.Label is not null;
        int n = data.Rows;
        var train = Enumerable.Range(0, n).Where(i => context.Folds.Fold[i] != fold).ToArray();
        var test = Enumerable.Range(0, n).Where(i => context.Folds.Fold[i] == fold).ToArray();
        if (test.Length == 0)
        {
            throw new ModelException($"Cross-validation fold {fold + 1} has no rows.");
        }

        double weight = logistic ? test.Length : test.Count(i => data.Died![i]);
        if (weight == 0)
        {
            throw new ModelException($"Cross-validation fold {fold + 1} has no events; the Cox deviance needs deaths in every fold (use fewer folds).");
        }

        StandardisedDesign design = StandardisedDesign.Build(data.Columns, train, penalty.Standardise);
        IPenalisedLoss loss = FoldLoss(data, train, fold);
        var solver = new CoordinateDescentSolver(design, loss, penalty.Alpha, penalty.Tolerance, penalty.MaxPasses);
        List<PathPoint> path = penalty.Lambdas is { } given
            ? PathRunner.Given(solver, given)
            : PathRunner.Computed(solver, penalty.LambdaCount, penalty.LambdaMinRatio ?? PathRunner.DefaultMinRatio(train.Length, data.Features));
        var coefficients = Interpolate(design, path, context.Lambdas);
        double[] values = logistic
            ? HeldOutDeviance(data, coefficients, test, context.RowDeviance, context.Lambdas.Count)
            : GroupedCoxDeviance(data, coefficients, train, context.AllRisk!);
        return (values, weight);
    }

    private static IPenalisedLoss FoldLoss(TrainingData data, int[] train, int fold)
    {
        if (data.Label is { } y && train.All(i => y[i] == y[train[0]]))
        {
            throw new ModelException($"The training rows of cross-validation fold {fold + 1} have one outcome class only.");
        }

        if (data.Died is { } died && !train.Any(i => died[i]))
        {
            throw new ModelException($"The training rows of cross-validation fold {fold + 1} have no events.");
        }

        return data.CreateLoss(train);
    }

    // The fold fit's intercept and original-scale coefficients at each requested λ (glmnet's lambda.interp).
    private static (double Intercept, double[] Beta)[] Interpolate(StandardisedDesign design, List<PathPoint> path, IReadOnlyList<double> lambdas)
    {
        var original = path.Select(p => OriginalScale(design, p)).ToArray();
        var pathLambdas = path.Select(p => p.Lambda).ToArray();
        var result = new (double, double[])[lambdas.Count];
        for (int l = 0; l < lambdas.Count; l++)
        {
            (int left, int right, double fraction) = LambdaInterpolation.Locate(pathLambdas, lambdas[l]);
            var beta = new double[design.Features];
            for (int j = 0; j < beta.Length; j++)
            {
                beta[j] = original[left].Beta[j] * fraction + original[right].Beta[j] * (1 - fraction);
            }

            result[l] = (original[left].Intercept * fraction + original[right].Intercept * (1 - fraction), beta);
        }

        return result;
    }

    // Per held-out row binomial deviance at every λ; returns the fold means (grouped) and fills the per-row table.
    private static double[] HeldOutDeviance(TrainingData data, (double Intercept, double[] Beta)[] coefficients, int[] test, double[] rowDeviance, int count)
    {
        var foldMean = new double[count];
        for (int l = 0; l < count; l++)
        {
            (double intercept, double[] beta) = coefficients[l];
            double sum = 0;
            foreach (int i in test)
            {
                double eta = intercept;
                for (int j = 0; j < beta.Length; j++)
                {
                    if (beta[j] != 0)
                    {
                        eta += beta[j] * data.Columns[j][i];
                    }
                }

                double p = Math.Clamp(LogisticLoss.Probability(eta), ProbabilityClip, 1 - ProbabilityClip);
                double y = data.Label![i];
                double deviance = -2 * (y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
                sum += deviance;
                if (rowDeviance.Length > 0)
                {
                    rowDeviance[i * count + l] = deviance;
                }
            }

            foldMean[l] = sum / test.Length;
        }

        return foldMean;
    }

    // Fold k's grouped Cox value before dividing by its deaths: D(all; β) − D(train; β).
    private static double[] GroupedCoxDeviance(TrainingData data, (double Intercept, double[] Beta)[] coefficients, int[] train, SurvivalRiskSets allRisk)
    {
        SurvivalRiskSets trainRisk = data.RiskSets(train);
        int foldDeaths = data.Died!.Count(d => d) - train.Count(i => data.Died![i]);
        var values = new double[coefficients.Length];
        var eta = new double[data.Rows];
        var trainEta = new double[train.Length];
        for (int l = 0; l < coefficients.Length; l++)
        {
            double[] beta = coefficients[l].Beta;
            Array.Clear(eta);
            for (int j = 0; j < beta.Length; j++)
            {
                if (beta[j] != 0)
                {
                    VectorKernels.AddScaled(eta, beta[j], data.Columns[j]);
                }
            }

            for (int t = 0; t < train.Length; t++)
            {
                trainEta[t] = eta[train[t]];
            }

            double all = 2 * (allRisk.SaturatedLogLikelihood - CoxPartialLikelihood.LogLikelihood(allRisk, eta, CoxTies.Breslow));
            double minus = 2 * (trainRisk.SaturatedLogLikelihood - CoxPartialLikelihood.LogLikelihood(trainRisk, trainEta, CoxTies.Breslow));
            values[l] = (all - minus) / foldDeaths;
        }

        return values;
    }

    /// <summary>The intercept and coefficients of a path point on the original scale.</summary>
    public static (double Intercept, double[] Beta) OriginalScale(StandardisedDesign design, PathPoint point)
    {
        var beta = new double[design.Features];
        double intercept = point.Intercept;
        for (int j = 0; j < beta.Length; j++)
        {
            if (point.Beta[j] != 0)
            {
                beta[j] = point.Beta[j] / design.Scales[j];
                intercept -= beta[j] * design.Means[j];
            }
        }

        return (intercept, beta);
    }

    // R's weighted.mean and cv.glmnet's cvsd: mean = Σwx/Σw; se = √(Σw(x − mean)²/Σw / (N − 1)).
    private static (double Mean, double StandardError) WeightedSummary(int count, Func<int, double> value, Func<int, double> weight, int n)
    {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < count; i++)
        {
            sw += weight(i);
            swx += weight(i) * value(i);
        }

        double mean = swx / sw;
        double ss = 0;
        for (int i = 0; i < count; i++)
        {
            double d = value(i) - mean;
            ss += weight(i) * d * d;
        }

        return (mean, Math.Sqrt(ss / sw / (n - 1)));
    }
}
