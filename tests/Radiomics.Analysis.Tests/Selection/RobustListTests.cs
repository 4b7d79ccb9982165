using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>The robustness list: the CSV `radiomics robustness` writes, or a plain list of names.</summary>
public sealed class RobustListTests
{
    private static readonly FeatureTable Table = SelectionFixture.Table([("a", [1.0, 2, 3]), ("b", [2.0, 1, 3]), ("c", [3.0, 1, 2]), ("d", [1.0, 3, 2])]);

    [Fact]
    public void CsvList_KeepsRobustFeatures_AndSaysWhyOthersGo()
    {
        using var folder = new TempFolder();
        string path = folder.File("robust.csv", "feature,icc,ci_low,ci_high,robust\nc,0.95,0.9,0.98,TRUE\na,0.91,0.85,0.95,true\nb,0.4,0.2,0.6,FALSE\nzz,0.99,0.98,1,TRUE\n");

        RobustSettings robust = RobustSettings.Read(path);
        SelectionResult result = FeatureSelection.Run(Table, new SelectionPipeline { Steps = [robust] });

        Assert.Equal(["a", "c"], result.Selected);
        Assert.Equal([new DroppedFeature("b", "robust", "not robust in robust.csv"), new DroppedFeature("d", "robust", "not listed in robust.csv")], result.Dropped);
        Assert.Equal(64, robust.SourceSha256!.Length);
    }

    [Fact]
    public void PlainList_OneNamePerLine()
    {
        using var folder = new TempFolder();
        string path = folder.File("robust.txt", "# robust features\nd\n\n b \n");

        SelectionResult result = FeatureSelection.Run(Table, new SelectionPipeline { Steps = [RobustSettings.Read(path)] });

        Assert.Equal(["b", "d"], result.Selected);
    }

    [Theory]
    [InlineData("feature,icc\na,0.9\n", "a CSV robustness list needs 'feature' and 'robust' columns")]
    [InlineData("feature,robust\na,maybe\n", "line 2: robust value 'maybe' is not TRUE or FALSE")]
    [InlineData("feature,robust\na,TRUE\na,FALSE\n", "line 3: 'a' is listed both robust and not robust")]
    public void MalformedCsv_IsOneLineNamingTheFile(string content, string problem)
    {
        using var folder = new TempFolder();
        string path = folder.File("r.csv", content);

        var e = Assert.Throws<SelectionException>(() => RobustSettings.Read(path));

        Assert.StartsWith($"--robust: {path}", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void MissingFile_IsAnError()
    {
        var e = Assert.Throws<SelectionException>(() => RobustSettings.Read("/nonexistent/robust.csv"));
        Assert.Equal("--robust: /nonexistent/robust.csv: no such file", e.Message);
    }
}
