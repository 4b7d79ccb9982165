using System.Diagnostics;

namespace Radiomics.Compliance;

/// <summary>Runs one suite and compares its rows with the references the options select.</summary>
public static class ComplianceRunner
{
    /// <summary>
    /// Computes every case of <paramref name="suite"/> that <paramref name="options"/> selects, then matches the rows to
    /// the selected references by (dataset, tag) with each reference's tolerance; the run carries the report, the rows,
    /// and the wall-clock and process CPU time of the computation.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The suite computed one (dataset, tag) twice.</exception>
    public static SuiteRun Run(IComplianceSuite suite, ComplianceRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        CheckRow[] rows = suite.Run(options).ToArray();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        IEnumerable<ReferenceValue> references = suite.References(options.DataRoot).Where(r => options.Selects(r.Dataset));
        var report = new ComplianceReport(suite, ComplianceComparer.Compare(references, rows, suite.KnownDeviations));
        return new SuiteRun(report, rows, watch.Elapsed, cpu);
    }
}
