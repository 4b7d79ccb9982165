using System.CommandLine;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Tables;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// The input every analysis command (icc, harmonize, and those to come: select, model, delta, robustness) takes, declared
/// once: the <c>TABLE</c> argument, <c>--id COLUMN</c>, <c>--features REGEX</c> and <c>--clinical FILE</c>. They map onto
/// <see cref="FeatureTableReadSettings"/>; the command adds the columns its other options name as reserved (never
/// features). Each command builds its own instance (a declaration belongs to one command).
/// </summary>
public sealed class AnalysisTableOptions
{
    /// <param name="tableDescription">What the command expects of the table (long layout, batch column, …).</param>
    /// <param name="featuresDefault">The features without --features, for the help; null for the reader's default rule.</param>
    public AnalysisTableOptions(string tableDescription, string? featuresDefault = null)
    {
        Features = FeaturePatternOption(featuresDefault ?? DefaultFeatures);
        Table = new Argument<string>("TABLE")
        {
            Description = $"{tableDescription}; any table 'radiomics batch' writes (CSV, long CSV, JSON lines, Parquet), an analysis JSON table or a plain CSV",
        };
    }

    public Argument<string> Table { get; }

    public Option<string?> Id { get; } = OptionValues.Text("--id", "COLUMN",
        "the column identifying the samples (default: ID when the table has one, else its first column); --clinical joins on it");

    /// <summary>The reader's default rule, as the help states it.</summary>
    public const string DefaultFeatures = "every numeric column of the table except diagnostics_* and the columns the other options name. "
        + "Recommended: without it a numeric clinical column in the table (Age, a 0/1 Sex) is analysed as a feature too";

    public Option<string?> Features { get; }

    public Option<string?> Clinical { get; } = OptionValues.Text("--clinical", "FILE",
        "a table of clinical columns joined on the ID (its ID column found by the same rule); every sample must find exactly one row, else the missing or repeated ID is an error; its columns are not features unless --features selects them");

    /// <summary>The options, in help order (the argument is declared with <c>Positional</c>).</summary>
    public IEnumerable<Option> All => [Id, Features, Clinical];

    /// <summary>The table's path as given.</summary>
    public string PathOf(ParseResult parsed) => parsed.GetRequiredValue(Table);

    /// <summary>The reader's settings: these options, with <paramref name="reserved"/> (the columns the command's other options name) never features.</summary>
    public FeatureTableReadSettings Settings(ParseResult parsed, IReadOnlyList<string> reserved, string? defaultFeaturePattern = null) => new()
    {
        IdColumn = parsed.GetValue(Id),
        FeaturePattern = parsed.GetValue(Features) ?? defaultFeaturePattern,
        ReservedColumns = reserved.Distinct(StringComparer.Ordinal).ToArray(),
        ClinicalPath = parsed.GetValue(Clinical),
    };

    private static Option<string?> FeaturePatternOption(string featuresDefault)
    {
        Option<string?> option = OptionValues.Text("--features", "REGEX",
            "the feature columns: those whose name matches this .NET regular expression (unanchored, e.g. '^original_' or '^feat_'), "
            + $"in the table or the clinical table. Default: {featuresDefault}");
        option.CustomParser = result =>
        {
            string? text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (text is null)
            {
                return null;
            }

            try
            {
                _ = new Regex(text, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                result.AddError($"--features: '{text}' is not a valid regular expression ({e.Message.TrimEnd('.')})");
            }

            return text;
        };
        return option;
    }
}
