using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>Turns a fit into the <see cref="LinearPredictorModel"/> record: terms on the original scale, summary, conventions, provenance.</summary>
internal static class ModelAssembler
{
    public static LinearPredictorModel Assemble(TrainingData data, ModelSettings settings, FitResult fit)
    {
        double[] coefficients = fit.OriginalCoefficients();
        var terms = new ModelTerm[data.Features];
        for (int j = 0; j < terms.Length; j++)
        {
            terms[j] = new ModelTerm(
                data.FeatureNames[j],
                coefficients[j],
                fit.Beta[j],
                fit.Design.Means[j],
                fit.Design.Scales[j],
                fit.StandardErrors?[j]);
        }

        PenaltySettings? penalty = settings.Penalty;
        return new LinearPredictorModel
        {
            Learner = settings.Learner,
            Description = Describe(settings, fit),
            Outcome = settings.Outcome,
            Penalised = penalty is not null,
            Alpha = penalty?.Alpha,
            Lambda = fit.Lambda,
            LambdaRule = penalty?.Rule,
            Standardised = penalty?.Standardise ?? false,
            Ties = settings.Learner == Learner.Cox ? settings.EffectiveTies : null,
            Intercept = settings.Learner == Learner.Logistic ? fit.OriginalIntercept() : 0,
            Terms = terms,
            Training = Summarise(data),
            CrossValidation = fit.Curve,
            Fit = fit.Diagnostics,
            Provenance = new ModelProvenance(AnalysisProvenance.ToolName, AnalysisProvenance.CurrentVersion, SettingsSha256(settings), data.Sha256(), Conventions(settings, fit.Curve)),
        };
    }

    /// <summary>SHA-256 of the settings' canonical JSON.</summary>
    public static string SettingsSha256(ModelSettings settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ModelJson.Serialise(settings))));

    private static string Describe(ModelSettings settings, FitResult fit)
    {
        string learner = settings.Learner == Learner.Logistic ? "logistic regression" : $"Cox proportional hazards ({settings.EffectiveTies} ties)";
        if (settings.Penalty is not { } penalty)
        {
            return $"unpenalised {learner}";
        }

        string kind = penalty.Alpha switch { 1 => "lasso", 0 => "ridge", _ => "elastic net" };
        string rule = penalty.Rule switch
        {
            LambdaRule.Fixed => "fixed",
            LambdaRule.Minimum => "lambda.min",
            _ => "lambda.1se",
        };
        return string.Create(CultureInfo.InvariantCulture, $"penalised {learner}, {kind} (alpha {penalty.Alpha}), lambda {fit.Lambda:R} ({rule})");
    }

    private static TrainingSummary Summarise(TrainingData data)
    {
        if (data.Label is { } y)
        {
            int positives = y.Count(v => v == 1);
            return new TrainingSummary(data.Rows, Positives: positives, Negatives: data.Rows - positives);
        }

        int events = data.Died!.Count(d => d);
        var sorted = data.Time!.Order().ToArray();
        int n = sorted.Length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new TrainingSummary(data.Rows, Events: events, Censored: data.Rows - events, MedianTime: median);
    }

    private static string[] Conventions(ModelSettings settings, CrossValidationCurve? curve)
    {
        var list = new List<string>();
        bool logistic = settings.Learner == Learner.Logistic;
        if (settings.Penalty is { } penalty)
        {
            list.Add("objective: -(1/n) log-likelihood + lambda * ((1 - alpha)/2 * ||b||_2^2 + alpha * ||b||_1), glmnet 4.1 "
                     + (logistic ? "family = \"binomial\"" : "family = \"cox\""));
            list.Add(penalty.Standardise
                ? "penalty on columns centred and scaled by their 1/n standard deviation (glmnet standardize = TRUE); coefficients reported on the original scale"
                : "penalty on the original (centred) columns (glmnet standardize = FALSE)");
            list.Add("coefficients: the exact minimiser (coordinate descent, then Newton steps on the active set; KKT conditions checked)");
            list.Add("lambda path: lambda_max = max_j |gradient_j at the null model| / max(alpha, 0.001); "
                     + "nlambda values log-spaced down to lambda_max * lambda.min.ratio (0.01 if n < p else 1e-4); early stop as glmnet");
        }
        else
        {
            list.Add(logistic ? "unpenalised maximum likelihood, glm(family = binomial)" : "unpenalised maximum partial likelihood, survival::coxph");
            list.Add("standard errors: square roots of the diagonal of the inverse information at the estimate (vcov)");
        }

        if (logistic)
        {
            list.Add("outcome: y = 1 for the positive label; linear predictor = log-odds of y = 1; intercept unpenalised");
        }
        else
        {
            list.Add($"ties: {settings.EffectiveTies}; a subject censored at a death time is at risk at that time (survival::coxph)");
            list.Add("linear predictor: sum of coefficient * feature, uncentred (glmnet predict type = \"link\"); higher = higher risk");
        }

        if (curve is not null)
        {
            list.Add(logistic
                ? "cross-validation: cv.glmnet type.measure = \"deviance\" (binomial deviance, probabilities clipped to [1e-5, 1 - 1e-5]); "
                  + (curve.Grouped ? "grouped: fold means weighted by fold size" : "ungrouped (< 3 rows per fold)") + "; SE = sqrt(weighted variance / (K - 1))"
                : "cross-validation: cv.glmnet grouped partial-likelihood deviance (Verweij-van Houwelingen), Breslow, weighted by deaths per fold; SE = sqrt(weighted variance / (K - 1))");
            list.Add("lambda.min: largest lambda with the minimum mean deviance; lambda.1se: largest lambda with mean <= min mean + its SE (cv.glmnet)");
        }

        return [.. list];
    }
}
