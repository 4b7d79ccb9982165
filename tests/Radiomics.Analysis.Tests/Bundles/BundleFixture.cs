using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Bundles;

/// <summary>Small parts for bundle tests: the worked study's parameter file, a logistic model on three of its features, a ComBat fit over them.</summary>
internal static class BundleFixture
{
    /// <summary>The worked study's parameter file (original image; shape, first-order, GLCM, GLRLM).</summary>
    public const string Parameters = Radiomics.Benchmarks.Analysis.SyntheticCohort.Parameters;

    public static readonly string[] Features = ["original_firstorder_Mean", "original_glcm_Contrast", "original_shape_Sphericity"];

    /// <summary>An unpenalised logistic model on <paramref name="features"/> (coefficients from a seeded synthetic table).</summary>
    public static LinearPredictorModel Model(params string[] features)
    {
        features = features.Length == 0 ? Features : features;
        var random = new Random(5);
        int n = 80;
        double[][] columns = features.Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray()).ToArray();
        string[] y = Enumerable.Range(0, n).Select(i => columns[0][i] + 0.5 * columns[^1][i] + 0.6 * random.NextDouble() > 1.05 ? "1" : "0").ToArray();
        var table = new FeatureTable(Enumerable.Range(0, n).Select(i => $"c{i}").ToArray(), features, columns, [KeyValuePair.Create("y", y)]);
        return ModelTrainer.Train(table, new ModelSettings { Learner = Learner.Logistic, Outcome = ModelOutcome.Binary("y"), Penalty = null });
    }

    /// <summary>ComBat estimates over <paramref name="features"/> for batches A, B and C (no covariates unless asked).</summary>
    public static CombatModel Combat(string[] features, bool withCovariate = false)
    {
        var random = new Random(9);
        int n = 30;
        string[] batch = Enumerable.Range(0, n).Select(i => ((char)('A' + i % 3)).ToString()).ToArray();
        double[][] columns = features.Select((_, j) => Enumerable.Range(0, n).Select(i => 10 * (j + 1) + (i % 3) * 2.0 + random.NextDouble() * (1 + i % 3)).ToArray()).ToArray();
        string[] age = Enumerable.Range(0, n).Select(i => (40 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = new FeatureTable(Enumerable.Range(0, n).Select(i => $"s{i}").ToArray(), features, columns,
            [KeyValuePair.Create("scanner", batch), KeyValuePair.Create("age", age)]);
        var settings = new CombatSettings { BatchColumn = "scanner", Covariates = withCovariate ? ["age"] : [] };
        return Radiomics.Analysis.Harmonisation.Combat.Fit(settings, table);
    }
}
