using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Compliance;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics ibsi-check</c>: runs the registered compliance suites (<see cref="ComplianceSuites.All"/>) against the
/// IBSI reference data embedded in the library (or the folder given by <c>--data</c>), prints the comparison table,
/// a summary per suite and, as the last line, one verdict for everything that ran: <c>COMPLIANT</c> (exit 0) or
/// <c>NOT COMPLIANT</c> (exit 1). The verdict, report and data digest come from <c>Radiomics.Compliance</c>.
/// </summary>
public sealed class IbsiCheckCommand : CliCommand
{
    private Option<string?> _data = null!;
    private Option<string?> _out = null!;
    private Option<string?> _mapsOut = null!;
    private Option<string?> _suite = null!;
    private Option<string?> _only = null!;
    private Option<string?> _docs = null!;
    private Option<bool> _quiet = null!;
    private Option<bool> _strict = null!;

    public IbsiCheckCommand()
        : base("ibsi-check", "certify this install against the IBSI reference values (prints COMPLIANT or NOT COMPLIANT)")
    {
    }

    protected override void Declare()
    {
        _data = Add(OptionValues.Text("--data", "DIR",
            "a reference data folder holding ibsi1/ and ibsi2/ (e.g. the repository's tests/data); default: the IBSI 1 and IBSI 2 reference data built into the tool"));
        _suite = Add(OptionValues.Text("--suite", "NAME", $"the suite to run: {string.Join(", ", ComplianceSuites.All.Select(s => s.Name))} or all (default: all)"));
        _strict = Add(OptionValues.Flag("--strict", "documented known deviations fail the check too"));
        _out = Add(OptionValues.Text("--out", "FILE.json|FILE.csv",
            "FILE.json: the verdict as a report to file as evidence (a summary per suite, the tool version, runtime and machine, the SHA-256 of the "
            + "reference data used); FILE.csv: every computed value as rows \"dataset,tag,value\" (phase-1 map scores are comparisons, not values; see --maps-out)"));
        _mapsOut = Add(OptionValues.Text("--maps-out", "DIR",
            "writes each IBSI 2 phase-1 response map as DIR/<id>.nii.gz (e.g. 3_a_1.nii.gz), float64, on the phantom's grid"));
        _docs = Add(OptionValues.Text("--docs", "DIR", "writes each suite's compliance page into DIR (e.g. docs/ibsi2-compliance.md)"));
        _only = Add(OptionValues.Text("--only", "ID[,ID...]",
            "runs only the datasets whose id (the last word of the dataset, e.g. 3.B or 3_a_1) or full name is listed (for tests and quick looks; "
            + "the verdict covers what ran)"));
        _quiet = Add(OptionValues.Flag("--quiet", "prints only the failures, the summaries and the verdict"));
    }

    public override string Details =>
        "Prints one line per reference value (dataset, tag, reference, tolerance, our value, PASS/FAIL), a summary per suite, the documented "
        + "known deviations with their reasons and any unexpected failure, then the verdict: COMPLIANT (every value within tolerance, or off "
        + "only by a documented known deviation) or NOT COMPLIANT.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics ibsi-check", "certify this install against the reference data built into the tool"),
        new("radiomics ibsi-check --out ibsi-check.json", "the same, with a JSON report to file as evidence"),
        new("radiomics ibsi-check --data tests/data --suite ibsi2 --only 1.A,3_a_1 --quiet", "two IBSI 2 datasets, failures only"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses { get; } =
    [
        (ExitCodes.Success, "COMPLIANT: every value passes, or fails only by a documented known deviation (without --strict)"),
        (ExitCodes.InputError, "NOT COMPLIANT: some value fails unexpectedly (or by a known deviation, with --strict)"),
        (ExitCodes.UsageError, "the command line cannot run as given"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string? dataFolder = parsed.GetValue(_data);
        if (dataFolder is not null && !Directory.Exists(dataFolder))
        {
            throw new UsageException($"--data: folder '{dataFolder}' does not exist");
        }

        IReadOnlyList<IComplianceSuite> suites = SelectSuites(parsed.GetValue(_suite) ?? "all");
        string? docs = parsed.GetValue(_docs);
        if (docs is not null && !Directory.Exists(docs))
        {
            throw new UsageException($"--docs: folder '{docs}' does not exist");
        }

        string? outPath = parsed.GetValue(_out);
        bool jsonReport = outPath?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true;
        if (outPath is not null && !jsonReport && !outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out: '{outPath}' must end in .json (the report) or .csv (the computed values)");
        }

        string? selection = parsed.GetValue(_only);
        HashSet<string>? only = selection?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        bool Selects(string dataset) => only is null || only.Contains(dataset) || only.Contains(dataset[(dataset.LastIndexOf(' ') + 1)..]);

        DateTimeOffset started = DateTimeOffset.UtcNow;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using ReferenceData data = dataFolder is null ? ReferenceData.Embedded() : ReferenceData.FromFolder(dataFolder);
        error.WriteLine($"  reference data: {data.Source}");
        var options = new ComplianceRunOptions(data.Root)
        {
            MapsOutput = parsed.GetValue(_mapsOut),
            SelectDataset = only is null ? null : Selects,
            Progress = new Progress(error),
        };

        var runs = new List<SuiteRun>();
        foreach (IComplianceSuite suite in suites)
        {
            SuiteRun run = ComplianceRunner.Run(suite, options);
            runs.Add(run);
            WriteTable(run.Report, parsed.GetValue(_quiet), output);
            output.WriteLine(FormattableString.Invariant($"{run.Report.Summary} ({run.Elapsed.TotalSeconds:F1} s elapsed, {run.ProcessorTime.TotalSeconds:F1} s CPU)"));
            if (docs is not null)
            {
                AtomicFile.WriteText(Path.Combine(docs, suite.DocumentName), w => w.Write(run.Report.ToMarkdown()));
            }
        }

        var verdict = ComplianceVerdict.Of(runs.Select(r => r.Report), parsed.GetValue(_strict));
        ReferenceDataDigest digest = data.Digest(suites);
        if (jsonReport)
        {
            new ComplianceEvidence(verdict, runs, data.Source, digest, RunEnvironment.Current(), started, watch.Elapsed, selection).WriteJson(outPath!);
        }
        else if (outPath is not null)
        {
            AtomicFile.WriteText(outPath, w => ComplianceValuesCsv.Write(runs.SelectMany(r => r.Rows), w));
        }

        output.WriteLine($"Reference data: {data.Source}, {digest.Files.Count} files, SHA-256 {digest.Sha256}");
        verdict.WriteTo(output);
        return verdict.Compliant ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static void WriteTable(ComplianceReport report, bool quiet, TextWriter output)
    {
        if (!quiet)
        {
            report.WriteTable(output);
            return;
        }

        var failures = new ComplianceReport(report.Suite, report.Outcomes.Where(o => !o.Passed || o.StaleDeviation).ToArray());
        if (failures.Outcomes.Count > 0)
        {
            failures.WriteTable(output);
        }
    }

    private static IReadOnlyList<IComplianceSuite> SelectSuites(string name)
    {
        if (name == "all")
        {
            return ComplianceSuites.All;
        }

        IComplianceSuite suite = ComplianceSuites.Find(name)
            ?? throw new UsageException($"--suite: unknown suite '{name}'; available: {string.Join(", ", ComplianceSuites.All.Select(s => s.Name))}, all");
        return [suite];
    }

    /// <summary>Progress lines go to the error stream, so the table on the output stays clean.</summary>
    private sealed class Progress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"  {value}");
    }
}
