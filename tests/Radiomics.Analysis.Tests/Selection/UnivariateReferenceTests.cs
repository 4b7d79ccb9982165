using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>Mann–Whitney, Cox score tests and BH against R (wilcox.test, coxph sctest, p.adjust).</summary>
public sealed class UnivariateReferenceTests
{
    [Fact]
    public void MannWhitney_BreastCancer_MatchesWilcoxTestAndPAdjust()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable oracle = SelectionFixture.Oracle("expected_univariate_wilcox_bc.csv");
        bool[] isCase = table.OtherColumn("y").Select(v => v == "1").ToArray();
        var columns = SelectionFixture.All(table).Select(f => (table.FeatureNames[f], table.Column(f).ToArray())).ToList();
        double[] radius = table.Column(table.IndexOfFeature("mean_radius")).ToArray();
        double[] concavity = table.Column(table.IndexOfFeature("mean_concavity")).ToArray();
        columns.Add(("floor_mean_radius", radius.Select(Math.Floor).ToArray()));
        columns.Add(("concavity_over_0.1", concavity.Select(v => v > 0.1 ? 1.0 : 0.0).ToArray()));

        var p = new double[columns.Count];
        for (int j = 0; j < columns.Count; j++)
        {
            string[] row = oracle.Where("feature", columns[j].Item1).Single();
            MannWhitneyResult test = MannWhitney.Test(columns[j].Item2, isCase);
            Assert.Equal(oracle.Number(row, "W"), test.W);
            Close.Relative(oracle.Number(row, "p"), test.PValue, 1e-10, $"p of {columns[j].Item1}");
            p[j] = test.PValue;
        }

        double[] adjusted = BenjaminiHochberg.Adjust(p);
        for (int j = 0; j < columns.Count; j++)
        {
            Close.Relative(oracle.Number(oracle.Where("feature", columns[j].Item1).Single(), "p_bh"), adjusted[j], 1e-10, $"BH p of {columns[j].Item1}");
        }
    }

    [Fact]
    public void CoxScoreTest_Lung_MatchesCoxphSctestEfron()
    {
        FeatureTable lung = FeatureTableReader.Read(TestData.Require("analysis/models/lung_complete.csv"), new FeatureTableReadSettings { ReservedColumns = ["time", "event"] });
        OracleTable oracle = SelectionFixture.Oracle("expected_univariate_coxscore_lung.csv");
        var test = new CoxScoreTest(
            lung.OtherColumn("time").Select(double.Parse).ToArray(),
            lung.OtherColumn("event").Select(v => v == "1").ToArray());

        foreach (string[] row in oracle.Rows)
        {
            string feature = oracle.Text(row, "feature");
            CoxScoreTestResult result = test.Test(lung.Column(lung.IndexOfFeature(feature)));
            Close.Relative(oracle.Number(row, "statistic"), result.Statistic, 1e-10, $"score statistic of {feature}");
            Close.Relative(oracle.Number(row, "p"), result.PValue, 1e-10, $"p of {feature}");
        }
    }

    [Fact]
    public void UnivariateStep_Lung_KeepsTheFeaturesWhoseBhPValueIsAtMostQ()
    {
        FeatureTable lung = FeatureTableReader.Read(TestData.Require("analysis/models/lung_complete.csv"), new FeatureTableReadSettings { ReservedColumns = ["time", "event"] });
        OracleTable oracle = SelectionFixture.Oracle("expected_univariate_coxscore_lung.csv");

        SelectionResult result = FeatureSelection.Run(lung, new SelectionPipeline
        {
            Steps = [new UnivariateSettings { Fdr = 0.01 }],
            Outcome = SelectionOutcome.ForSurvival("time", "event"),
        });

        Assert.Equal(oracle.Rows.Where(r => oracle.Number(r, "p_bh") <= 0.01).Select(r => oracle.Text(r, "feature")), result.Selected);
        Assert.Equal(["age", "wt.loss"], result.Dropped.Select(d => d.Feature));
        Assert.StartsWith("BH-adjusted p = 0.0300892 > 0.01 (Cox score p = ", result.Dropped[0].Reason);
    }

    [Fact]
    public void BenjaminiHochberg_TiesAndNaN_FollowPAdjust()
    {
        // p.adjust(c(0.01, 0.04, 0.04, NA, 0.2), "BH") = 0.04, 0.0533…, 0.0533…, NA, 0.2
        double[] adjusted = BenjaminiHochberg.Adjust([0.01, 0.04, 0.04, double.NaN, 0.2]);
        Assert.Equal(0.04, adjusted[0], 15);
        Assert.Equal(4 / 3.0 * 0.04, adjusted[1], 15);
        Assert.Equal(adjusted[1], adjusted[2]);
        Assert.True(double.IsNaN(adjusted[3]));
        Assert.Equal(0.2, adjusted[4], 15);
    }

    [Fact]
    public void MannWhitney_AllValuesTied_GivesNaNAsR()
    {
        MannWhitneyResult result = MannWhitney.Test([1.0, 1.0, 1.0, 1.0], [true, false, true, false]);
        Assert.True(double.IsNaN(result.PValue));
    }
}
