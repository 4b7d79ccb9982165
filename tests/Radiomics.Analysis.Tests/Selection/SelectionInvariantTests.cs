using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>Properties every selection must have, whatever the data: duplicates, constants, ties, NaN, thread count.</summary>
public sealed class SelectionInvariantTests
{
    private static readonly SelectionPipeline Correlation = new() { Steps = [new CorrelationFilterSettings()] };

    [Theory]
    [InlineData(CorrelationMethod.Pearson)]
    [InlineData(CorrelationMethod.Spearman)]
    public void Correlation_DuplicatedColumn_IsAlwaysRemoved(CorrelationMethod method)
    {
        FeatureTable bc = SelectionFixture.BreastCancer();
        foreach (string name in new[] { "mean_texture", "mean_symmetry", "worst_fractal_dimension" })
        {
            var columns = SelectionFixture.All(bc).Select(f => (bc.FeatureNames[f], bc.Column(f).ToArray())).ToList();
            columns.Insert(3, ("copy_of_" + name, bc.Column(bc.IndexOfFeature(name)).ToArray()));
            FeatureTable table = SelectionFixture.Table(columns);
            SelectionPipeline pipeline = new() { Steps = [new CorrelationFilterSettings { Correlation = method }] };

            SelectionResult result = FeatureSelection.Run(table, pipeline);

            Assert.False(result.Selected.Contains(name) && result.Selected.Contains("copy_of_" + name), $"both copies of {name} kept");
            Assert.Contains(result.Dropped, d => d.Feature == name || d.Feature == "copy_of_" + name);
        }
    }

    [Fact]
    public void Correlation_TwoIdenticalColumns_ColumnOrderDecides_CaretDropsTheEarlier()
    {
        var random = new Random(7);
        double[] x = SelectionFixture.Normal(random, 50), z = SelectionFixture.Normal(random, 50);
        FeatureTable ab = SelectionFixture.Table([("a", x), ("b", (double[])x.Clone()), ("z", z)]);
        FeatureTable ba = SelectionFixture.Table([("b", x), ("a", (double[])x.Clone()), ("z", z)]);

        // caret compares the first copy's mean |r| (1 + |r_az|)/2 with the mean of the matrix outside the second copy's
        // row, (1 + 3|r_az|)/4, which is smaller: so of two equal columns the earlier one goes.
        Assert.Equal(["b", "z"], FeatureSelection.Run(ab, Correlation).Selected);
        Assert.Equal(["a", "z"], FeatureSelection.Run(ba, Correlation).Selected);
        Assert.Equal("|r| = 1 > 0.9 with b", FeatureSelection.Run(ab, Correlation).Dropped.Single().Reason);
    }

