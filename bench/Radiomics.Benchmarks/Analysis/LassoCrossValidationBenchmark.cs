using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// Lasso logistic regression with 10-fold cross-validation (λ = lambda.min, then the exact fit) on 1,000 cases × 2,000
/// features (<see cref="SyntheticLogisticTable"/>, seed 19). Target: ≤ 5 s on 2 cores. <c>-- lasso</c> runs it five
/// times with Stopwatch and process CPU time, and checks that 1 and 2 threads give the same model bytes. The job runs
/// in process (no generated project to build, which can time out on a loaded machine), one warm-up, five iterations.
/// </summary>
[InProcess]
[WarmupCount(1)]
[IterationCount(5)]
public class LassoCrossValidationBenchmark
{
    private FeatureTable _table = null!;

    internal static ModelSettings Settings { get; } = new()
    {
        Learner = Learner.Logistic,
        Outcome = ModelOutcome.Binary("y"),
        Penalty = new PenaltySettings { Alpha = 1, Rule = LambdaRule.Minimum },
        CrossValidation = new CrossValidationSettings { Folds = 10, Seed = 7 },
    };

    [GlobalSetup]
    public void Setup() => _table = SyntheticLogisticTable.Create(1000, 2000, 19);

    [Benchmark]
    public LinearPredictorModel LassoTenFoldCv() => ModelTrainer.Train(_table, Settings);

    public static void Run()
    {
        FeatureTable table = SyntheticLogisticTable.Create(1000, 2000, 19);
        Console.WriteLine($"lasso + 10-fold CV, {table.RowCount} x {table.FeatureCount}, {Environment.ProcessorCount} processors");
        using var process = Process.GetCurrentProcess();
        LinearPredictorModel? model = null;
        for (int run = 0; run < 5; run++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            model = ModelTrainer.Train(table, Settings);
            watch.Stop();
            process.Refresh();
            Console.WriteLine($"  run {run + 1}: wall {watch.Elapsed.TotalSeconds:F2} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s");
        }

        CrossValidationCurve curve = model!.CrossValidation!;
        Console.WriteLine($"  path {curve.Lambda.Count} lambdas, lambda.min {curve.LambdaMin:G6} (index {curve.IndexMin}), {model.NonZeroCoefficients().Count()} non-zero, KKT residual {model.Fit.StationarityResidual:E1}");
        string one = ModelJson.Serialise(ModelTrainer.Train(table, Settings, new ParallelOptions { MaxDegreeOfParallelism = 1 }));
        string two = ModelJson.Serialise(ModelTrainer.Train(table, Settings, new ParallelOptions { MaxDegreeOfParallelism = 2 }));
        Console.WriteLine($"  1 thread vs 2 threads: {(one == two ? "identical model bytes" : "DIFFERENT")}");
    }
}
