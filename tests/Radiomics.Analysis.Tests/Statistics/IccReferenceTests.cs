using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Statistics;

/// <summary>The six ICCs against psych::ICC(lmer = FALSE) 2.2.9 (tests/data/analysis/icc/expected_icc.csv).</summary>
public sealed class IccReferenceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string> Tables => new()
    {
        { "sf1979_long.csv", "Rater" },
        { "cohort30x5_long.csv", "Rater" },
        { "testretest20x2_long.csv", "Session" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Compute_EveryFeatureAndForm_MatchesPsych(string file, string raterColumn)
    {
        var expected = OracleTable.Read(TestData.Require("analysis/icc/expected_icc.csv"));
        IccReport report = Compute(file, raterColumn);
        var expectedRows = expected.Where("table", file).ToList();
        Assert.Equal(expectedRows.Count, report.Rows.Count);
        foreach (string[] e in expectedRows)
        {
            string feature = expected.Text(e, "feature");
            IccRow row = report.Rows.Single(r => r.Feature == feature && IccTypes.PsychName(r.Type) == expected.Text(e, "type"));
            string what = $"{file} {feature} {row.TypeLabel}";
            Assert.Equal(expected.Text(e, "shrout_fleiss"), row.TypeLabel);
            Assert.Equal(expected.Text(e, "mcgraw_wong"), IccTypes.McGrawWongName(row.Type));
            Close.Absolute(expected.Number(e, "icc"), row.Estimate.Icc, Tolerance, what + " icc");
            Close.Absolute(expected.Number(e, "ci_low"), row.Estimate.CiLow, Tolerance, what + " ci_low");
            Close.Absolute(expected.Number(e, "ci_high"), row.Estimate.CiHigh, Tolerance, what + " ci_high");
            Close.Relative(expected.Number(e, "F"), row.Estimate.F, Tolerance, what + " F");
            Close.Absolute(expected.Number(e, "df1"), row.Estimate.Df1, 0, what + " df1");
            Close.Absolute(expected.Number(e, "df2"), row.Estimate.Df2, 0, what + " df2");
            Close.Relative(expected.Number(e, "p"), row.Estimate.P, Tolerance, what + " p");
            Assert.Equal((int)expected.Number(e, "n_subjects"), row.Subjects);
            Assert.Equal((int)expected.Number(e, "n_raters"), row.Raters);
        }
    }

    [Fact]
    public void Compute_ShroutFleissTable2_GivesThePublishedValues()
    {
        IccReport report = Compute("sf1979_long.csv", "Rater");
        double[] published = [0.17, 0.29, 0.71, 0.44, 0.62, 0.91];
        foreach (IccType type in IccTypes.All)
        {
            Assert.Equal(published[(int)type], Math.Round(report.Rows.Single(r => r.Type == type).Estimate.Icc, 2));
        }
    }

    [Fact]
    public void Compute_NaNForOneSubject_DropsItForThatFeatureOnlyAndWarns()
    {
        IccReport report = Compute("cohort30x5_long.csv", "Rater");
        Assert.All(report.Rows.Where(r => r.Feature == "with_nan"), r => Assert.Equal(29, r.Subjects));
        Assert.All(report.Rows.Where(r => r.Feature != "with_nan"), r => Assert.Equal(30, r.Subjects));
        string warning = Assert.Single(report.Warnings);
        Assert.Contains("'with_nan'", warning);
        Assert.Contains("'S07'", warning);
    }

    [Fact]
    public void Compute_ConstantFeature_IsOneWithUnitInterval()
    {
        IccReport report = Compute("cohort30x5_long.csv", "Rater");
        Assert.All(report.Rows.Where(r => r.Feature == "constant"), r => Assert.Equal(IccEstimate.Constant, r.Estimate));
    }

    private static IccReport Compute(string file, string raterColumn)
    {
        FeatureTable table = FeatureTableReader.Read(
            TestData.Require($"analysis/icc/{file}"),
            new FeatureTableReadSettings { ReservedColumns = ["Subject", raterColumn] });
        return Icc.Compute(new IccSettings { SubjectColumn = "Subject", RaterColumn = raterColumn }, table);
    }
}
