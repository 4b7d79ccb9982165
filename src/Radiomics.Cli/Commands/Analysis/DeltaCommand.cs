using System.CommandLine;
using Radiomics.Analysis.Delta;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics delta TABLE --subject COLUMN --timepoint COLUMN [--time COLUMN] [--mode difference|relative|slope]
/// [--baseline first|VALUE] --out FILE</c>: the change of every feature of a long table over time
/// (<see cref="DeltaRadiomics.Compute"/>), one row per subject and later time point, or one slope per subject.
/// </summary>
public sealed class DeltaCommand : AnalysisCommand
{
    private Option<string> _subject = null!;
    private Option<string> _timepoint = null!;
    private Option<string?> _time = null!;
    private Option<string?> _mode = null!;
    private Option<string?> _baseline = null!;
    private Option<string?> _out = null!;

    public DeltaCommand()
        : base("delta", "delta-radiomics: the change of every feature between time points, or its slope over time")
    {
    }

    protected override string TableDescription =>
        "a long table: one row per subject and time point (a batch output whose case list has subject and time-point columns)";

    protected override void DeclareOptions()
    {
        _subject = Add(new Option<string>("--subject")
        {
            HelpName = "COLUMN",
            Description = "the column naming the subject (patient, lesion) of each row; it may be the ID column",
            Required = true,
        });
        _timepoint = Add(new Option<string>("--timepoint")
        {
            HelpName = "COLUMN",
            Description = "the column naming the time point of each row (a number such as a day, or a label such as baseline, week2); "
                + "without --time, numbers are ordered numerically and labels in order of first appearance",
            Required = true,
        });
        _time = Add(OptionValues.Text("--time", "COLUMN",
            "a numeric time column (days, weeks): orders the --timepoint labels (by their mean time; every subject must have them in that order) and is the x of --mode slope"));
        _mode = Add(OptionValues.Choice("--mode", "M",
            "difference (default): f(t) - f(baseline); relative: (f(t) - f(baseline)) / f(baseline), NaN with a warning when |f(baseline)| < 1e-12; "
            + "slope: the least-squares slope of f against time over all of a subject's time points",
            ["difference", "relative", "slope"]));
        _baseline = Add(OptionValues.Text("--baseline", "first|VALUE",
            "the time point each subject is compared with: first (default: the subject's earliest) or a --timepoint value, e.g. 0 or baseline"));
        _out = Add(OptionValues.Text("--out", "FILE",
            $"write the rows to FILE ({AnalysisOutput.Extensions} by its extension; a CSV gets FILE.provenance.json) instead of a table on the console", "-o"));
    }

    public override string Details =>
        "Output: difference and relative, one row per subject and non-baseline time point: the subject, the time point, "
        + "baseline (the time point it is compared with), then every feature; slope, one row per subject: the subject, "
        + "timepoints (how many the slope used), then every feature's slope per unit of time. Subjects come in order of first "
        + "appearance, time points in time order.\n\n"
        + "Warnings, one line each on the standard error: a subject missing a time point that subjects on its schedule have "
        + "(it keeps its rows), a subject without the --baseline time point (no rows), a relative change whose baseline is "
        + "near zero, a slope over fewer time points. Details: docs/delta-radiomics.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics delta tests/data/analysis/regions/delta/long.csv --subject PatientID --timepoint Day --out delta.csv",
            "every feature's change from each patient's first scan"),
        new("radiomics delta tests/data/analysis/regions/delta/long.csv --subject PatientID --timepoint Day --mode slope --out slopes.csv",
            "one slope per patient and feature, per day"),
    ];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string subject = parsed.GetRequiredValue(_subject), timepoint = parsed.GetRequiredValue(_timepoint);
        string? time = parsed.GetValue(_time), outPath = parsed.GetValue(_out);
        DeltaMode mode = parsed.GetValue(_mode) switch
        {
            "relative" => DeltaMode.Relative,
            "slope" => DeltaMode.Slope,
            _ => DeltaMode.Difference,
        };
        string? baseline = parsed.GetValue(_baseline) is { } b && b != "first" ? b : null;
        if (mode == DeltaMode.Slope && baseline is not null)
        {
            throw new UsageException("--baseline has no meaning with --mode slope (a slope uses every time point)");
        }

        if (outPath is not null)
        {
            AnalysisOutput.CheckTable("--out", outPath);
        }

        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, time is null ? [subject, timepoint] : [subject, timepoint, time]);
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        var options = new DeltaOptions
        {
            Mode = mode,
            SubjectColumn = subject == table.IdColumn ? null : subject,
            TimeColumn = mode == DeltaMode.Slope && time is not null ? time : timepoint,
            TimeOrder = mode != DeltaMode.Slope && time is not null ? DeltaTimeOrder.ByTime(table, subject, timepoint, time) : null,
            Baseline = baseline,
        };
        DeltaResult result;
        try
        {
            result = DeltaRadiomics.Compute(table, options);
        }
        catch (DeltaException e)
        {
            throw new InputException($"{tablePath}: {e.Message.TrimEnd('.')}");
        }

        Warn(error, result.Warnings);
        FeatureTable deltas = Named(result.Table, subject);
        if (outPath is null)
        {
            AnalysisOutput.Print(deltas, output);
            return ExitCodes.Success;
        }

        var provenance = AnalysisRunProvenance.For("radiomics delta", table,
            new Dictionary<string, object> { ["table"] = read, ["delta"] = options }, InputFiles(tablePath, read));
        AnalysisOutput.WriteTable(deltas, outPath, provenance);
        error.WriteLine($"radiomics delta: {deltas.RowCount} rows x {deltas.FeatureCount} features ({mode.ToString().ToLowerInvariant()}); wrote {outPath}");
        return ExitCodes.Success;
    }

    /// <summary>The result with the subjects written under the subject column's name (not a second copy of them).</summary>
    private static FeatureTable Named(FeatureTable deltas, string subject)
    {
        var others = deltas.OtherColumnNames.Where(c => c != subject).Select(c => KeyValuePair.Create(c, deltas.OtherColumn(c).ToArray()));
        var columns = Enumerable.Range(0, deltas.FeatureCount).Select(j => deltas.Column(j).ToArray()).ToArray();
        return new FeatureTable(deltas.Ids, deltas.FeatureNames, columns, others, subject);
    }
}
