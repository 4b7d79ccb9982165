using System.Text.Json;
using Radiomics.Analysis.Tests.Models;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>ROC AUC, DeLong SE/CI and the paired DeLong test against pROC 1.18.0.</summary>
public sealed class DeLongTests
{
    private const double Tolerance = 1e-9;

    private static readonly JsonElement Expected = FixtureCsv.Json("expected_roc_delong.json");

    private static (double[] P1, double[] P2, bool[] Y) Predictions()
    {
        var rows = FixtureCsv.Records("roc_predictions.csv");
        return (rows.Select(r => FixtureCsv.Number(r["p1"])).ToArray(),
                rows.Select(r => FixtureCsv.Number(r["p2"])).ToArray(),
                rows.Select(r => r["y"] == "1").ToArray());
    }

    [Theory]
    [InlineData("score", true)]
    [InlineData("compare", false)]
    public void Auc_MatchesProcDeLong(string name, bool first)
    {
        var (p1, p2, y) = Predictions();
        JsonElement expected = Expected.GetProperty(name);

        AucEstimate auc = DeLong.Auc(first ? p1 : p2, y);

        Assert.Equal(expected.GetProperty("auc").GetDouble(), auc.Auc, Tolerance);
        Assert.Equal(expected.GetProperty("se").GetDouble(), auc.StandardError, Tolerance);
        Assert.Equal(expected.GetProperty("ci_low").GetDouble(), auc.Lower, Tolerance);
        Assert.Equal(expected.GetProperty("ci_high").GetDouble(), auc.Upper, Tolerance);
        Assert.Equal(expected.GetProperty("ci_low_unclipped").GetDouble(), auc.LowerUnclipped, Tolerance);
        Assert.Equal(expected.GetProperty("ci_high_unclipped").GetDouble(), auc.UpperUnclipped, Tolerance);
        Assert.Equal(Expected.GetProperty("n_cases").GetInt32(), auc.Cases);
        Assert.Equal(Expected.GetProperty("n_controls").GetInt32(), auc.Controls);
    }

    [Fact]
    public void Auc_UpperBoundAboveOne_IsClippedLikeProc()
    {
        var (p1, _, y) = Predictions();

        AucEstimate auc = DeLong.Auc(p1, y);

        Assert.True(auc.UpperUnclipped > 1);
        Assert.Equal(1, auc.Upper);
    }

    [Fact]
    public void PairedTest_MatchesProcRocTest()
    {
        var (p1, p2, y) = Predictions();
        JsonElement expected = Expected.GetProperty("paired");

        PairedAucComparison test = DeLong.PairedTest(p1, p2, y);

        Assert.Equal(expected.GetProperty("z").GetDouble(), test.Z, Tolerance);
        Assert.Equal(expected.GetProperty("p").GetDouble(), test.P, 1e-15);
        Assert.Equal(expected.GetProperty("p").GetDouble(), test.P, expected.GetProperty("p").GetDouble() * 1e-8);
        Assert.Equal(expected.GetProperty("auc_difference").GetDouble(), test.Difference, Tolerance);
        Assert.Equal(expected.GetProperty("covariance").GetDouble(), test.Covariance, 1e-15);
    }

    [Fact]
    public void Auc_PerfectlySeparatingScore_IsOne()
    {
        double[] score = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9];
        bool[] isCase = [false, false, false, true, true, true];

        Assert.Equal(1, DeLong.Auc(score, isCase).Auc);
        Assert.Equal(0, DeLong.Auc(score, isCase, ScoreDirection.LowerMeansCase).Auc);
    }

    [Fact]
    public void Auc_ConstantScore_IsOneHalf()
    {
        double[] score = [1, 1, 1, 1];
        bool[] isCase = [false, true, false, true];

        Assert.Equal(0.5, DeLong.Auc(score, isCase).Auc);
    }

    [Fact]
    public void Auc_ReversedDirection_IsOneMinusAuc()
    {
        var (p1, _, y) = Predictions();

        AucEstimate up = DeLong.Auc(p1, y);
        AucEstimate down = DeLong.Auc(p1, y, ScoreDirection.LowerMeansCase);

        Assert.Equal(1 - up.Auc, down.Auc, 1e-15);
        Assert.Equal(up.StandardError, down.StandardError, 1e-15);
    }

    [Fact]
    public void PairedTest_SameScoreTwice_IsZero()
    {
        var (p1, _, y) = Predictions();

        Assert.Equal(0, DeLong.PairedTest(p1, p1, y).Z);
    }
}
