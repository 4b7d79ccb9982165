namespace Radiomics.Analysis.Models;

/// <summary>
/// A fitted model whose prediction is a linear predictor η = intercept + Σ coefficient × feature (original scale): the
/// learned state of <see cref="ModelTrainer.Train"/>, apart from its configuration, written and read as versioned JSON
/// by <see cref="ModelJson"/> and applied by <see cref="ModelPredictor.Predict"/>. For <see cref="Learner.Logistic"/>
/// η is the log-odds of y = 1; for <see cref="Learner.Cox"/> it is the log relative hazard, uncentred (glmnet's
/// <c>predict(type = "link")</c>; coxph's <c>predict(type = "lp")</c> subtracts the training means, a constant shift).
/// </summary>
public sealed record LinearPredictorModel
{
    /// <summary>The JSON format name.</summary>
    public const string FormatName = "radiomics-net/linear-predictor-model";

    /// <summary>The JSON format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The JSON format name, <see cref="FormatName"/>; a reader refuses any other.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The JSON format version, <see cref="CurrentFormatVersion"/>; a reader refuses any other.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The learner fitted (logistic or Cox), which fixes what the linear predictor means.</summary>
    public required Learner Learner { get; init; }

    /// <summary>A one-line description (learner, penalty, λ rule).</summary>
    public required string Description { get; init; }

    /// <summary>The outcome columns of the training table (a label, or a time and an event).</summary>
    public required ModelOutcome Outcome { get; init; }

    /// <summary>Whether the coefficients were penalised.</summary>
    public required bool Penalised { get; init; }

    /// <summary>Elastic-net α (penalised models).</summary>
    public double? Alpha { get; init; }

    /// <summary>The λ of the coefficients (penalised models).</summary>
    public double? Lambda { get; init; }

    /// <summary>How λ was chosen (penalised models).</summary>
    public LambdaRule? LambdaRule { get; init; }

    /// <summary>Whether the penalty acted on standardised columns.</summary>
    public bool Standardised { get; init; }

    /// <summary>Cox ties (Cox models).</summary>
    public CoxTies? Ties { get; init; }

    /// <summary>The intercept on the original scale (0 for Cox, which has none).</summary>
    public required double Intercept { get; init; }

    /// <summary>Every predictor of the training design, in training order, zero coefficients included.</summary>
    public required IReadOnlyList<ModelTerm> Terms { get; init; }

    /// <summary>The training set in summary: its rows and its outcome (cases/controls, or events/censored).</summary>
    public required TrainingSummary Training { get; init; }

    /// <summary>The cross-validation curve, when λ was chosen by cross-validation.</summary>
    public CrossValidationCurve? CrossValidation { get; init; }

    /// <summary>How the fit went: the method, convergence, iterations, the (partial) log-likelihood and the optimality checks.</summary>
    public required FitDiagnostics Fit { get; init; }

    /// <summary>Where the model came from: the tool and version, hashes of its settings and training data, its conventions.</summary>
    public required ModelProvenance Provenance { get; init; }

    /// <summary>The non-zero coefficients by feature name (original scale), in training order.</summary>
    public IEnumerable<KeyValuePair<string, double>> NonZeroCoefficients() =>
        Terms.Where(t => t.Coefficient != 0).Select(t => KeyValuePair.Create(t.Feature, t.Coefficient));
}
