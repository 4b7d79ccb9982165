using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// All six ICCs with psych's intervals for 2,000 features × 100 subjects × 20 raters (a 2,000-row long table), the
/// work item's budget being 1 s. Synthetic, seeded (System.Random(2024)): subject effect + rater offset + noise, with a
/// different signal-to-noise ratio per feature, so every ICC(2,·) has its own Satterthwaite degrees of freedom.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class IccBenchmarks
{
    private const int Features = 2_000;
    private const int Subjects = 100;
    private const int Raters = 20;
    private readonly IccSettings _settings = new() { SubjectColumn = "Subject", RaterColumn = "Rater" };
    private FeatureTable _table = null!;

    [GlobalSetup]
    public void Setup() => _table = LongTable(Features, Subjects, Raters, seed: 2024);

    [Benchmark]
    public int AllSixForms() => Icc.Compute(_settings, _table).Rows.Count;

    [Benchmark]
    public int AllSixFormsOneThread() => Icc.Compute(_settings, _table, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Rows.Count;

    /// <summary>A seeded long table: row (subject i, rater j) at i·raters + j.</summary>
    public static FeatureTable LongTable(int features, int subjects, int raters, int seed)
    {
        var random = new Random(seed);
        int rows = subjects * raters;
        var columns = new double[features][];
        for (int f = 0; f < features; f++)
        {
            double noise = 0.2 + (3 * random.NextDouble());
            double[] subjectEffect = Enumerable.Range(0, subjects).Select(_ => Gaussian(random) * 2).ToArray();
            double[] raterEffect = Enumerable.Range(0, raters).Select(_ => Gaussian(random) * 0.5).ToArray();
            columns[f] = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                columns[f][r] = 100 + subjectEffect[r / raters] + raterEffect[r % raters] + (noise * Gaussian(random));
            }
        }

        return new FeatureTable(
            Enumerable.Range(0, rows).Select(r => $"row{r}").ToArray(),
            Enumerable.Range(0, features).Select(f => $"feature_{f:D4}").ToArray(),
            columns,
            [
                KeyValuePair.Create("Subject", Enumerable.Range(0, rows).Select(r => $"S{r / raters:D3}").ToArray()),
                KeyValuePair.Create("Rater", Enumerable.Range(0, rows).Select(r => $"R{r % raters:D2}").ToArray()),
            ]);
    }

    /// <summary>A standard normal deviate (Box–Muller) from <paramref name="random"/>.</summary>
    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
