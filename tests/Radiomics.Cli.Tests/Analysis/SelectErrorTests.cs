using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>Every error of <c>radiomics select</c> is one line naming the option, column or file; nothing is written.</summary>
public sealed class SelectErrorTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    private static string BreastCancer => TestData.Require("analysis/selection/bc_wisconsin.csv");

    [Theory]
    [InlineData(new[] { "--method", "lasso" }, "--method: unknown method 'lasso'; use variance, robust, correlation, cluster, mrmr or univariate")]
    [InlineData(new[] { "--method", "correlation,correlation" }, "--method: 'correlation' is listed twice")]
    [InlineData(new[] { "--method", "correlation", "--top", "5" }, "--top is used by --method mrmr only")]
    [InlineData(new[] { "--method", "mrmr", "--outcome", "y" }, "--method mrmr needs --top K")]
    [InlineData(new[] { "--method", "mrmr", "--top", "5" }, "--method mrmr needs --outcome COLUMN")]
    [InlineData(new[] { "--method", "mrmr", "--top", "0", "--outcome", "y" }, "--top must be at least 1, not 0")]
    [InlineData(new[] { "--method", "variance", "--fdr", "0.1" }, "--fdr is used by --method univariate only")]
    [InlineData(new[] { "--method", "correlation", "--outcome", "y" }, "--outcome is used by --method cluster, mrmr or univariate only")]
    [InlineData(new[] { "--method", "variance", "--cutoff", "0.8" }, "--cutoff is used by --method correlation or cluster only")]
    [InlineData(new[] { "--method", "correlation", "--cutoff", "1.5" }, "--cutoff: must be in (0, 1], got 1.5")]
    [InlineData(new[] { "--method", "correlation", "--cutoff", "high" }, "--cutoff: 'high' is not a number")]
    [InlineData(new[] { "--method", "correlation", "--correlation", "kendall" }, "--correlation must be pearson or spearman, not 'kendall'")]
    [InlineData(new[] { "--method", "robust" }, "--method robust needs --robust FILE")]
    [InlineData(new[] { "--method", "univariate", "--outcome", "y", "--time", "t" }, "--outcome cannot be combined with --time/--event")]
    [InlineData(new[] { "--method", "univariate", "--time", "t" }, "--time needs --event COLUMN")]
    [InlineData(new[] { "--method", "univariate", "--time", "t", "--event", "e", "--top", "3" }, "--top is used by --method mrmr only")]
    [InlineData(new[] { "--method", "univariate", "--time", "y", "--event", "y" }, "--time and --event name the same column 'y'")]
    [InlineData(new[] { "--method", "correlation", "-o", "selected.txt" }, "no output format has the extension '.txt'")]
    [InlineData(new[] { "--cutoff", "0.9" }, "--method")]
    public void UsageErrors_AreOneLineExit2(string[] options, string message)
    {
        var run = CliRunner.Run(["select", BreastCancer, .. options.Select(o => o == "selected.txt" ? _work.Path(o) : o)]);

        OneLine.AssertError(run, 2, message);
        Assert.Empty(Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void MissingOutcomeColumn_NamesTheTableAndTheColumn()
    {
        string output = _work.Path("selected.json");
        OneLine.AssertError(CliRunner.Run("select", BreastCancer, "--method", "univariate", "--outcome", "diagnosis", "-o", output), 1, BreastCancer, "--outcome 'diagnosis': the table has no column 'diagnosis'");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void NonBinaryOutcomeForUnivariate_IsAnInputError()
    {
        OneLine.AssertError(CliRunner.Run("select", BreastCancer, "--method", "univariate", "--outcome", "mean_radius"), 1, "--outcome 'mean_radius'", "needs a binary outcome");
    }

    [Fact]
    public void MissingSurvivalColumn_IsAnInputError()
    {
        OneLine.AssertError(CliRunner.Run("select", TestData.Require("analysis/models/lung_complete.csv"), "--method", "univariate", "--time", "days", "--event", "event"), 1, "'days'");
    }

    [Fact]
    public void MissingRobustFile_NamesIt()
    {
        string missing = _work.Path("robust.csv");
        OneLine.AssertError(CliRunner.Run("select", BreastCancer, "--method", "robust", "--robust", missing), 1, "--robust", missing, "no such file");
    }

    [Fact]
    public void MissingTable_NamesIt()
    {
        string missing = _work.Path("nope.csv");
        OneLine.AssertError(CliRunner.Run("select", missing, "--method", "variance"), 1, missing, "no such file");
    }
}
