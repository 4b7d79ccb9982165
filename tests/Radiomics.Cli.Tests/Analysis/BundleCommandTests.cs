using System.Globalization;
using System.Text;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// bundle create → verify → predict on the IBSI CT phantom: predictions equal extract → harmonize apply → model predict
/// done by hand, bit for bit; a changed byte fails verify and predict; creation checks the chain; errors are one line.
/// </summary>
public sealed class BundleCommandTests : IDisposable
{
    private const string Parameters = Radiomics.Benchmarks.Analysis.SyntheticCohort.Parameters;

    private static readonly string[] Features = ["original_firstorder_Mean", "original_glcm_Contrast", "original_shape_Sphericity", "original_firstorder_Energy"];

    private readonly CliWorkspace _work = new();

    public BundleCommandTests()
    {
        File.WriteAllText(_work.Path("params.yaml"), Parameters);
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void CreateVerifyPredict_WithHarmonisation_EqualsExtractHarmonizePredictByHand()
    {
        string bundle = Bundle(harmonised: true);
        var verify = CliRunner.Run("bundle", "verify", bundle);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("reproduced bit for bit", verify.Output);

        string predictions = _work.Path("bundle-predictions.csv");
        var predict = CliRunner.Run("bundle", "predict", bundle, TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "--batch", "B", "--out", predictions);
        Assert.True(predict.ExitCode == 0, predict.Error);

        string features = _work.Path("phantom-features.csv");
        Assert.Equal(0, CliRunner.Run("extract", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-p", _work.Path("params.yaml"), "-o", features).ExitCode);
        string withBatch = AnalysisData.EditedCopy(features, _work.Path("phantom-batch.csv"), (i, cells) => [i == 0 ? "scanner" : "B", .. cells]);
        Assert.Equal(0, CliRunner.Run("harmonize", "apply", withBatch, "--model", _work.Path("combat.json"), "--out", _work.Path("phantom-harmonised.csv")).ExitCode);
        Assert.Equal(0, CliRunner.Run("model", "predict", _work.Path("model.json"), _work.Path("phantom-harmonised.csv"), "--out", _work.Path("by-hand.csv")).ExitCode);

        var row = Row(predictions, 1);
        var byHand = Row(_work.Path("by-hand.csv"), 1);
        Assert.Equal(byHand["linear_predictor"], row["linear_predictor"]);
        Assert.Equal(byHand["probability"], row["probability"]);
        Assert.Equal("B", row["scanner"]);
        Assert.Equal(verify.Output.Split("SHA-256 ")[1][..64], row["bundle_sha256"]);
        Assert.Equal(Radiomics.Extraction.InputDescription.HashFile(TestData.IbsiCtPhantomImage), row["image_sha256"]);
        Assert.Equal(Radiomics.Extraction.InputDescription.HashFile(TestData.IbsiCtPhantomMask), row["mask_sha256"]);
        Assert.False(string.IsNullOrEmpty(row["tool_version"]));
    }

    [Fact]
    public void Predict_CaseList_RowsEqualOneCaseRuns()
    {
        string bundle = Bundle(harmonised: false);
        string cases = _work.WriteCsv("cases.csv", "ID,Image,Mask", [$"P1,{TestData.IbsiCtPhantomImage},{TestData.IbsiCtPhantomMask}", $"P2,{TestData.IbsiCtPhantomImage},{TestData.IbsiCtPhantomMask}"]);
        string many = _work.Path("many.csv"), one = _work.Path("one.csv");

        var run = CliRunner.Run("bundle", "predict", bundle, "--cases", cases, "--out", many);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, CliRunner.Run("bundle", "predict", bundle, TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-o", one).ExitCode);

        Assert.Equal("P2", Row(many, 2)["ID"]);
        Assert.Equal(Row(one, 1)["linear_predictor"], Row(many, 2)["linear_predictor"]);
        Assert.Equal("", Row(many, 1)["error"]);
    }

    [Fact]
    public void Predict_DicomSeriesAndRtstruct_EqualsExtractThenModelPredict()
    {
        string bundle = Bundle(harmonised: false);
        string series = TestData.Require("ibsi1/ct_phantom/dicom/image"), rtstruct = TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        string predictions = _work.Path("dicom-predictions.csv"), features = _work.Path("dicom-features.csv"), byHand = _work.Path("dicom-by-hand.csv");

        var run = CliRunner.Run("bundle", "predict", bundle, series, rtstruct, "--out", predictions);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, CliRunner.Run("extract", series, rtstruct, "-p", _work.Path("params.yaml"), "-o", features).ExitCode);
        Assert.Equal(0, CliRunner.Run("model", "predict", _work.Path("model.json"), features, "--out", byHand).ExitCode);
        Assert.Equal(Row(byHand, 1)["linear_predictor"], Row(predictions, 1)["linear_predictor"]);
        Assert.Equal("", Row(predictions, 1)["image_sha256"]);
        Assert.Equal(Radiomics.Extraction.InputDescription.HashFile(rtstruct), Row(predictions, 1)["mask_sha256"]);
    }

    [Fact]
    public void TamperedBundle_OneByteChanged_FailsVerifyAndPredict()
    {
        string bundle = Bundle(harmonised: false);
        byte[] bytes = File.ReadAllBytes(bundle);
        int at = Encoding.UTF8.GetString(bytes).IndexOf("\"intercept\": ", StringComparison.Ordinal) + "\"intercept\": ".Length + 2;
        bytes[at] = (byte)(bytes[at] == (byte)'7' ? '8' : '7');
        string tampered = _work.Path("tampered.rbundle");
        File.WriteAllBytes(tampered, bytes);

        OneLine.AssertError(CliRunner.Run("bundle", "verify", tampered), 1, "tampered.rbundle", "changed");
        OneLine.AssertError(CliRunner.Run("bundle", "predict", tampered, TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask), 1, "changed");
    }

    [Fact]
    public void Create_ModelNeedsAFeatureTheParametersDoNotProduce_FailsNamingIt()
    {
        TrainModel(["original_firstorder_Mean", "original_glszm_ZoneEntropy"], "glszm-model.json");

        var run = CliRunner.Run("bundle", "create", "--params", _work.Path("params.yaml"), "--model", _work.Path("glszm-model.json"), "--out", _work.Path("x.rbundle"));

        OneLine.AssertError(run, 1, "'original_glszm_ZoneEntropy'", "params.yaml");
        Assert.False(File.Exists(_work.Path("x.rbundle")));
    }

    [Fact]
    public void Errors_AreOneLine()
    {
        string bundle = Bundle(harmonised: true);
        string image = TestData.IbsiCtPhantomImage, mask = TestData.IbsiCtPhantomMask;
        OneLine.AssertError(CliRunner.Run("bundle", "predict", bundle, image, mask, "--params", _work.Path("params.yaml")), 2, "--params", "locked");
        OneLine.AssertError(CliRunner.Run("bundle", "predict", bundle, image, mask, "-s", "binWidth:10", "--batch", "A"), 2, "--setting", "locked");
        OneLine.AssertError(CliRunner.Run("bundle", "predict", bundle, image, mask, "--batch", "Z"), 1, "'Z'", "A, B");
        OneLine.AssertError(CliRunner.Run("bundle", "predict", bundle, image, mask), 1, "--batch");
        OneLine.AssertError(CliRunner.Run("bundle", "predict", bundle), 2, "IMAGE MASK");
        OneLine.AssertError(CliRunner.Run("bundle", "verify", _work.Path("none.rbundle")), 1, "none.rbundle");
        OneLine.AssertError(CliRunner.Run("bundle", "verify", _work.Path("params.yaml")), 1, "params.yaml");
        OneLine.AssertError(CliRunner.Run("bundle", "create", "--params", _work.Path("nope.yaml"), "--model", _work.Path("model.json"), "--out", _work.Path("y.rbundle")), 1, "nope.yaml");
    }

    /// <summary>A model on <see cref="Features"/> (and with <paramref name="harmonised"/> ComBat estimates over them, batches A and B) bundled with the parameter file.</summary>
    private string Bundle(bool harmonised)
    {
        TrainModel(Features, "model.json");
        string bundle = _work.Path(harmonised ? "harmonised.rbundle" : "study.rbundle");
        var args = new List<string> { "bundle", "create", "--params", _work.Path("params.yaml"), "--model", _work.Path("model.json"), "--out", bundle };
        if (harmonised)
        {
            var random = new Random(4);
            string table = _work.WriteCsv("combat-train.csv", "ID,scanner," + string.Join(",", Features), Enumerable.Range(0, 24).Select(i =>
                $"s{i},{(i % 2 == 0 ? "A" : "B")}," + string.Join(",", Features.Select((_, j) => (100.0 * (j + 1) + 7 * (i % 2) + 3 * random.NextDouble()).ToString("R", CultureInfo.InvariantCulture)))));
            Assert.Equal(0, CliRunner.Run("harmonize", "fit", table, "--batch", "scanner", "--model", _work.Path("combat.json")).ExitCode);
            args.AddRange(["--harmonization", _work.Path("combat.json")]);
        }

        var run = CliRunner.Run([.. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches("^[0-9a-f]{64}  ", run.Output);
        return bundle;
    }

    /// <summary>An unpenalised logistic model on <paramref name="features"/>, trained on a seeded synthetic table.</summary>
    private void TrainModel(string[] features, string name)
    {
        var random = new Random(2);
        string table = _work.WriteCsv(name + ".csv", "ID,y," + string.Join(",", features), Enumerable.Range(0, 60).Select(i =>
        {
            double[] x = features.Select(_ => random.NextDouble()).ToArray();
            return $"c{i},{(x[0] + 0.4 * random.NextDouble() > 0.7 ? 1 : 0)}," + string.Join(",", x.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        }));
        var run = CliRunner.Run("model", "train", table, "--outcome", "y", "--learner", "logistic", "--out", _work.Path(name));
        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>Data row <paramref name="row"/> (1-based) of a CSV without quoted commas, by column name.</summary>
    private static Dictionary<string, string> Row(string path, int row)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(','), cells = lines[row].Split(',');
        return header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i < cells.Length ? cells[p.i] : "");
    }
}
