using Radiomics.Analysis.Plots;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Plots;

/// <summary>The ROC, calibration and Kaplan–Meier plots render headless to non-blank PNGs (and SVGs); the points they draw are right.</summary>
public sealed class ValidationPlotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-plots-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RocPlot_TwoScores_WritesDrawnPngAndSvg()
    {
        var (score, other, isCase) = Scores();
        RocScore[] curves =
        [
            new("probability", score, DeLong.Auc(score, isCase)),
            new("other", other, DeLong.Auc(other, isCase)),
        ];

        var files = RocPlot.Write(Path.Combine(_folder, "roc"), curves, isCase);

        Assert.Equal([Path.Combine(_folder, "roc.png"), Path.Combine(_folder, "roc.svg")], files);
        PlotAssert.IsDrawnPng(files[0]);
        Assert.Contains("<svg", File.ReadAllText(files[1]));
    }

    [Fact]
    public void RocPoints_TrapezoidAreaEqualsTheAucWithTies()
    {
        double[] score = [0.1, 0.4, 0.4, 0.8, 0.4, 0.9, 0.2];
        bool[] isCase = [false, true, false, true, false, true, true];

        var (fpr, tpr) = RocPlot.Points(score, isCase, ScoreDirection.HigherMeansCase);

        double area = 0;
        for (int k = 1; k < fpr.Length; k++)
        {
            area += (fpr[k] - fpr[k - 1]) * (tpr[k] + tpr[k - 1]) / 2;
        }

        Assert.Equal((0.0, 0.0), (fpr[0], tpr[0]));
        Assert.Equal((1.0, 1.0), (fpr[^1], tpr[^1]));
        Assert.Equal(DeLong.Auc(score, isCase).Auc, area, 14);
    }

    [Fact]
    public void CalibrationPlot_WritesDrawnPng_AndGroupsHaveEqualSizes()
    {
        var (score, _, isCase) = Scores();
        CalibrationResult calibration = Calibration.Evaluate(score, isCase);

        var files = CalibrationPlot.Write(Path.Combine(_folder, "calibration"), score, isCase, calibration, options: new PlotOptions { Svg = false });

        Assert.Single(files);
        PlotAssert.IsDrawnPng(files[0]);
        var (predicted, observed, low, high) = CalibrationPlot.Groups(score, isCase, 10);
        Assert.Equal(10, predicted.Length);
        Assert.Equal(isCase.Count(c => c) / (double)isCase.Length, observed.Average(), 12); // 200 rows: 10 groups of 20
        Assert.All(Enumerable.Range(0, 10), k => Assert.InRange(observed[k], low[k], high[k]));
        Assert.True(predicted.Zip(predicted.Skip(1)).All(p => p.First <= p.Second));
    }

    [Fact]
    public void SurvivalPlot_MedianSplit_WritesDrawnPng()
    {
        var random = new Random(3);
        int n = 120;
        double[] score = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        double[] time = score.Select(s => Math.Round(-Math.Log(1 - random.NextDouble()) / (0.2 + s), 3) + 0.01).ToArray();
        bool[] died = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7).ToArray();

        var files = SurvivalPlot.Write(Path.Combine(_folder, "km"), time, died, score, "linear_predictor");

        PlotAssert.IsDrawnPng(files[0]);
        bool[] high = SurvivalPlot.HighRisk(score);
        Assert.Equal(n / 2, high.Count(h => h));
    }

    [Fact]
    public void SurvivalPlot_AllScoresEqual_ThrowsNamingTheScore()
    {
        var e = Assert.Throws<ArgumentException>(() => SurvivalPlot.Write(Path.Combine(_folder, "km"), [1, 2, 3], [true, false, true], [0.5, 0.5, 0.5], "lp"));
        Assert.Contains("'lp'", e.Message);
    }

    private static (double[] Score, double[] Other, bool[] IsCase) Scores()
    {
        var random = new Random(11);
        int n = 200;
        bool[] isCase = Enumerable.Range(0, n).Select(i => i % 3 == 0).ToArray();
        double[] score = isCase.Select(c => Math.Clamp((c ? 0.6 : 0.3) + 0.25 * (random.NextDouble() - 0.5) * 2, 0.01, 0.99)).ToArray();
        double[] other = isCase.Select(c => (c ? 0.2 : 0) + random.NextDouble()).ToArray();
        return (score, other, isCase);
    }
}
