using System.CommandLine;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics icc TABLE --subject COLUMN --rater COLUMN</c>: the intraclass correlation of every feature of a long table
/// (<see cref="Icc.Compute"/>, psych::ICC), one row per feature × form.
/// </summary>
public sealed class IccCommand : AnalysisCommand
{
    private Option<string> _subject = null!;
    private Option<string> _rater = null!;
    private Option<IReadOnlyList<IccType>?> _type = null!;
    private Option<string?> _out = null!;

    public IccCommand()
        : base("icc", "intraclass correlation (ICC) of every feature across raters, readers or sessions")
    {
    }

    protected override string TableDescription =>
        "a long table: one row per subject x rater (reader, session, perturbation), every feature a column";

    protected override void DeclareOptions()
    {
        _subject = Add(new Option<string>("--subject")
        {
            HelpName = "COLUMN",
            Description = "the column naming the subject (case, lesion) each row measures; it may be the ID column",
            Required = true,
        });
        _rater = Add(new Option<string>("--rater")
        {
            HelpName = "COLUMN",
            Description = "the column naming the rater (reader, session, segmentation, perturbation) of each row",
            Required = true,
        });
        _type = Add(new Option<IReadOnlyList<IccType>?>("--type")
        {
            HelpName = "TYPES",
            Arity = ArgumentArity.ExactlyOne,
            Description = $"the forms, comma-separated: {IccTypes.Spellings} (default all); 2 is ICC(2,1), absolute agreement of one rater, the usual choice for inter-reader and test-retest studies (docs/robustness.md)",
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                try
                {
                    return IccTypes.Parse(text);
                }
                catch (ArgumentException)
                {
                    result.AddError($"--type must be a comma-separated list of {IccTypes.Spellings}, not '{text}'");
                    return null;
                }
            },
        });
        _out = Add(OptionValues.Text("--out", "FILE",
            $"write the rows to FILE ({AnalysisOutput.Extensions} by its extension; a CSV gets FILE.provenance.json) instead of a table on the console", "-o"));
    }

    public override string Details =>
        "Output: one row per feature and form, in table order: feature, type (ICC(1,1) ... ICC(3,k)), icc, ci_low, ci_high "
        + "(the 95% F-based interval, as psych::ICC), n_subjects (those with a finite value from every rater), n_raters.\n\n"
        + "A subject lacking a row for some rater is left out of every feature; a NaN leaves its subject out of that feature; "
        + "each such case is one warning line on the standard error. Details: docs/robustness.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics icc tests/data/analysis/icc/cohort30x5_long.csv --subject Subject --rater Rater --type 2",
            "ICC(2,1) of every feature of a 30-subject, 5-reader table, on the console"),
        new("radiomics icc tests/data/analysis/icc/testretest20x2_long.csv --subject Subject --rater Session -o icc.csv",
            "all six forms of a test-retest table in icc.csv (provenance in icc.csv.provenance.json)"),
    ];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        var settings = new IccSettings
        {
            SubjectColumn = parsed.GetRequiredValue(_subject),
            RaterColumn = parsed.GetRequiredValue(_rater),
            Types = parsed.GetValue(_type) ?? IccTypes.All,
        };
        CheckSettings(settings.Validate);
        string? outPath = parsed.GetValue(_out);
        if (outPath is not null)
        {
            AnalysisOutput.CheckTable("--out", outPath);
        }

        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, [settings.SubjectColumn, settings.RaterColumn]);
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        IccReport report = Icc.Compute(settings, table);
        Warn(error, report.Warnings);
        if (outPath is null)
        {
            AnalysisOutput.Print(report.ToTable(), output);
            return ExitCodes.Success;
        }

        var provenance = AnalysisRunProvenance.For("radiomics icc", table,
            new Dictionary<string, object> { ["table"] = read, ["icc"] = settings }, InputFiles(tablePath, read));
        AnalysisOutput.WriteTable(report.ToTable(), outPath, provenance);
        error.WriteLine($"radiomics icc: {table.FeatureCount} features x {settings.Types.Distinct().Count()} forms; wrote {outPath}");
        return ExitCodes.Success;
    }
}
