namespace Radiomics.Analysis.Models;

/// <summary>
/// The table columns that hold the outcome: one binary label column for <see cref="Learner.Logistic"/>, or a time and an
/// event column for <see cref="Learner.Cox"/>. The columns may be non-feature (text) columns or numeric feature columns;
/// either way they are never used as predictors.
/// </summary>
public sealed record ModelOutcome
{
    /// <summary>The binary label column (logistic).</summary>
    public string? Label { get; init; }

    /// <summary>The label value that marks a case (y = 1); the column must hold exactly this and one other value. Default "1".</summary>
    public string PositiveLabel { get; init; } = "1";

    /// <summary>The follow-up time column (Cox): finite, non-negative numbers.</summary>
    public string? Time { get; init; }

    /// <summary>The event column (Cox): <see cref="EventValue"/> marks an event (death), "0" a censored time.</summary>
    public string? Event { get; init; }

    /// <summary>The event column's value for an event. Default "1".</summary>
    public string EventValue { get; init; } = "1";

    /// <summary>A binary outcome in <paramref name="column"/>, cases marked <paramref name="positiveLabel"/>.</summary>
    public static ModelOutcome Binary(string column, string positiveLabel = "1") => new() { Label = column, PositiveLabel = positiveLabel };

    /// <summary>A right-censored survival outcome: <paramref name="time"/>, and <paramref name="eventColumn"/> with <paramref name="eventValue"/> for an event.</summary>
    public static ModelOutcome Survival(string time, string eventColumn, string eventValue = "1") =>
        new() { Time = time, Event = eventColumn, EventValue = eventValue };

    /// <summary>The outcome's column names (never predictors).</summary>
    public IEnumerable<string> Columns() => new[] { Label, Time, Event }.OfType<string>();
}
