using System.Text.RegularExpressions;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// How <see cref="FeatureTableReader"/> turns a file into a <see cref="FeatureTable"/>: which column identifies the
/// samples, which columns are features, which table to join. Immutable; <see cref="Validate"/> checks it once.
/// </summary>
/// <remarks>
/// Column roles, in order of precedence:
/// <list type="number">
/// <item>The ID column (<see cref="IdColumn"/>; default <c>ID</c> when the table has one, else its first column)
/// gives <see cref="FeatureTable.Ids"/>.</item>
/// <item><see cref="ReservedColumns"/> (the batch, covariates, outcome, subject, rater, … named by the analysis's
/// other options) are never features: they are kept as text, whatever they hold.</item>
/// <item>Features: with <see cref="FeaturePattern"/> unset, every column of the main table whose every value is a
/// number or missing (with at least one number), except PyRadiomics' <c>diagnostics_*</c>, the variants' <c>perturbation_*</c> and the case list's
/// <c>Label</c>, <c>label_channel</c>, <c>Label_channel</c>; with it set, every column (of either table) whose name the
/// pattern matches — such a column holding text is an error. The long layout's <c>case</c> and <c>Label</c> are never
/// features.</item>
/// <item>Every other column is kept as text, in source order.</item>
/// </list>
/// Missing values read as <see cref="double.NaN"/>: an empty field, <c>nan</c>/<c>NaN</c> (any case, quoted or not),
/// <c>NA</c> (R), JSON <c>null</c>. <c>inf</c>, <c>Infinity</c> and their negatives read as infinities.
/// </remarks>
public sealed record FeatureTableReadSettings
{
    /// <summary>The ID column; null means <c>ID</c> if the table has such a column, else the first column.</summary>
    public string? IdColumn { get; init; }

    /// <summary>A .NET regular expression (unanchored, culture-invariant) selecting feature columns by name; null for the default rule.</summary>
    public string? FeaturePattern { get; init; }

    /// <summary>Columns named by the analysis's other options (batch, covariates, outcome, subject, rater, …): never features.</summary>
    public IReadOnlyList<string> ReservedColumns { get; init; } = [];

    /// <summary>
    /// A second table (any format this reader reads; its ID column found by the same rule) joined on the ID: every
    /// row of the main table must find exactly one row there. Its columns are added as text, or as features when
    /// <see cref="FeaturePattern"/> selects them.
    /// </summary>
    public string? ClinicalPath { get; init; }

    /// <summary>The main table's layout; <see cref="FeatureTableFormat.Auto"/> by default. The clinical table's is always inferred.</summary>
    public FeatureTableFormat Format { get; init; } = FeatureTableFormat.Auto;

    /// <summary>The compiled <see cref="FeaturePattern"/> (null when unset).</summary>
    internal Regex? CompiledPattern => FeaturePattern is null ? null : new Regex(FeaturePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Checks the settings; the message names the setting and the problem.</summary>
    /// <exception cref="FeatureTableException">An empty column name or an invalid pattern.</exception>
    public void Validate()
    {
        if (IdColumn is { Length: 0 })
        {
            throw new FeatureTableException("ID column: the name is empty");
        }

        if (ReservedColumns is null || ReservedColumns.Any(string.IsNullOrEmpty))
        {
            throw new FeatureTableException("column options: a column name is empty");
        }

        if (ClinicalPath is { Length: 0 })
        {
            throw new FeatureTableException("--clinical: the file name is empty");
        }

        if (FeaturePattern is not null)
        {
            try
            {
                _ = new Regex(FeaturePattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw new FeatureTableException($"feature pattern '{FeaturePattern}' is not a valid regular expression: {e.Message}", e);
            }
        }
    }
}
