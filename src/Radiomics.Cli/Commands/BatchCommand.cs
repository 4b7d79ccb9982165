using System.CommandLine;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics batch CASES.csv</c>: many cases, in parallel, resumable, shardable across a cluster.</summary>
public sealed class BatchCommand : CliCommand
{
    private Argument<string> _cases = null!;
    private ParameterOptions _parameters = null!;
    private Option<string?> _out = null!;
    private Option<string?> _format = null!;
    private Option<int?> _jobs = null!;
    private Option<bool> _resume = null!;
    private Option<bool> _allLabels = null!;
    private Option<bool> _skipNans = null!;
    private Option<string?> _shard = null!;
    private Option<int?> _shardCount = null!;
    private Option<string?> _logFile = null!;
    private Option<Verbosity> _verbosity = null!;
    private DicomOutput.BatchReportOptions _dicomSrs = null!;
    private InputLimitOptions _limits = null!;
    private Reports.ReportOptions _qcReport = null!;

    public BatchCommand()
        : base("batch", "extract many cases listed in a CSV (parallel, resumable, shardable)")
    {
    }

    protected override void Declare()
    {
        _parameters = new();
        _limits = new();
        _cases = Positional("CASES.csv",
            "PyRadiomics' batch CSV: columns Image and Mask (paths relative to the CSV's folder or absolute), optional ID (names the case in "
            + "progress lines), Label (2, a list 1;2 or [1, 2], or all), label_channel and ROI (an RTSTRUCT ROI / SEG segment name when Mask is "
            + "DICOM; Image may be a DICOM folder); every column is carried to the output");
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _out = Add(OptionValues.Text("--out", "FILE", "the output (default: CASES-STEM.features.EXT in the current folder)", "-o"));
        _format = Add(OptionValues.Text("--format", "F",
            $"{BatchFormats.Names}: csv (PyRadiomics' wide batch CSV, default), long (case,feature,value), jsonl (PyRadiomics' json: one object per line), parquet; "
            + "inferred from --out's extension (.csv, .jsonl, .parquet) when not given", "-f"));
        _jobs = Add(OptionValues.Integer("--jobs", "N", 1,
            "cases in parallel (default 1); the cores are shared out between the cases, so with N >= cores each case runs single-threaded; on 2+ cores, N = cores is the fastest", "-j"));
        _resume = Add(OptionValues.Flag("--resume", "continue an interrupted run from its journal OUT.parts/"));
        _allLabels = Add(OptionValues.Flag("--all-labels", "extract every label of each mask (one output row per case and label)"));
        _skipNans = Add(SharedOptions.SkipNans());
        _shard = Add(OptionValues.Text("--shard", "K/N",
            "run shard K (0..N-1) of N contiguous blocks of rows, writing OUT.shard-K-of-N.jsonl for 'radiomics merge'; without it K/N come from "
            + "SLURM_ARRAY_TASK_ID/_COUNT (Slurm array) or JOB_COMPLETION_INDEX with --shard-count N (Kubernetes Indexed Job); '--shard off' disables"));
        _shardCount = Add(OptionValues.Integer("--shard-count", "N", 1, "the number of shards N when the index K comes from the environment (see --shard)"));
        _logFile = Add(OptionValues.Text("--log-file", "FILE", "append every message, timestamped, to FILE"));
        _verbosity = Add(SharedOptions.VerbosityLevel("Quiet prints only the summary; detailed adds resumed cases, labels, timings."));
        _dicomSrs = new();
        _qcReport = new("also write the quality-control report: one self-contained HTML page with every case (slices with the ROI outlined, histogram, "
            + "diagnostics, warnings), feature distributions with outlying cases, correlations and failures; see docs/report.md");
        foreach (Option option in _dicomSrs.All.Concat(_limits.All).Concat(_qcReport.All))
        {
            Add(option);
        }
    }

    public override string Details =>
        "Failed cases do not stop the batch: they get an empty row in the output and a line in OUT-STEM.errors.csv. "
        + "'radiomics CASES.csv [options]' (PyRadiomics' form) is the same as 'radiomics batch CASES.csv [options]'.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics batch cases.csv -p tests/data/pyradiomics-parity/ct-phantom-original.params.yaml -o features.csv -j 2",
            "two cases at a time, PyRadiomics' wide CSV in features.csv"),
        new("radiomics cases.csv -o features.parquet --all-labels", "PyRadiomics' form: every label of each mask, as Parquet"),
        new("radiomics batch cases.csv -o features.csv --shard 0/2", "the first of two shards (then 1/2, then 'radiomics merge')"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => ExitCodes.WithCases;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string input = parsed.GetRequiredValue(_cases);
        string? outPath = parsed.GetValue(_out);
        BatchFormat format = BatchFormats.Resolve(parsed.GetValue(_format), outPath);
        outPath ??= Path.GetFileNameWithoutExtension(input) + ".features" + BatchFormats.Extension(format);
        OutputLocation.CheckFile("--out", outPath);
        string? logFile = parsed.GetValue(_logFile);
        if (logFile is not null)
        {
            OutputLocation.CheckFile("--log-file", logFile);
        }

        Verbosity verbosity = parsed.GetValue(_verbosity);
        ShardSpec? shard = ShardSpec.Resolve(parsed.GetValue(_shard), parsed.GetValue(_shardCount), Environment.GetEnvironmentVariable);
        string? reportPath = _qcReport.PathFrom(parsed);
        if (reportPath is not null && shard is not null)
        {
            throw new UsageException("--report is not available with a shard (run 'radiomics report' on the merged table)");
        }

        ExtractionParameters parameters = _parameters.Load(parsed, limits: _limits.From(parsed));
        var options = new BatchOptions(input, parameters, outPath, format, parsed.GetValue(_jobs) ?? 1, parsed.GetValue(_resume), shard,
            parsed.GetValue(_allLabels), verbosity, logFile)
        {
            SkipNans = parsed.GetValue(_skipNans),
            Reports = _dicomSrs.From(parsed, input),
            ReportPath = reportPath,
            ReportModality = _qcReport.ModalityFrom(parsed),
            ReportCompliance = reportPath is null ? [] : _qcReport.ComplianceFrom(parsed),
        };
        using var log = new BatchLog(error, verbosity, options.LogFile);
        return new BatchRun(options, log).Execute(verbosity != Verbosity.Quiet && BatchProgress.CanDrawLive(error));
    }
}
