using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// A fitted ComBat model (<see cref="Combat.Fit"/>): everything <see cref="Combat.Apply"/> needs to harmonise samples
/// of the batches it was fitted on, kept apart from the configuration it was fitted with. Written and read as
/// versioned JSON by <see cref="CombatModelJson"/>.
/// </summary>
/// <remarks>
/// Per-feature arrays (<see cref="GrandMean"/>, <see cref="PooledVariance"/>, the design columns' coefficients, each
/// batch's γ/δ) are aligned with <see cref="Features"/>. A sample x of batch b is harmonised as
/// stand = α + Σ_c d_c β_c; z = (x - stand)/√σ²; x* = (z - γ*_b)/√δ*_b · √σ² + stand, where d_c is the sample's value of
/// design column c (sva's formula; neuroCombatFromTraining's for new samples).
/// </remarks>
public sealed record CombatModel
{
    /// <summary>The file format's name.</summary>
    public const string FormatName = "radiomics-combat";

    /// <summary>The file format's version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The file format's name, <see cref="FormatName"/>; a reader refuses any other.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The file format's version, <see cref="CurrentVersion"/>; a reader refuses any other.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The configuration the model was fitted with.</summary>
    public required CombatSettings Settings { get; init; }

    /// <summary>The harmonised features, in the fitting table's order.</summary>
    public required IReadOnlyList<string> Features { get; init; }

    /// <summary>Features constant within some batch of more than one sample: returned unchanged and left out of the fit (as sva does).</summary>
    public required IReadOnlyList<string> FeaturesLeftUnchanged { get; init; }

    /// <summary>Whether mean-only adjustment was used (asked for, or forced by a batch with one sample).</summary>
    public required bool MeanOnlyUsed { get; init; }

    /// <summary>The batches, in ordinal order of their names.</summary>
    public required IReadOnlyList<CombatBatch> Batches { get; init; }

    /// <summary>The covariates as coded in the design.</summary>
    public required IReadOnlyList<CombatCovariate> Covariates { get; init; }

    /// <summary>The covariate columns of the design matrix with their coefficients (none without covariates).</summary>
    public required IReadOnlyList<CombatDesignColumn> DesignColumns { get; init; }

    /// <summary>α: the grand mean per feature (sample-weighted mean of the batch intercepts; the reference batch's intercept with a reference).</summary>
    public required double[] GrandMean { get; init; }

    /// <summary>σ²: the pooled residual variance per feature, divisor N (the reference batch's samples only with a reference).</summary>
    public required double[] PooledVariance { get; init; }

    /// <summary>The number of samples fitted.</summary>
    public required int SampleCount { get; init; }

    /// <summary>The fit's warnings (features left unchanged, mean-only forced, covariate columns dropped).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Tool version, SHA-256 of the fitting table's content and of the settings.</summary>
    public required AnalysisProvenance Provenance { get; init; }

    /// <summary>The batch named <paramref name="name"/>, or null.</summary>
    public CombatBatch? FindBatch(string name) => Batches.FirstOrDefault(b => b.Name == name);
}
