using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>The product-limit estimate against cases computed by hand with survfit's conventions.</summary>
public sealed class KaplanMeierTests
{
    private const double Z975 = 1.959963984540054;

    [Fact]
    public void Estimate_TiedEventsAndCensorings_MatchesTheHandComputedProductLimit()
    {
        // time:   1  2  2  3  4  4  5  6
        // event:  E  E  C  E  E  E  C  E      (a censoring at 2 is at risk at 2, as survfit)
        double[] time = [4, 2, 1, 6, 3, 2, 5, 4];
        bool[] died = [true, false, true, true, true, true, false, true];

        KaplanMeierCurve curve = KaplanMeier.Estimate(time, died);

        Assert.Equal([1.0, 2, 3, 4, 5, 6], curve.Time);
        Assert.Equal([8, 7, 5, 4, 2, 1], curve.AtRisk);
        Assert.Equal([1, 1, 1, 2, 0, 1], curve.Events);
        Assert.Equal([0, 1, 0, 0, 1, 0], curve.Censored);
        double[] survival = [7.0 / 8, 7.0 / 8 * 6 / 7, 7.0 / 8 * 6 / 7 * 4 / 5, 7.0 / 8 * 6 / 7 * 4 / 5 * 2 / 4, 7.0 / 8 * 6 / 7 * 4 / 5 * 2 / 4, 0];
        for (int k = 0; k < survival.Length; k++)
        {
            Assert.Equal(survival[k], curve.Survival[k], 15);
        }

        double[] greenwood = [1.0 / 56, 1.0 / 56 + 1.0 / 42, 1.0 / 56 + 1.0 / 42 + 1.0 / 20, 1.0 / 56 + 1.0 / 42 + 1.0 / 20 + 2.0 / 8];
        for (int k = 0; k < greenwood.Length; k++)
        {
            double se = Math.Sqrt(greenwood[k]);
            Assert.Equal(se, curve.StandardError[k], 14);
            Assert.Equal(survival[k] * Math.Exp(-Z975 * se), curve.Lower[k], 14);
            Assert.Equal(Math.Min(1, survival[k] * Math.Exp(Z975 * se)), curve.Upper[k], 14);
        }

        Assert.Equal(curve.StandardError[3], curve.StandardError[4]);
        Assert.True(double.IsPositiveInfinity(curve.StandardError[5]));
        Assert.True(double.IsNaN(curve.Lower[5]) && double.IsNaN(curve.Upper[5]));
        Assert.Equal(4, curve.Median);
        Assert.Equal(0.75, curve.SurvivalAt(2.5), 15);
        Assert.Equal(1, curve.SurvivalAt(0.5));
    }

    [Fact]
    public void Estimate_SurvivalExactlyHalfOverAnInterval_MedianIsTheMidpointAsSurvfit()
    {
        KaplanMeierCurve curve = KaplanMeier.Estimate([1, 2, 3, 4], [true, true, true, true]);

        Assert.Equal([0.75, 0.5, 0.25, 0], curve.Survival);
        Assert.Equal(2.5, curve.Median);
    }

    [Fact]
    public void Estimate_NoEvents_StaysAtOneAndHasNoMedian()
    {
        KaplanMeierCurve curve = KaplanMeier.Estimate([3, 1, 2], [false, false, false]);

        Assert.All(curve.Survival, s => Assert.Equal(1, s));
        Assert.True(double.IsNaN(curve.Median));
        Assert.Equal(3, curve.Subjects);
    }

    [Fact]
    public void Estimate_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([1, -1], [true, true]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([1, 2], [true]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([], []));
    }
}
