using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// Feature selection on 2,000 features × 1,000 cases: caret's correlation filter (Pearson, 0.9), the hclust cluster
/// filter (Spearman, average linkage, cut 0.1, outcome representatives) and mRMR top 20. Target: ≤ 5 s on 2 cores.
/// Synthetic and seeded (System.Random(2025)): 400 latent factors, each feature one factor plus noise of a random
/// scale (so pairs above 0.9 and clusters exist), a binary outcome from three factors. <c>-- selection</c> runs it five
/// times with Stopwatch and process CPU time and checks that 1 and 2 threads give the same bytes. In process, one
/// warm-up, five iterations.
/// </summary>
[InProcess]
[WarmupCount(1)]
[IterationCount(5)]
public class SelectionBenchmarks
{
    private FeatureTable _table = null!;

    internal static SelectionPipeline Pipeline { get; } = new()
    {
        Steps = [new CorrelationFilterSettings { Cutoff = 0.9 }, new ClusterSettings { Cutoff = 0.9, Representative = ClusterRepresentative.OutcomeAssociation }, new MrmrSettings { Top = 20 }],
        Outcome = SelectionOutcome.ForColumn("y"),
    };

    [GlobalSetup]
    public void Setup() => _table = Table(2000, 1000, 2025);

    [Benchmark]
    public int CorrelationClusterMrmr() => FeatureSelection.Run(_table, Pipeline).Selected.Count;

    [Benchmark]
    public int CorrelationClusterMrmrOneThread() => FeatureSelection.Run(_table, Pipeline, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Selected.Count;

    public static void Run()
    {
        FeatureTable table = Table(2000, 1000, 2025);
        Console.WriteLine($"selection (correlation + cluster + mRMR top 20), {table.RowCount} x {table.FeatureCount}, {Environment.ProcessorCount} processors");
        using var process = Process.GetCurrentProcess();
        SelectionResult? result = null;
        for (int run = 0; run < 5; run++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = FeatureSelection.Run(table, Pipeline);
            watch.Stop();
            process.Refresh();
            Console.WriteLine($"  run {run + 1}: wall {watch.Elapsed.TotalSeconds:F2} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s");
        }

        string counts = string.Join(", ", result!.Dropped.GroupBy(d => d.Method).Select(g => $"{g.Key} {g.Count()}"));
        Console.WriteLine($"  kept {result.Selected.Count}; dropped: {counts}");
        string one = FeatureSelection.Run(table, Pipeline, new ParallelOptions { MaxDegreeOfParallelism = 1 }).ToJson();
        string two = FeatureSelection.Run(table, Pipeline, new ParallelOptions { MaxDegreeOfParallelism = 2 }).ToJson();
        Console.WriteLine($"  1 thread vs 2 threads: {(one == two ? "identical bytes" : "DIFFERENT")}");
    }

    /// <summary>The seeded synthetic table: feature f = factor[f mod 400] + noise·e, with y = 1 when three factors sum above 0.</summary>
    public static FeatureTable Table(int features, int cases, int seed)
    {
        var random = new Random(seed);
        double[][] factors = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, cases).Select(_ => IccBenchmarks.Gaussian(random)).ToArray()).ToArray();
        var columns = new double[features][];
        for (int f = 0; f < features; f++)
        {
            double[] factor = factors[f % factors.Length];
            double noise = 0.05 + (1.5 * random.NextDouble());
            columns[f] = factor.Select(v => (10 * (1 + (f % 7))) + v + (noise * IccBenchmarks.Gaussian(random))).ToArray();
        }

        string[] y = Enumerable.Range(0, cases).Select(i => factors[0][i] + factors[1][i] - factors[2][i] + IccBenchmarks.Gaussian(random) > 0 ? "1" : "0").ToArray();
        return new FeatureTable(
            Enumerable.Range(0, cases).Select(i => $"case{i:D4}").ToArray(),
            Enumerable.Range(0, features).Select(f => $"feature_{f:D4}").ToArray(),
            columns,
            [KeyValuePair.Create("y", y)]);
    }
}
