using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Compliance;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics ibsi-check</c>: runs the registered compliance suites (<see cref="ComplianceSuites.All"/>) against the
/// IBSI reference data, prints the comparison table and a summary, and exits 1 on any failure (known deviations
/// included), 0 otherwise.
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

    public IbsiCheckCommand()
        : base("ibsi-check", "check the engine against the IBSI reference values (exit 1 on any failure)")
    {
    }

    protected override void Declare()
    {
        _data = Add(OptionValues.Text("--data", "DIR", "the reference data folder holding ibsi1/ and ibsi2/ (e.g. tests/data); required"));
        _suite = Add(OptionValues.Text("--suite", "NAME", $"the suite to run: {string.Join(", ", ComplianceSuites.All.Select(s => s.Name))} or all (default: all)"));
        _out = Add(OptionValues.Text("--out", "FILE.csv",
            "writes every computed value as rows \"dataset,tag,value\" (e.g. \"IBSI2 phase 2 3.B,stat_mean,...\"); phase-1 map scores are comparisons, "
            + "not values, and are not written (see --maps-out)"));
        _mapsOut = Add(OptionValues.Text("--maps-out", "DIR",
            "writes each IBSI 2 phase-1 response map as DIR/<id>.nii.gz (e.g. 3_a_1.nii.gz), float64, on the phantom's grid"));
        _docs = Add(OptionValues.Text("--docs", "DIR", "writes each suite's compliance page into DIR (e.g. docs/ibsi2-compliance.md)"));
        _only = Add(OptionValues.Text("--only", "ID[,ID...]",
            "runs only the datasets whose id (the last word of the dataset, e.g. 3.B or 3_a_1) or full name is listed; references of other "
            + "datasets are not checked (for tests and quick looks)"));
        _quiet = Add(OptionValues.Flag("--quiet", "prints only the failures and the summary"));
    }

    public override string Details =>
        "Prints one line per reference value: dataset, tag, reference, tolerance, our value, PASS/FAIL.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics ibsi-check --data tests/data", "every suite against the reference values carried by the repository"),
        new("radiomics ibsi-check --data tests/data --suite ibsi2 --only 1.A,3_a_1 --quiet", "two IBSI 2 datasets, failures only"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses { get; } =
    [
        (ExitCodes.Success, "every value passes"),
        (ExitCodes.InputError, "some value fails (documented known deviations included)"),
        (ExitCodes.UsageError, "the command line cannot run as given"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string dataRoot = parsed.GetValue(_data) ?? throw new UsageException("--data DIR is required (the folder holding ibsi1/ and ibsi2/)");
        if (!Directory.Exists(dataRoot))
        {
            throw new UsageException($"--data: folder '{dataRoot}' does not exist");
        }

        IReadOnlyList<IComplianceSuite> suites = SelectSuites(parsed.GetValue(_suite) ?? "all");
        string? docs = parsed.GetValue(_docs);
        if (docs is not null && !Directory.Exists(docs))
        {
            throw new UsageException($"--docs: folder '{docs}' does not exist");
        }

        HashSet<string>? only = parsed.GetValue(_only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        bool Selects(string dataset) => only is null || only.Contains(dataset) || only.Contains(dataset[(dataset.LastIndexOf(' ') + 1)..]);
        var options = new ComplianceRunOptions(dataRoot)
        {
            MapsOutput = parsed.GetValue(_mapsOut),
            SelectDataset = only is null ? null : Selects,
            Progress = new Progress(error),
        };

        var rows = new List<CheckRow>();
        var reports = new List<ComplianceReport>();
        foreach (IComplianceSuite suite in suites)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            List<CheckRow> suiteRows = suite.Run(options).ToList();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            rows.AddRange(suiteRows);
            var references = suite.References(dataRoot).Where(r => options.Selects(r.Dataset));
            var report = new ComplianceReport(suite, ComplianceComparer.Compare(references, suiteRows, suite.KnownDeviations));
            reports.Add(report);
            WriteTable(report, parsed.GetValue(_quiet), output);
            output.WriteLine(FormattableString.Invariant($"{report.Summary} ({watch.Elapsed.TotalSeconds:F1} s elapsed, {cpu.TotalSeconds:F1} s CPU)"));
            if (docs is not null)
            {
                AtomicFile.Write(Path.Combine(docs, suite.DocumentName), w => w.Write(report.ToMarkdown()));
            }
        }

        string? outPath = parsed.GetValue(_out);
        if (outPath is not null)
        {
            AtomicFile.Write(outPath, w => WriteRows(rows, w));
        }

        return reports.All(r => r.AllPassed) ? 0 : 1;
    }

    /// <summary>Writes the computed values (not comparison scores) as "dataset,tag,value" with round-trip numbers.</summary>
    public static void WriteRows(IEnumerable<CheckRow> rows, TextWriter writer)
    {
        writer.Write("dataset,tag,value\n");
        foreach (CheckRow row in rows.Where(r => r.Kind == CheckRowKind.Value))
        {
            writer.Write($"{Quote(row.Dataset)},{Quote(row.Tag)},{row.Value.ToString("R", CultureInfo.InvariantCulture)}\n");
        }
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

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    /// <summary>Progress lines go to the error stream, so the table on the output stays clean.</summary>
    private sealed class Progress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"  {value}");
    }
}
