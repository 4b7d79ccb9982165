using System.CommandLine;
using Radiomics.Analysis.Reports;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Reports;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics report FEATURES.csv --out report.html</c>: the quality-control report of a feature table a batch
/// wrote earlier, with its errors file, the images read again (never re-extracted) and other stages' tables.
/// </summary>
public sealed class ReportCommand : CliCommand
{
    private Argument<string> _features = null!;
    private Option<string> _out = null!;
    private Option<string?> _cases = null!;
    private Option<string?> _errors = null!;
    private Option<string?> _robustness = null!;
    private Option<string?> _selection = null!;
    private Option<bool> _noImages = null!;
    private Option<string?> _modality = null!;
    private Option<string?> _ibsiCheck = null!;

    public ReportCommand()
        : base("report", "write the quality-control report (one self-contained HTML page) of a feature table")
    {
    }

    protected override void Declare()
    {
        _features = Positional("FEATURES.csv",
            "the wide feature table 'radiomics batch' writes (PyRadiomics' batch CSV: Image, Mask, ... then diagnostics_* and feature columns)");
        _out = Add(new Option<string>("--out", "-o") { HelpName = "FILE.html", Description = "the report to write (atomically, replacing it)", Required = true });
        _cases = Add(OptionValues.Text("--cases", "CASES.csv",
            "read each case's image and mask from this case list (rows matched by ID, else by position) instead of the table's Image and Mask columns"));
        _errors = Add(OptionValues.Text("--errors", "FILE",
            "the batch's errors file (default: FEATURES-STEM.errors.csv beside the table, when it exists)"));
        _robustness = Add(OptionValues.Text("--robustness", "FILE.csv", "a robustness/ICC table (CSV with a header, e.g. feature,icc,...) to show; its feature names link to their distributions"));
        _selection = Add(OptionValues.Text("--selection", "FILE.csv", "a feature-selection summary (CSV with a header, e.g. feature,selected,...) to show"));
        _noImages = Add(OptionValues.Flag("--no-images", "do not read the images: diagnostics, warnings and distributions only (fast)"));
        _modality = Add(ReportOptions.ModalityOption());
        _ibsiCheck = Add(ReportOptions.IbsiCheckOption());
    }

    public override string Details =>
        "Each case with features gets a section (slices with the ROI outlined, intensity histogram, diagnostics, warnings); the cohort gets a sortable case "
        + "table, feature distributions with outlying cases (robust z beyond 3.5), a clustered correlation heat map and the failures. See docs/report.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics report features.csv --out report.html", "the report of a batch's table, images read from its Image and Mask columns"),
        new("radiomics report features.csv --cases cases.csv --robustness icc.csv -o report.html", "images from the case list, with a robustness table"),
        new("radiomics report features.csv --no-images --ibsi-check ibsi-check.json -o report.html",
            "a quick report without reading the images, with the verdict of 'radiomics ibsi-check --out ibsi-check.json'"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string features = parsed.GetRequiredValue(_features);
        string outPath = ReportOptions.Checked("--out", parsed.GetRequiredValue(_out));
        if (!Path.GetExtension(features).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"FEATURES {features}: give the wide CSV table a batch writes (--format csv)");
        }

        if (!File.Exists(features))
        {
            throw new InputException($"FEATURES {features}: the file does not exist");
        }

        IReadOnlyList<ComplianceSummary> compliance = ReportCompliance.Summaries(parsed.GetValue(_ibsiCheck));
        string? errors = parsed.GetValue(_errors);
        if (errors is null && BatchOutputWriter.ErrorsPathFor(features) is var beside && File.Exists(beside))
        {
            errors = beside;
        }

        var tables = new List<ReportTable>();
        if (parsed.GetValue(_robustness) is { } robustness)
        {
            tables.Add(TableReport.ReadTable("Robustness", robustness, "--robustness"));
        }

        if (parsed.GetValue(_selection) is { } selection)
        {
            tables.Add(TableReport.ReadTable("Feature selection", selection, "--selection"));
        }

        var report = new TableReport
        {
            FeaturesPath = features,
            CasesPath = parsed.GetValue(_cases),
            ErrorsPath = errors,
            Images = !parsed.GetValue(_noImages),
            Modality = ReportOptions.Parse(parsed.GetValue(_modality)),
            Tables = tables,
            Compliance = compliance,
        };
        ReportDocument document;
        try
        {
            document = report.Build();
        }
        catch (FormatException e)
        {
            throw new InputException(e.Message);
        }

        ReportOutput.Write(outPath, document);
        output.WriteLine($"radiomics report: {document.Cases.Count} case(s), {document.Failures.Count} failure(s); wrote {outPath}");
        return ExitCodes.Success;
    }
}
