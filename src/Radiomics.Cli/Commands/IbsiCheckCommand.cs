using System.Diagnostics;
using Radiomics.Cli.Output;
using Radiomics.Compliance;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics ibsi-check</c>: runs the registered compliance suites (<see cref="ComplianceSuites.All"/>) against the
/// IBSI reference data embedded in the library (or the folder given by <c>--data</c>), prints the comparison table,
/// a summary per suite and, as the last line, one verdict for everything that ran: <c>COMPLIANT</c> (exit 0) or
/// <c>NOT COMPLIANT</c> (exit 1). The verdict, report and data digest come from <c>Radiomics.Compliance</c>.
/// </summary>
public sealed class IbsiCheckCommand : ICommand
{
    private static readonly string[] ValueOptions = ["--data", "--out", "--maps-out", "--suite", "--only", "--docs"];

    public string Name => "ibsi-check";

    public string Summary => "certify this install against the IBSI reference values (prints COMPLIANT or NOT COMPLIANT)";

    public string Usage => $"""
        usage: radiomics ibsi-check [--data DIR] [--suite {string.Join("|", ComplianceSuites.All.Select(s => s.Name))}|all] [--strict]
                                    [--out FILE.json|FILE.csv] [--maps-out DIR] [--docs DIR] [--only ID[,ID...]] [--quiet]

          --data DIR       reference data folder holding ibsi1/ and ibsi2/ (e.g. the repository's tests/data);
                           default: the IBSI 1 and IBSI 2 reference data built into the tool
          --suite NAME     the suite to run (default: all)
          --strict         known deviations fail the check too
          --out FILE.json  writes the verdict as a report to file as evidence: a summary per suite, the tool version,
                           runtime and machine, and the SHA-256 of the reference data used
          --out FILE.csv   writes every computed value as rows "dataset,tag,value" (e.g. "IBSI2 phase 2 3.B,stat_mean,…")
          --maps-out DIR   writes each IBSI 2 phase-1 response map as DIR/<id>.nii.gz (e.g. 3_a_1.nii.gz), float64,
                           on the phantom's grid
          --docs DIR       writes each suite's compliance page into DIR (e.g. docs/ibsi2-compliance.md)
          --only IDS       runs only the datasets whose id (the last word of the dataset, e.g. 3.B or 3_a_1) or full
                           name is listed (for tests and quick looks; the verdict covers what ran)
          --quiet          prints only the failures, the summaries and the verdict

        Prints one line per reference value (dataset, tag, reference, tolerance, our value, PASS/FAIL), a summary per
        suite, the documented known deviations with their reasons and any unexpected failure, then the verdict:
        COMPLIANT (every value within tolerance, or off only by a documented known deviation), exit status 0; or
        NOT COMPLIANT, exit status 1. Exit status 2 on usage errors.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, ["--quiet", "--strict"]);
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("ibsi-check takes no positional arguments");
        }

        string? dataFolder = arguments.Value("--data");
        if (dataFolder is not null && !Directory.Exists(dataFolder))
        {
            throw new UsageException($"--data: folder '{dataFolder}' does not exist");
        }

        IReadOnlyList<IComplianceSuite> suites = SelectSuites(arguments.Value("--suite") ?? "all");
        string? docs = arguments.Value("--docs");
        if (docs is not null && !Directory.Exists(docs))
        {
            throw new UsageException($"--docs: folder '{docs}' does not exist");
        }

        string? outPath = arguments.Value("--out");
        bool jsonReport = outPath?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true;
        if (outPath is not null && !jsonReport && !outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out: '{outPath}' must end in .json (the report) or .csv (the computed values)");
        }

        string? selection = arguments.Value("--only");
        HashSet<string>? only = selection?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        bool Selects(string dataset) => only is null || only.Contains(dataset) || only.Contains(dataset[(dataset.LastIndexOf(' ') + 1)..]);

        DateTimeOffset started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        using ReferenceData data = dataFolder is null ? ReferenceData.Embedded() : ReferenceData.FromFolder(dataFolder);
        error.WriteLine($"  reference data: {data.Source}");
        var options = new ComplianceRunOptions(data.Root)
        {
            MapsOutput = arguments.Value("--maps-out"),
            SelectDataset = only is null ? null : Selects,
            Progress = new Progress(error),
        };

        var runs = new List<SuiteRun>();
        foreach (IComplianceSuite suite in suites)
        {
            SuiteRun run = ComplianceRunner.Run(suite, options);
            runs.Add(run);
            WriteTable(run.Report, arguments.Has("--quiet"), output);
            output.WriteLine(FormattableString.Invariant($"{run.Report.Summary} ({run.Elapsed.TotalSeconds:F1} s elapsed, {run.ProcessorTime.TotalSeconds:F1} s CPU)"));
            if (docs is not null)
            {
                AtomicFile.Write(Path.Combine(docs, suite.DocumentName), w => w.Write(run.Report.ToMarkdown()));
            }
        }

        var verdict = ComplianceVerdict.Of(runs.Select(r => r.Report), arguments.Has("--strict"));
        ReferenceDataDigest digest = data.Digest(suites);
        if (jsonReport)
        {
            new ComplianceEvidence(verdict, runs, data.Source, digest, RunEnvironment.Current(), started, watch.Elapsed, selection).WriteJson(outPath!);
        }
        else if (outPath is not null)
        {
            AtomicFile.Write(outPath, w => ComplianceValuesCsv.Write(runs.SelectMany(r => r.Rows), w));
        }

        output.WriteLine($"Reference data: {data.Source}, {digest.Files.Count} files, SHA-256 {digest.Sha256}");
        verdict.WriteTo(output);
        return verdict.Compliant ? 0 : 1;
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
