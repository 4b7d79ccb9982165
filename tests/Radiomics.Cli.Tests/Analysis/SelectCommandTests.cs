using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary><c>radiomics select</c> end to end on the selection and model reference tables.</summary>
public sealed class SelectCommandTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    private static string BreastCancer => TestData.Require("analysis/selection/bc_wisconsin.csv");

    [Fact]
    public void Correlation_WritesCaretsSelection()
    {
        string path = _work.Path("selected.json");

        var run = CliRunner.Run("select", BreastCancer, "--method", "correlation", "--correlation", "spearman", "--features", "_", "-o", path);

        Assert.True(run.ExitCode == 0, run.Error);
        var oracle = AnalysisData.Read(TestData.Require("analysis/selection/expected_findcorrelation_spearman_0.9.csv"), reserved: ["feature", "removed", "caret_order"]);
        string[] kept = oracle.OtherColumn("feature").Where((_, i) => oracle.OtherColumn("removed")[i] == "FALSE").ToArray();
        SelectionResult result = SelectionResult.Read(path);
        Assert.Equal(kept, result.Selected);
        Assert.Equal(12, result.Dropped.Count);
        Assert.Equal("radiomics select: 18 of 30 features kept (dropped: correlation 12); wrote " + path, run.Error.TrimEnd());
    }

    [Fact]
    public void Pipeline_IsDeterministic_AndRecordsItsInputs()
    {
        string first = _work.Path("a.json"), second = _work.Path("b.json");
        string[] args = ["select", BreastCancer, "--method", "variance,correlation,cluster,mrmr", "--outcome", "y", "--top", "6"];

        Assert.Equal(0, CliRunner.Run([.. args, "-o", first]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. args, "-o", second]).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        SelectionResult result = SelectionResult.Read(first);
        Assert.Equal(6, result.Selected.Count);
        Assert.Equal(SelectionOutcome.ForColumn("y"), result.Outcome);
        Assert.Equal([SelectionMethod.Variance, SelectionMethod.Correlation, SelectionMethod.Cluster, SelectionMethod.Mrmr], result.Methods.Select(m => m.Method));
        Assert.Equal(ClusterRepresentative.OutcomeAssociation, ((ClusterSettings)result.Methods[2]).Representative);
        var table = FeatureTableReader.Read(BreastCancer, new FeatureTableReadSettings { ReservedColumns = ["y"] });
        Assert.Equal(FeatureTableHash.Compute(table), result.Provenance.InputSha256);
    }

    [Fact]
    public void CsvOutput_HasTheFourColumnsAndAProvenanceSidecar()
    {
        string path = _work.Path("selected.csv");

        var run = CliRunner.Run("select", BreastCancer, "--method", "cluster", "--features", "^mean_", "-o", path);

        Assert.True(run.ExitCode == 0, run.Error);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("feature,kept,method,reason", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.True(File.Exists(path + ".provenance.json"));
        Assert.Contains("\"command\": \"radiomics select\"", File.ReadAllText(path + ".provenance.json"));
    }

    [Fact]
    public void WithoutOut_PrintsTheKeptFeatures()
    {
        var run = CliRunner.Run("select", BreastCancer, "--method", "mrmr", "--outcome", "y", "--top", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("worst_concave_points\nmean_texture\nworst_radius\n", run.Output);
    }

    [Fact]
    public void Robust_KeepsTheListedFeatures()
    {
        string robust = _work.WriteCsv("robust.csv", "feature,icc,ci_low,ci_high,robust", ["mean_radius,0.95,0.9,0.98,TRUE", "mean_texture,0.5,0.3,0.7,FALSE", "worst_area,0.92,0.88,0.95,TRUE"]);

        var run = CliRunner.Run("select", BreastCancer, "--method", "robust", "--robust", robust, "--features", "_");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("mean_radius\nworst_area\n", run.Output);
    }

    [Fact]
    public void Univariate_Survival_UsesTheCoxScoreTest()
    {
        var run = CliRunner.Run("select", TestData.Require("analysis/models/lung_complete.csv"), "--method", "univariate", "--time", "time", "--event", "event", "--fdr", "0.01");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("sex\nph.ecog\n", run.Output);
    }

    [Fact]
    public void FeatureWithNaN_IsDroppedWithOneWarningLine()
    {
        string copy = AnalysisData.EditedCopy(BreastCancer, _work.Path("bc-nan.csv"), (i, fields) => i == 3 ? [.. fields[..2], "nan", .. fields[3..]] : fields);

        var run = CliRunner.Run("select", copy, "--method", "variance,univariate", "--outcome", "y");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["radiomics: warning: 1 feature(s) with missing or infinite values dropped before selection: mean_radius"], AnalysisData.Warnings(run.Error));
        Assert.DoesNotContain("mean_radius", run.Output);
    }
}
