using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// Parametric ComBat on 22,283 features × 57 samples in 5 batches of 11, 18, 4, 5 and 19 (the shape of the bladderbatch
/// microarray set sva's examples use), with one numeric covariate; the work item's budget is 2 s. Synthetic, seeded
/// (System.Random(57)): feature mean and scale, additive and multiplicative batch effects, a covariate effect, noise.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class CombatBenchmarks
{
    private static readonly int[] BatchSizes = [11, 18, 4, 5, 19];
    private readonly CombatSettings _settings = new() { BatchColumn = "Batch", Covariates = ["Age"] };
    private FeatureTable _table = null!;
    private CombatModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = Table(22_283, seed: 57);
        _model = Combat.Fit(_settings, _table);
    }

    [Benchmark]
    public int Fit() => Combat.Fit(_settings, _table).Features.Count;

    [Benchmark]
    public int Apply() => Combat.Apply(_model, _table).FeatureCount;

    [Benchmark]
    public int FitThenApply() => Combat.Apply(Combat.Fit(_settings, _table), _table).FeatureCount;

    public static FeatureTable Table(int features, int seed)
    {
        var random = new Random(seed);
        int samples = BatchSizes.Sum();
        int[] batchOf = BatchSizes.SelectMany((size, b) => Enumerable.Repeat(b, size)).ToArray();
        double[] age = Enumerable.Range(0, samples).Select(_ => 40 + (40 * random.NextDouble())).ToArray();
        var columns = new double[features][];
        for (int f = 0; f < features; f++)
        {
            double mean = 5 + (10 * random.NextDouble()), scale = 0.2 + random.NextDouble(), ageEffect = 0.01 * IccBenchmarks.Gaussian(random);
            double[] shift = BatchSizes.Select(_ => 0.5 * IccBenchmarks.Gaussian(random)).ToArray();
            double[] stretch = BatchSizes.Select(_ => 0.6 + (0.8 * random.NextDouble())).ToArray();
            columns[f] = new double[samples];
            for (int i = 0; i < samples; i++)
            {
                int b = batchOf[i];
                columns[f][i] = mean + (ageEffect * (age[i] - 60)) + (scale * (shift[b] + (stretch[b] * IccBenchmarks.Gaussian(random))));
            }
        }

        return new FeatureTable(
            Enumerable.Range(0, samples).Select(i => $"GSM{i:D3}").ToArray(),
            Enumerable.Range(0, features).Select(f => $"probe_{f:D5}").ToArray(),
            columns,
            [
                KeyValuePair.Create("Batch", batchOf.Select(b => $"batch{b + 1}").ToArray()),
                KeyValuePair.Create("Age", age.Select(a => a.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray()),
            ]);
    }
}
