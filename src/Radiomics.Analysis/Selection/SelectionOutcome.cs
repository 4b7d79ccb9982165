namespace Radiomics.Analysis.Selection;

/// <summary>
/// The outcome the supervised steps read: one column (<see cref="Column"/>: binary, or numeric for mRMR) or a
/// right-censored survival outcome (<see cref="Time"/> and <see cref="Event"/>). The columns may be non-feature (text)
/// columns or numeric feature columns of the table; either way they are never candidates for selection.
/// </summary>
/// <remarks>
/// A binary column holds exactly two distinct values (numbers or text labels); which is the "case" never matters here
/// (every binary criterion is symmetric: |AUC − 0.5|, a two-sided test, ρ²). A numeric column with more values is
/// accepted by mRMR only. Event values: <see cref="EventValue"/> marks an event, <c>0</c> a censored time. Missing
/// outcome values are an error.
/// </remarks>
public sealed record SelectionOutcome
{
    /// <summary>The binary or numeric outcome column, or null for a survival outcome.</summary>
    public string? Column { get; init; }

    /// <summary>The follow-up time column (finite, non-negative), or null.</summary>
    public string? Time { get; init; }

    /// <summary>The event column, or null.</summary>
    public string? Event { get; init; }

    /// <summary>The event column's value for an event (default "1"); "0" marks a censored time.</summary>
    public string EventValue { get; init; } = "1";

    /// <summary>Whether this is a survival outcome.</summary>
    public bool IsSurvival => Time is not null;

    /// <summary>An outcome in one column.</summary>
    public static SelectionOutcome ForColumn(string column) => new() { Column = column };

    /// <summary>A right-censored survival outcome.</summary>
    public static SelectionOutcome ForSurvival(string time, string eventColumn, string eventValue = "1") =>
        new() { Time = time, Event = eventColumn, EventValue = eventValue };

    /// <summary>The outcome's column names.</summary>
    public IReadOnlyList<string> Columns => new[] { Column, Time, Event }.OfType<string>().ToArray();

    /// <summary>Checks that exactly one kind of outcome is named.</summary>
    /// <exception cref="SelectionException">Both or neither kind, a time without an event, or an empty name.</exception>
    public void Validate()
    {
        if (Column is not null && (Time is not null || Event is not null))
        {
            throw new SelectionException("--outcome cannot be combined with --time/--event: give one outcome");
        }

        if ((Time is null) != (Event is null))
        {
            throw new SelectionException(Time is null ? "--event needs --time" : "--time needs --event");
        }

        if (Column is null && Time is null)
        {
            throw new SelectionException("the outcome names no column (give --outcome, or --time and --event)");
        }

        if (Columns.Any(c => c.Length == 0) || string.IsNullOrEmpty(EventValue))
        {
            throw new SelectionException("an outcome column name is empty");
        }

        if (IsSurvival && Time == Event)
        {
            throw new SelectionException($"--time and --event name the same column '{Time}'");
        }
    }
}
