namespace Radiomics.Analysis.Delta;

/// <summary>
/// Settings of a delta-radiomics computation on a long table (one row per subject and time point).
/// </summary>
/// <remarks>
/// Time points are ordered by <see cref="TimeOrder"/> when given; otherwise numerically when every value of the time
/// column is a number (a numeric feature column, or a text column whose values all parse as invariant-culture
/// numbers); otherwise in the order of first appearance in the table. The baseline of a subject is its row at
/// <see cref="Baseline"/> when given, else its first time point in that order.
/// </remarks>
public sealed record DeltaOptions
{
    /// <summary>How a change is expressed (default: the difference from baseline).</summary>
    public DeltaMode Mode { get; init; } = DeltaMode.Difference;

    /// <summary>The column naming the subject (a non-feature column); null: the table's row ids.</summary>
    public string? SubjectColumn { get; init; }

    /// <summary>The time-point column: a non-feature column, or a numeric feature column (then excluded from the deltas).</summary>
    public required string TimeColumn { get; init; }

    /// <summary>The time-point values (as written in the table) in order; every value in the table must be listed.</summary>
    public IReadOnlyList<string>? TimeOrder { get; init; }

    /// <summary>The time point every subject is compared with (as written in the table); null: each subject's first.</summary>
    public string? Baseline { get; init; }

    /// <summary>Relative mode: a baseline with |f(baseline)| below this gives NaN and a warning instead of a huge or infinite ratio.</summary>
    public double RelativeGuard { get; init; } = 1e-12;

    /// <summary>The features to compute (default: every feature column but the time column).</summary>
    public IReadOnlyList<string>? Features { get; init; }
}
