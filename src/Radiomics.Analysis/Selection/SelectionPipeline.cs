namespace Radiomics.Analysis.Selection;

/// <summary>
/// What <see cref="FeatureSelection.Run"/> does: the steps, run in the order given, each on the features the previous
/// one kept, and the outcome the supervised steps read. Immutable; <see cref="Validate"/> checks it once.
/// </summary>
public sealed record SelectionPipeline
{
    /// <summary>The steps in order (at least one; each method at most once).</summary>
    public required IReadOnlyList<SelectionStep> Steps { get; init; }

    /// <summary>The outcome, or null when no step needs one.</summary>
    public SelectionOutcome? Outcome { get; init; }

    /// <summary>The outcome's columns: pass them to the table reader as reserved, so they are not read as features.</summary>
    public IReadOnlyList<string> ColumnsUsed => Outcome?.Columns ?? [];

    /// <summary>Checks the steps and the outcome; the message names the option and the problem.</summary>
    /// <exception cref="SelectionException">No step, a method repeated, a bad parameter, or an outcome missing or of the wrong kind.</exception>
    public void Validate()
    {
        if (Steps is null || Steps.Count == 0)
        {
            throw new SelectionException("--method: give at least one method");
        }

        var seen = new HashSet<SelectionMethod>();
        foreach (SelectionStep step in Steps)
        {
            if (step is null)
            {
                throw new SelectionException("--method: a step is missing");
            }

            if (!seen.Add(step.Method))
            {
                throw new SelectionException($"--method: '{SelectionNames.Of(step.Method)}' is listed twice");
            }

            step.Validate();
        }

        Outcome?.Validate();
        foreach (SelectionStep step in Steps.Where(s => s.UsesOutcome))
        {
            string name = SelectionNames.Of(step.Method);
            if (Outcome is null)
            {
                throw new SelectionException(step is ClusterSettings
                    ? "--method cluster: representatives by outcome association need an outcome (--outcome, or --time and --event)"
                    : step is MrmrSettings
                        ? "--method mrmr needs --outcome COLUMN"
                        : $"--method {name} needs an outcome (--outcome COLUMN, or --time and --event)");
            }

            if (step is MrmrSettings && Outcome.IsSurvival)
            {
                throw new SelectionException("--method mrmr needs --outcome COLUMN (a binary or numeric column); survival outcomes (--time/--event) are not supported");
            }
        }
    }
}
