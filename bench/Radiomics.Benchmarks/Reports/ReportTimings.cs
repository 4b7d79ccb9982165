using System.Diagnostics;
using System.Globalization;
using Radiomics.Analysis.Reports;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Reports;

/// <summary>
/// What the quality-control report costs (issue 21): for one case (the IBSI CT phantom, default settings), the
/// extraction with and without the report's recorder and the report's own work (drawing the case, writing the page);
/// for a batch of N × the CT phantom (default 100, two jobs), <c>radiomics batch</c> without and with <c>--report</c>,
/// alternated, wall and process CPU time, the minimum of the repeats; with a parameter file (e.g. the parity suite's
/// ct-phantom-filters.params.yaml) the batch extracts with it. Targets: ≤ 0.2 s per case, ≤ 10 % on a batch.
/// Run: <c>dotnet run -c Release --project bench/Radiomics.Benchmarks -- report [CASES] [REPEATS] [PARAMS.yaml]</c>.
/// </summary>
public static class ReportTimings
{
    public static void Run(string[] args)
    {
        int cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        string[] parameters = args.Length > 2 ? ["--params", Path.GetFullPath(args[2])] : [];
        SingleCase();
        Batch(cases, repeats, parameters);
    }

    private static void SingleCase()
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage), mask = ImageReader.Read(BenchData.CtPhantomMask);
        var extractor = new RadiomicsExtractor(ExtractionParameters.Default);
        RecordedFeatureInput? recorded = null;
        FeatureResult result = null!;
        double plain = Minimum(7, () => result = extractor.Extract(image, mask));
        double withRecorder = Minimum(7, () =>
        {
            var recorder = new CaseReportRecorder();
            result = extractor.Extract(image, mask, null, null, recorder.Inspect);
            recorded = recorder.Recorded;
        });
        var data = new CaseReportData("phantom", image, mask, result.Entries) { Recorded = recorded };
        CaseReport report = null!;
        double build = Minimum(15, () => report = CaseReportBuilder.Build(data));
        string path = Path.Combine(Path.GetTempPath(), $"radiomics-report-bench-{Environment.ProcessId}.html");
        double page = Minimum(15, () => File.WriteAllText(path, HtmlReportWriter.Render(new ReportDocument("phantom", [CaseReportBuilder.Build(data)]))));
        long bytes = new FileInfo(path).Length;
        File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single case (CT phantom): extraction {plain:0.000} s, with the recorder {withRecorder:0.000} s; report: draw {build:0.000} s, draw + page + write {page:0.000} s ({bytes / 1024} KiB)"));
    }

    private static void Batch(int cases, int repeats, string[] parameters)
    {
        string folder = Directory.CreateTempSubdirectory("radiomics-report-bench-").FullName;
        try
        {
            string list = Path.Combine(folder, "cases.csv");
            File.WriteAllLines(list, ["ID,Image,Mask", .. Enumerable.Range(0, cases).Select(i => $"case{i},{BenchData.CtPhantomImage},{BenchData.CtPhantomMask}")]);
            var without = new List<(double Wall, double Cpu)>();
            var with = new List<(double Wall, double Cpu)>();
            Measure(folder, list, parameters, false); // warm-up
            for (int r = 0; r < repeats; r++)
            {
                without.Add(Measure(folder, list, parameters, false));
                with.Add(Measure(folder, list, parameters, true));
            }

            long bytes = new FileInfo(Path.Combine(folder, "report.html")).Length;
            double wall0 = without.Min(m => m.Wall), wall1 = with.Min(m => m.Wall), cpu0 = without.Min(m => m.Cpu), cpu1 = with.Min(m => m.Cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"batch of {cases} × CT phantom{(parameters.Length > 0 ? $" ({Path.GetFileName(parameters[1])})" : "")}, 2 jobs, min of {repeats}: without --report {wall0:0.00} s wall / {cpu0:0.00} s CPU; with {wall1:0.00} s / {cpu1:0.00} s; "
                + $"+{100 * (wall1 / wall0 - 1):0.0}% wall, +{100 * (cpu1 / cpu0 - 1):0.0}% CPU; report {bytes / 1024} KiB"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Measure(string folder, string list, string[] parameters, bool report)
    {
        string[] arguments = ["batch", list, .. parameters, "--out", Path.Combine(folder, "out.csv"), "--jobs", "2", "--verbosity", "quiet", .. report ? new[] { "--report", Path.Combine(folder, "report.html") } : []];
        GC.Collect();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        int code = Radiomics.Cli.Program.Run(arguments, TextWriter.Null, TextWriter.Null);
        double wall = clock.Elapsed.TotalSeconds;
        double used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return code == 0 ? (wall, used) : throw new InvalidOperationException($"radiomics batch failed with exit code {code}");
    }

    private static double Minimum(int repeats, Action action)
    {
        action();
        double best = double.MaxValue;
        for (int r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }
}