    [Fact]
    public void Variance_ConstantColumn_IsDroppedAtThresholdZero()
    {
        var random = new Random(3);
        FeatureTable table = SelectionFixture.Table([("x", SelectionFixture.Normal(random, 40)), ("c", Enumerable.Repeat(0.1, 40).ToArray()), ("y", SelectionFixture.Normal(random, 40))]);

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new VarianceSettings()] });

        Assert.Equal(["x", "y"], result.Selected);
        Assert.Equal(new DroppedFeature("c", "variance", "constant (variance 0)"), Assert.Single(result.Dropped));
    }

    [Fact]
    public void Variance_Threshold_UsesPopulationVariance()
    {
        // values 0, 2: population variance 1 (ddof 0), sample variance 2.
        FeatureTable table = SelectionFixture.Table([("x", [0.0, 2.0, 0.0, 2.0]), ("w", [0.0, 4.0, 0.0, 4.0])]);

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new VarianceSettings { Threshold = 1 }] });

        Assert.Equal(["w"], result.Selected);
        Assert.Equal("variance 1 ≤ threshold 1", result.Dropped.Single().Reason);
    }

    [Fact]
    public void Cluster_TwoIdenticalPairs_MedoidTieGoesToTheEarlierColumn()
    {
        var random = new Random(11);
        double[] x = SelectionFixture.Normal(random, 60), z = SelectionFixture.Normal(random, 60);
        FeatureTable table = SelectionFixture.Table([("z", z), ("b", x), ("a", (double[])x.Clone())]);

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new ClusterSettings()] });

        Assert.Equal(["z", "b"], result.Selected);
        Assert.Equal("a", result.Dropped.Single().Feature);
    }

    [Fact]
    public void Mrmr_IdenticalCandidates_TheEarlierIsChosenAndTheCopyIsRedundant()
    {
        var random = new Random(5);
        double[] y = Enumerable.Range(0, 80).Select(i => (double)(i % 2)).ToArray();
        double[] signal = y.Select(v => v + (0.8 * SelectionFixture.Normal(random, 1)[0])).ToArray();
        double[] weak = y.Select(v => (0.3 * v) + SelectionFixture.Normal(random, 1)[0]).ToArray();
        FeatureTable table = SelectionFixture.Table(
            [("noise", SelectionFixture.Normal(random, 80)), ("s2", signal), ("s1", (double[])signal.Clone()), ("weak", weak)],
            ("y", y.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()));

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new MrmrSettings { Top = 2 }], Outcome = SelectionOutcome.ForColumn("y") });

        Assert.Equal("s2", result.Selected[0]);
        Assert.DoesNotContain("s1", result.Selected);
        Assert.Equal("not among the mRMR (MID) top 2", result.Dropped.Single(d => d.Feature == "s1").Reason);
    }

    [Fact]
    public void MissingValues_FeatureIsDroppedFirstWithAWarning()
    {
        var random = new Random(2);
        double[] holes = SelectionFixture.Normal(random, 30);
        holes[4] = double.NaN;
        holes[9] = double.NaN;
        FeatureTable table = SelectionFixture.Table([("x", SelectionFixture.Normal(random, 30)), ("holes", holes)]);

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new VarianceSettings()] });

        Assert.Equal(["x"], result.Selected);
        Assert.Equal(new DroppedFeature("holes", "missing", "2 of 30 rows missing or infinite (first: missing (NaN) in row 'r5')"), Assert.Single(result.Dropped));
        Assert.Equal("1 feature(s) with missing or infinite values dropped before selection: holes", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Pipeline_ChainsInOrder_AndOutcomeColumnsAreNeverCandidates()
    {
        FeatureTable table = FeatureTableReader.Read(SelectionFixture.Path("bc_wisconsin.csv")); // y read as a feature
        SelectionPipeline pipeline = new()
        {
            Steps = [new VarianceSettings(), new CorrelationFilterSettings(), new ClusterSettings(), new MrmrSettings { Top = 5 }],
            Outcome = SelectionOutcome.ForColumn("y"),
        };

        SelectionResult result = FeatureSelection.Run(table, pipeline);

        Assert.Equal(5, result.Selected.Count);
        Assert.DoesNotContain("y", result.Selected.Concat(result.Dropped.Select(d => d.Feature)));
        Assert.Equal(30, result.Selected.Count + result.Dropped.Count);
        string[] order = result.Dropped.Select(d => d.Method).Distinct().ToArray();
        Assert.Equal(["correlation", "cluster", "mrmr"], order);
    }

    [Fact]
    public void Pipeline_NothingLeft_LaterStepsKeepNothingAndDoNotFail()
    {
        FeatureTable table = SelectionFixture.Table([("c1", [1.0, 1, 1, 1]), ("c2", [2.0, 2, 2, 2])], ("y", ["0", "1", "0", "1"]));
        SelectionPipeline pipeline = new()
        {
            Steps = [new VarianceSettings(), new CorrelationFilterSettings(), new ClusterSettings(), new UnivariateSettings(), new MrmrSettings { Top = 3 }],
            Outcome = SelectionOutcome.ForColumn("y"),
        };

        SelectionResult result = FeatureSelection.Run(table, pipeline);

        Assert.Empty(result.Selected);
        Assert.Equal(["c1", "c2"], result.Dropped.Select(d => d.Feature));
    }

    [Fact]
    public void Run_IsBitIdenticalForAnyThreadCount()
    {
        FeatureTable table = SyntheticTable(200, 120, seed: 1);
        SelectionPipeline pipeline = new()
        {
            Steps = [new CorrelationFilterSettings { Cutoff = 0.8 }, new ClusterSettings { Cutoff = 0.6 }, new MrmrSettings { Top = 10 }],
            Outcome = SelectionOutcome.ForColumn("y"),
        };

        string one = FeatureSelection.Run(table, pipeline, new ParallelOptions { MaxDegreeOfParallelism = 1 }).ToJson();
        string four = FeatureSelection.Run(table, pipeline, new ParallelOptions { MaxDegreeOfParallelism = 4 }).ToJson();

        Assert.Equal(one, four);
    }

    /// <summary>Features built from a few latent factors plus noise (so some are highly correlated), and a binary outcome.</summary>
    internal static FeatureTable SyntheticTable(int features, int rows, int seed)
    {
        var random = new Random(seed);
        double[][] factors = Enumerable.Range(0, 12).Select(_ => SelectionFixture.Normal(random, rows)).ToArray();
        var columns = new List<(string, double[])>();
        for (int f = 0; f < features; f++)
        {
            double[] factor = factors[f % factors.Length];
            double noise = 0.1 + (0.9 * random.NextDouble());
            double[] e = SelectionFixture.Normal(random, rows);
            columns.Add(($"f{f:D4}", factor.Select((v, i) => v + (noise * e[i])).ToArray()));
        }

        string[] y = factors[0].Select((v, i) => v + factors[1][i] > 0 ? "1" : "0").ToArray();
        return SelectionFixture.Table(columns, ("y", y));
    }
}
