using System.Text.Json;
using Radiomics.Analysis.Tests.Models;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>Calibration on new data against rms 6.5-0 val.prob (maximum-likelihood recalibration, see the README).</summary>
public sealed class CalibrationTests
{
    private static readonly JsonElement Expected = FixtureCsv.Json("expected_valprob.json");

    private static CalibrationResult Evaluate()
    {
        var rows = FixtureCsv.Records("valprob_validation.csv");
        return Calibration.Evaluate(rows.Select(r => FixtureCsv.Number(r["p"])).ToArray(), rows.Select(r => r["y"] == "1").ToArray());
    }

    [Fact]
    public void Evaluate_MatchesValProb()
    {
        CalibrationResult result = Evaluate();

        Assert.Equal(Expected.GetProperty("Intercept_mle").GetDouble(), result.Intercept, 1e-8);
        Assert.Equal(Expected.GetProperty("Slope_mle").GetDouble(), result.Slope, 1e-8);
        Assert.Equal(Expected.GetProperty("Brier").GetDouble(), result.Brier, 1e-8);
        Assert.Equal(Expected.GetProperty("S:z").GetDouble(), result.SpiegelhalterZ, 1e-8);
        Assert.Equal(Expected.GetProperty("S:p").GetDouble(), result.SpiegelhalterP, 1e-8);
        Assert.Equal(Expected.GetProperty("C (ROC)").GetDouble(), result.C, 1e-9);
        Assert.Equal(Expected.GetProperty("Dxy").GetDouble(), result.Dxy, 1e-9);
    }

    [Fact]
    public void Evaluate_ValProbsOwnInterceptAndSlope_AreWithinItsStoppingError()
    {
        CalibrationResult result = Evaluate();

        Assert.Equal(Expected.GetProperty("Intercept").GetDouble(), result.Intercept, 1e-4);
        Assert.Equal(Expected.GetProperty("Slope").GetDouble(), result.Slope, 1e-4);
    }

    [Fact]
    public void Evaluate_PerfectlyCalibratedLogits_GiveInterceptZeroSlopeOne()
    {
        // y drawn from p itself: the expected recalibration is (0, 1); with p on both sides of 1/2 and a fixed
        // outcome pattern that makes the score equations hold exactly the MLE is exactly (0, 1).
        double[] p = [0.2, 0.2, 0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8, 0.8];
        bool[] y = [true, false, false, false, false, true, true, true, true, false];

        CalibrationResult result = Calibration.Evaluate(p, y);

        Assert.Equal(0, result.Intercept, 1e-12);
        Assert.Equal(1, result.Slope, 1e-12);
        Assert.Equal(0, result.SpiegelhalterZ, 1e-12);
    }
}
