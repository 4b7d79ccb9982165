using System.Text;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Tests.Bundles;

/// <summary>Bundles: deterministic bytes, the hash catches any change, creation checks the chain, verification and prediction.</summary>
public sealed class BundleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-bundle-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Create_WriteRead_SameBytesEveryTime_AndVerifies()
    {
        ModelBundle bundle = BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model());
        var (first, sha) = BundleFile.Serialize(bundle);
        var (second, _) = BundleFile.Serialize(BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model()));
        Assert.Equal(first, second);

        string path = Path.Combine(_folder, "study.rbundle");
        Assert.Equal(sha, BundleFile.Write(bundle, path));
        ModelBundle read = BundleFile.Read(path);

        Assert.Equal(sha, read.ContentSha256);
        Assert.Equal(BundleFixture.Features.Order(), read.RequiredFeatures.Order());
        Assert.Equal(ModelJson.Serialise(bundle.Model), ModelJson.Serialise(read.Model));
        Assert.Equal(BundleFixture.Parameters, read.Extraction.ParameterText);
        Assert.Equal(first, BundleFile.Serialize(read).Bytes);
        Assert.Equal(3, BundleVerifier.Verify(BundlePipeline.Open(read)));
    }

    [Fact]
    public void Read_OneByteChanged_FailsWithOneLine()
    {
        string path = Path.Combine(_folder, "study.rbundle");
        BundleFile.Write(BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model()), path);
        byte[] bytes = File.ReadAllBytes(path);
        string text = Encoding.UTF8.GetString(bytes);
        int coefficient = text.IndexOf("\"coefficient\": ", StringComparison.Ordinal) + "\"coefficient\": ".Length + 3;
        foreach (int position in new[] { coefficient, text.IndexOf("content_sha256", StringComparison.Ordinal) + 20, text.IndexOf("binWidth", StringComparison.Ordinal) + 10 })
        {
            byte[] changed = (byte[])bytes.Clone();
            changed[position] = (byte)(changed[position] == (byte)'1' ? '2' : '1');

            var e = Assert.Throws<BundleException>(() => BundleFile.Parse(changed, "study.rbundle"));

            Assert.StartsWith("study.rbundle: ", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    [Fact]
    public void Create_ModelNeedsAFeatureTheParametersDoNotProduce_FailsNamingIt()
    {
        var e = Assert.Throws<BundleException>(() =>
            BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model("original_firstorder_Mean", "original_glszm_ZoneEntropy")));

        Assert.Contains("'original_glszm_ZoneEntropy'", e.Message);
        Assert.DoesNotContain("'original_firstorder_Mean'", e.Message);
        Assert.Contains("params.yaml", e.Message);
    }

    [Fact]
    public void Create_ModelFeatureNotSelected_OrHarmonisationWithCovariates_Fails()
    {
        var selection = new BundleSelection("selected.json", ["original_firstorder_Mean", "original_glcm_Contrast"]);
        var e = Assert.Throws<BundleException>(() => BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model(), selection: selection));
        Assert.Contains("'original_shape_Sphericity'", e.Message);

        var covariates = Assert.Throws<BundleException>(() =>
            BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model(), BundleFixture.Combat(BundleFixture.Features, withCovariate: true)));
        Assert.Contains("age", covariates.Message);

        var missing = Assert.Throws<BundleException>(() =>
            BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model(), BundleFixture.Combat(BundleFixture.Features[..2])));
        Assert.Contains("'original_shape_Sphericity'", missing.Message);
        Assert.Contains("harmonisation does not output", missing.Message);
    }

    [Fact]
    public void Verify_CheckValueDiffers_FailsNamingTheFeature()
    {
        ModelBundle bundle = BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model());
        var values = bundle.CheckCase.Values.ToArray();
        values[1] = KeyValuePair.Create(values[1].Key, BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(values[1].Value) + 1));
        ModelBundle other = BundleFile.Parse(BundleFile.Serialize(bundle with { CheckCase = bundle.CheckCase with { Values = values } }).Bytes, "other.rbundle");

        var e = Assert.Throws<BundleException>(() => BundleVerifier.Verify(BundlePipeline.Open(other, "other.rbundle"), "other.rbundle"));

        Assert.Contains($"'{values[1].Key}'", e.Message);
        Assert.Contains("computes the check case differently", e.Message);
    }

    [Fact]
    public void Open_SettingsBoundDifferently_Fails()
    {
        ModelBundle bundle = BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model());
        ModelBundle other = bundle with { Extraction = bundle.Extraction with { SettingsJson = bundle.Extraction.SettingsJson.Replace("\"binWidth\":25", "\"binWidth\":20", StringComparison.Ordinal) } };
        Assert.NotEqual(bundle.Extraction.SettingsJson, other.Extraction.SettingsJson);

        var e = Assert.Throws<BundleException>(() => BundlePipeline.Open(other));

        Assert.Contains("other settings", e.Message);
    }

    [Fact]
    public void Predict_WithHarmonisation_EqualsExtractApplyPredictByHand_BitForBit()
    {
        CombatModel combat = BundleFixture.Combat(BundleFixture.Features);
        ModelBundle bundle = BundleFile.Parse(
            BundleFile.Serialize(BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model(), combat)).Bytes, "study.rbundle");
        var pipeline = BundlePipeline.Open(bundle);
        var cases = new[] { CheckCaseImage.Create(7, 24, 1), CheckCaseImage.Create(8, 20, 1) };

        var results = cases.Select(c => pipeline.Extract(c.Image, c.Mask)).ToArray();
        var predictions = pipeline.Predict(["a", "b"], results.Select(r => (IReadOnlyDictionary<string, double>)r.Features.ToDictionary()).ToArray(), ["B", "C"]);

        var extractor = new RadiomicsExtractor(PipelineParameters.Parse(BundleFixture.Parameters, "params.yaml"));
        var byHand = cases.Select(c => extractor.Extract(c.Image, c.Mask)).ToArray();
        var table = new FeatureTable(["a", "b"], BundleFixture.Features, BundleFixture.Features.Select(f => byHand.Select(r => r[f].Number).ToArray()).ToArray(),
            [KeyValuePair.Create("scanner", new[] { "B", "C" })]);
        var expected = ModelPredictor.Predict(bundle.Model, Combat.Apply(combat, table));
        Assert.Equal(expected.LinearPredictor, predictions.LinearPredictor);
        Assert.Equal(expected.Probability, predictions.Probability);

        var alone = pipeline.Predict(["b"], [results[1].Features.ToDictionary()], ["C"]);
        Assert.Equal(predictions.LinearPredictor[1], alone.LinearPredictor[0]);
    }

    [Fact]
    public void CheckBatch_UnseenMissingOrUnwanted_FailsNamingIt()
    {
        var harmonised = BundlePipeline.Open(BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model(), BundleFixture.Combat(BundleFixture.Features)));
        Assert.Contains("'Z'", Assert.Throws<BundleException>(() => harmonised.CheckBatch("Z")).Message);
        Assert.Contains("A, B, C", Assert.Throws<BundleException>(() => harmonised.CheckBatch(null)).Message);
        harmonised.CheckBatch("A");

        var plain = BundlePipeline.Open(BundleBuilder.Create("params.yaml", BundleFixture.Parameters, BundleFixture.Model()));
        Assert.Contains("no harmonisation", Assert.Throws<BundleException>(() => plain.CheckBatch("A")).Message);
    }

    [Fact]
    public void CheckCaseImage_SameSeedSameVoxels_OtherSeedOtherVoxels()
    {
        var (a, maskA) = CheckCaseImage.Create(1, 16, 3);
        var (b, _) = CheckCaseImage.Create(1, 16, 3);
        var (c, _) = CheckCaseImage.Create(2, 16, 3);

        Assert.Equal((short[])a.Voxels, (short[])b.Voxels);
        Assert.NotEqual((short[])a.Voxels, (short[])c.Voxels);
        Assert.Contains((byte)3, (byte[])maskA.Voxels);
    }

    [Fact]
    public void SelectionList_ReadsSelectionJsonAndNameFiles()
    {
        string json = Path.Combine(_folder, "selected.json");
        File.WriteAllText(json, """{"format": "radiomics-selection", "version": 1, "selected": ["b", "a"], "dropped": ["c"], "methods": [], "provenance": {}}""");
        string text = Path.Combine(_folder, "features.txt");
        File.WriteAllText(text, "# chosen\nb\n\na\n");

        Assert.Equal(["b", "a"], SelectionList.Read(json));
        Assert.Equal(["b", "a"], SelectionList.Read(text));
        File.WriteAllText(text, "a\na\n");
        Assert.Contains("'a' is listed twice", Assert.Throws<BundleException>(() => SelectionList.Read(text)).Message);
    }
}
