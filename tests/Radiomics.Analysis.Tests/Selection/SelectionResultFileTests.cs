using System.Text.Json;
using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>selected.json: the agreed shape, determinism, the reader, and the CSV view.</summary>
public sealed class SelectionResultFileTests
{
    private static SelectionResult BreastCancerResult() => FeatureSelection.Run(SelectionFixture.BreastCancer(), new SelectionPipeline
    {
        Steps = [new VarianceSettings(), new CorrelationFilterSettings { Correlation = CorrelationMethod.Spearman }, new ClusterSettings { Representative = ClusterRepresentative.OutcomeAssociation }, new UnivariateSettings { Fdr = 0.01 }, new MrmrSettings { Top = 4 }],
        Outcome = SelectionOutcome.ForColumn("y"),
    });

    [Fact]
    public void Json_HasTheAgreedShape()
    {
        SelectionResult result = BreastCancerResult();
        using JsonDocument document = JsonDocument.Parse(result.ToJson());
        JsonElement root = document.RootElement;

        Assert.Equal(["format", "version", "selected", "dropped", "methods", "provenance"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("radiomics-selection", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(result.Selected, root.GetProperty("selected").EnumerateArray().Select(e => e.GetString()));
        JsonElement firstDrop = root.GetProperty("dropped")[0];
        Assert.Equal(["feature", "method", "reason"], firstDrop.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["variance", "correlation", "cluster", "univariate", "mrmr"], root.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));
        Assert.Equal("y", root.GetProperty("methods")[4].GetProperty("outcome").GetProperty("column").GetString());
        Assert.Equal(["tool", "toolVersion", "inputSha256", "settingsSha256"], root.GetProperty("provenance").EnumerateObject().Select(p => p.Name));
        Assert.Equal(FeatureTableHash.Compute(SelectionFixture.BreastCancer()), root.GetProperty("provenance").GetProperty("inputSha256").GetString());
    }

    [Fact]
    public void WriteThenRead_RoundTripsEverythingButWarnings()
    {
        using var folder = new TempFolder();
        SelectionResult result = BreastCancerResult();
        string path = folder.Combine("selected.json");

        result.Write(path);
        SelectionResult read = SelectionResult.Read(path);

        Assert.Equal(result.Selected, read.Selected);
        Assert.Equal(result.Dropped, read.Dropped);
        Assert.Equal(result.Methods, read.Methods);
        Assert.Equal(result.Outcome, read.Outcome);
        Assert.Equal(result.Provenance, read.Provenance);
        Assert.Equal(File.ReadAllText(path), read.ToJson());
    }

    [Fact]
    public void Settings_ChangeTheSettingsHashButNotTheInputHash()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        AnalysisProvenance a = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new CorrelationFilterSettings { Cutoff = 0.9 }] }).Provenance;
        AnalysisProvenance b = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new CorrelationFilterSettings { Cutoff = 0.8 }] }).Provenance;

        Assert.Equal(a.InputSha256, b.InputSha256);
        Assert.NotEqual(a.SettingsSha256, b.SettingsSha256);
    }

    [Fact]
    public void Csv_ListsKeptThenDropped()
    {
        using var folder = new TempFolder();
        FeatureTable table = SelectionFixture.Table([("a", [1.0, 2, 3]), ("b", [1.0, 1, 1]), ("c", [3.0, 1, 2])]);
        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new VarianceSettings()] });
        string path = folder.Combine("selected.csv");

        result.Write(path);

        Assert.Equal("feature,kept,method,reason\na,TRUE,,\nc,TRUE,,\nb,FALSE,variance,constant (variance 0)\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("{\"format\": \"radiomics-combat\", \"version\": 1}", "x.json: not a selection file (expected \"format\": \"radiomics-selection\")")]
    [InlineData("{\"format\": \"radiomics-selection\", \"version\": 2}", "x.json: selection file version 2; this version reads version 1")]
    [InlineData("{\"format\": \"radiomics-selection\", \"version\": 1, \"selected\": []}", "x.json: \"methods\" is missing")]
    [InlineData("not json", "x.json: not valid JSON")]
    public void Parse_RejectsOtherFiles_WithOneLine(string json, string message)
    {
        var e = Assert.Throws<SelectionException>(() => SelectionResult.Parse(json, "x.json"));
        Assert.StartsWith(message, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
