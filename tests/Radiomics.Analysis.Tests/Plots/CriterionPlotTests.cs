using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Plots;

namespace Radiomics.Analysis.Tests.Plots;

/// <summary>The habitat criterion curve renders headless to a drawn PNG (and an SVG), leaving failed candidates out.</summary>
public sealed class CriterionPlotTests : IDisposable
{
    private static readonly ClusterCountScore[] Scores =
    [
        new(4, 0.52, double.NaN, 10, null),
        new(2, 0.61, double.NaN, 30, null),
        new(3, 0.85, double.NaN, 12, null),
        new(5, double.NaN, double.NaN, double.NaN, "an empty cluster"),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-criterion-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Points_LeaveFailedCandidatesOut_InOrderOfK()
    {
        var (k, value) = CriterionPlot.Points(Scores, ClusterCountCriterion.Silhouette);

        Assert.Equal([2.0, 3, 4], k);
        Assert.Equal([0.61, 0.85, 0.52], value);
        Assert.Empty(CriterionPlot.Points(Scores, ClusterCountCriterion.Bic).K);
    }

    [Fact]
    public void Write_Silhouette_WritesDrawnPngAndSvg()
    {
        var files = CriterionPlot.Write(Path.Combine(_folder, "case_criterion"), "case: habitats", Scores, ClusterCountCriterion.Silhouette, chosen: 3);

        Assert.Equal([Path.Combine(_folder, "case_criterion.png"), Path.Combine(_folder, "case_criterion.svg")], files);
        PlotAssert.IsDrawnPng(files[0]);
        string svg = File.ReadAllText(files[1]);
        Assert.Contains("<svg", svg);
        Assert.Contains("chosen: k = 3", svg);
    }

    [Fact]
    public void Write_SameScoresTwice_GivesTheSameBytes()
    {
        // ScottPlot numbers SVG clip paths per process; the files must not depend on what was drawn before.
        var first = CriterionPlot.Write(Path.Combine(_folder, "a"), "t", Scores, ClusterCountCriterion.Silhouette, 3);
        var second = CriterionPlot.Write(Path.Combine(_folder, "b"), "t", Scores, ClusterCountCriterion.Silhouette, 3);

        Assert.Equal(File.ReadAllBytes(first[0]), File.ReadAllBytes(second[0]));
        Assert.Equal(File.ReadAllText(first[1]), File.ReadAllText(second[1]));
        Assert.Contains("url(#cl_1)", File.ReadAllText(first[1]));
    }
}
