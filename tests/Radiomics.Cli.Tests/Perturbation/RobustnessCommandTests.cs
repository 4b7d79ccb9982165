using System.Globalization;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Tests.Batch;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Perturbation;

public class RobustnessCommandTests : IDisposable
{
    private readonly BatchWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Robustness_WritesTheIccPerFeature_AndTheVariantsTable()
    {
        string cases = WriteDistinctCases(4);
        string output = _workspace.Path("robustness.csv"), variants = _workspace.Path("variants.csv");

        var run = CliRunner.Run("robustness", cases, "-p", Params(), "-o", output, "--variants-out", variants, "-j", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        List<Dictionary<string, string>> rows = PerturbCommandTests.Rows(output);
        Assert.Equal("feature,icc,ci_low,ci_high,robust", File.ReadLines(output).First());
        Assert.Contains(rows, r => r["feature"] == "original_firstorder_Mean");
        Assert.Equal(5 * 4, PerturbCommandTests.Rows(variants).Count); // 4 cases × (unperturbed + 4 variants)
        Assert.StartsWith("ID,perturbation_Id,", File.ReadLines(variants).First());
        Assert.DoesNotContain("diagnostics_", File.ReadLines(variants).First());

        // The same ICC(1,1) from the variants table, without the unperturbed rows (they are not one of the combinations).
        FeatureTable table = FeatureTableReader.Read(variants);
        int[] raters = Enumerable.Range(0, table.RowCount).Where(r => table.OtherColumn("perturbation_Id")[r] != "0").ToArray();
        IccReport report = Icc.Compute(new IccSettings { SubjectColumn = "ID", RaterColumn = "perturbation_Id", Types = [IccType.Icc1] }, table.SelectRows(raters));
        foreach (Dictionary<string, string> row in rows)
        {
            IccEstimate expected = report.Rows.Single(r => r.Feature == row["feature"]).Estimate;
            Assert.Equal(expected.Icc, Number(row["icc"]));
            Assert.Equal(expected.CiLow, Number(row["ci_low"]));
            Assert.Equal(expected.CiHigh, Number(row["ci_high"]));
            Assert.Equal(expected.CiLow >= 0.70 ? "1" : "0", row["robust"]);
        }

        Assert.Contains(rows, r => r["robust"] == "1");
        Assert.Contains("robust (ICC(1,1) lower bound ≥ 0.7)", run.Error);
    }

    [Fact]
    public void Robustness_MetricAndThreshold_DecideRobust()
    {
        string cases = _workspace.WriteGoodCases(3);
        string output = _workspace.Path("robustness.csv");

        var run = CliRunner.Run("robustness", cases, "-p", Params(), "-o", output, "--icc-type", "2", "--metric", "icc", "--threshold", "0.9", "-v", "quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.All(PerturbCommandTests.Rows(output), r => Assert.Equal(Number(r["icc"]) >= 0.9 ? "1" : "0", r["robust"]));
        Assert.False(File.Exists(_workspace.Path("robustness.variants.csv")), "the variants table is kept only with --variants-out");
    }

    [Fact]
    public void Robustness_FailedCase_IsLeftOutAndReported()
    {
        string good = _workspace.WriteGoodCases(3);
        string cases = _workspace.WriteCsv("mixed.csv", File.ReadLines(good).First(),
            [.. File.ReadLines(good).Skip(1), "broken," + _workspace.WriteCorrupt("broken.nii") + "," + _workspace.WriteCorrupt("broken-mask.nii")]);
        string output = _workspace.Path("robustness.csv");

        var run = CliRunner.Run("robustness", cases, "-p", Params(), "-o", output, "--variants-out", _workspace.Path("v.csv"));

        Assert.Equal(3, run.ExitCode);
        Assert.NotEmpty(PerturbCommandTests.Rows(output));
        Assert.True(File.Exists(_workspace.Path("v.errors.csv")));
    }

    [Fact]
    public void Robustness_WithoutTwoVariants_OneLineUsageError()
    {
        string cases = _workspace.WriteGoodCases(2);
        OneLine.AssertError(CliRunner.Run("robustness", cases, "-p", _workspace.WriteParams(), "-o", _workspace.Path("r.csv")), 2, "perturbation", "at least two");
    }

    [Fact]
    public void Robustness_RepeatedId_OneLineUsageError()
    {
        string good = _workspace.WriteGoodCases(2);
        string[] lines = File.ReadAllLines(good);
        string cases = _workspace.WriteCsv("twice.csv", lines[0], [lines[1], lines[1]]);
        OneLine.AssertError(CliRunner.Run("robustness", cases, "-p", Params(), "-o", _workspace.Path("r.csv")), 2, "twice.csv", "ID");
    }

    [Theory]
    [InlineData("--icc-type", "4")]
    [InlineData("--metric", "auc")]
    [InlineData("--threshold", "high")]
    public void Robustness_BadOption_OneLineNamingIt(string option, string value)
    {
        string cases = _workspace.WriteGoodCases(1);
        OneLine.AssertError(CliRunner.Run("robustness", cases, "-p", Params(), "-o", _workspace.Path("r.csv"), option, value), 2, option);
    }

    /// <summary>
    /// Cases that differ from each other (the synthetic lesion with its intensities shifted by 40 HU per case), so that
    /// features such as the mean separate the cases far more than the perturbations move them.
    /// </summary>
    private string WriteDistinctCases(int count)
    {
        var rows = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var (image, mask) = Radiomics.Examples.SyntheticCase.Create(40, 12);
            var voxels = (short[])image.Voxels;
            for (int v = 0; v < voxels.Length; v++)
            {
                voxels[v] += (short)(40 * i);
            }

            TestNifti.Write(_workspace.Path($"distinct{i}-image.nii"), image);
            TestNifti.Write(_workspace.Path($"distinct{i}-mask.nii"), mask);
            rows.Add($"D{i},distinct{i}-image.nii,distinct{i}-mask.nii");
        }

        return _workspace.WriteCsv("distinct.csv", "ID,Image,Mask", rows);
    }

    /// <summary>Two noise draws (σ 6) × two rotations, first-order features: four variants.</summary>
    private string Params()
    {
        string path = _workspace.Path("robust.yaml");
        File.WriteAllText(path, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\nperturbation:\n  noiseRepetitions: 2\n  noiseLevel: 6\n  rotationAngles: [0, 20]\n  seed: 3\n");
        return path;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
