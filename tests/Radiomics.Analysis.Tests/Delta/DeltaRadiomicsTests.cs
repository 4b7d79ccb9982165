using System.Globalization;
using Radiomics.Analysis.Delta;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Habitats;

namespace Radiomics.Analysis.Tests.Delta;

/// <summary>Delta-radiomics against the delta fixture (tests/data/analysis/regions/delta, README there).</summary>
public class DeltaRadiomicsTests
{
    private const string Folder = "analysis/regions/delta";

    [Theory]
    [InlineData(DeltaMode.Difference, "expected_difference.csv", false)]
    [InlineData(DeltaMode.Relative, "expected_relative.csv", false)]
    [InlineData(DeltaMode.Difference, "expected_difference.csv", true)]
    [InlineData(DeltaMode.Relative, "expected_relative.csv", true)]
    public void DifferenceAndRelative_MatchTheOracle(DeltaMode mode, string expectedFile, bool dayIsFeature)
    {
        DeltaResult result = DeltaRadiomics.Compute(LongTable(dayIsFeature), new DeltaOptions { Mode = mode, TimeColumn = "Day" });
        var expected = FixtureCsv.Read($"{Folder}/{expectedFile}");
        Assert.Equal(expected.Text("PatientID"), result.Table.Ids);
        Assert.Equal(expected.Text("Day"), result.Table.OtherColumn("Day"));
        foreach (string feature in Features)
        {
            double[] want = expected.Numbers(feature);
            ReadOnlySpan<double> got = result.Table.Column(result.Table.IndexOfFeature(feature));
            for (int i = 0; i < want.Length; i++)
            {
                Assert.True(Math.Abs(got[i] - want[i]) <= 1e-12 * Math.Max(1, Math.Abs(want[i])), $"{feature} row {i}: {got[i]:R} vs {want[i]:R}");
            }
        }

        Assert.Equal(Features, result.Table.FeatureNames);
    }

    [Fact]
    public void Slope_MatchesTheOracle()
    {
        FeatureTable table = LongTable(dayIsFeature: false);
        DeltaResult result = DeltaRadiomics.Compute(table, new DeltaOptions { Mode = DeltaMode.Slope, TimeColumn = "Day", SubjectColumn = "PatientID" });
        var expected = FixtureCsv.Read($"{Folder}/expected_slope.csv");
        Assert.Equal(expected.Text("PatientID"), result.Table.Ids);
        Assert.Equal(expected.Text("timepoints"), result.Table.OtherColumn("timepoints"));
        var days = FixtureCsv.Read($"{Folder}/long.csv").Numbers("Day");
        double span = days.Max() - days.Min();
        foreach (string feature in Features)
        {
            double[] want = expected.Numbers(feature);
            ReadOnlySpan<double> got = result.Table.Column(result.Table.IndexOfFeature(feature));
            double scale = Math.Max(1, FixtureCsv.Read($"{Folder}/long.csv").Numbers(feature).Max(Math.Abs) / span);
            for (int i = 0; i < want.Length; i++)
            {
                double tolerance = 1e-12 * Math.Max(Math.Abs(want[i]), scale);
                Assert.True(Math.Abs(got[i] - want[i]) <= tolerance, $"{feature} subject {i}: {got[i]:R} vs {want[i]:R}");
            }
        }
    }

    [Fact]
    public void MissingTimePoint_IsAWarningNamingTheSubject_NotADrop()
    {
        DeltaResult result = DeltaRadiomics.Compute(LongTable(false), new DeltaOptions { TimeColumn = "Day" });
        string warning = Assert.Single(result.Warnings);
        Assert.Contains("P04", warning, StringComparison.Ordinal);
        Assert.Contains("21", warning, StringComparison.Ordinal);
        Assert.Contains("P04", result.Table.Ids);
    }

    [Fact]
    public void Relative_BaselineNearZero_GivesNaNAndAWarning()
    {
        FeatureTable table = Small(["S1", "S1", "S2", "S2"], ["0", "7", "0", "7"], [0.0, 2.0, 4.0, 5.0]);
        DeltaResult result = DeltaRadiomics.Compute(table, new DeltaOptions { Mode = DeltaMode.Relative, TimeColumn = "Visit" });
        Assert.True(double.IsNaN(result.Table[0, 0]));
        Assert.Equal(0.25, result.Table[1, 0]);
        Assert.Contains(result.Warnings, w => w.Contains("S1", StringComparison.Ordinal) && w.Contains("guard", StringComparison.Ordinal));
    }

    [Fact]
    public void TextTimePoints_OrderOfAppearanceOrGiven_AndAGivenBaseline()
    {
        FeatureTable table = Small(["A", "A", "A", "B", "B", "B"], ["post", "pre", "follow", "pre", "post", "follow"], [2.0, 1.0, 4.0, 10.0, 20.0, 40.0]);
        DeltaResult appearance = DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Visit" });
        Assert.Equal(["post", "pre", "follow"], appearance.TimePoints);
        DeltaResult given = DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Visit", TimeOrder = ["pre", "post", "follow"] });
        Assert.Equal(["post", "follow", "post", "follow"], given.Table.OtherColumn("Visit"));
        Assert.Equal([1.0, 3.0, 10.0, 30.0], given.Table.Column(0).ToArray());
        DeltaResult fromPost = DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Visit", TimeOrder = ["pre", "post", "follow"], Baseline = "post" });
        Assert.Equal(["pre", "follow", "pre", "follow"], fromPost.Table.OtherColumn("Visit"));
        Assert.Equal([-1.0, 2.0, -10.0, 20.0], fromPost.Table.Column(0).ToArray());
        var error = Assert.Throws<DeltaException>(() => DeltaRadiomics.Compute(table, new DeltaOptions { Mode = DeltaMode.Slope, TimeColumn = "Visit" }));
        Assert.Contains("numeric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedSubjectAndTimePoint_IsAnErrorNamingThem()
    {
        FeatureTable table = Small(["S1", "S1", "S1"], ["0", "7", "7.0"], [1.0, 2.0, 3.0]);
        var error = Assert.Throws<DeltaException>(() => DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Visit" }));
        Assert.Contains("S1", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows 2 and 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumns_AreErrorsNamingThem()
    {
        FeatureTable table = Small(["S1"], ["0"], [1.0]);
        Assert.Contains("'Day'", Assert.Throws<DeltaException>(() => DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Day" })).Message, StringComparison.Ordinal);
        Assert.Contains("'Patient'", Assert.Throws<DeltaException>(() => DeltaRadiomics.Compute(table, new DeltaOptions { TimeColumn = "Visit", SubjectColumn = "Patient" })).Message, StringComparison.Ordinal);
    }

    private static readonly string[] Features =
        ["original_firstorder_Mean", "original_shape_MeshVolume", "original_glcm_Contrast", "original_firstorder_Skewness"];

    /// <summary>long.csv as a feature table: ids = PatientID, Day as a text column or a numeric feature, Image and Mask as text.</summary>
    private static FeatureTable LongTable(bool dayIsFeature)
    {
        var csv = FixtureCsv.Read($"{Folder}/long.csv");
        var names = Features.ToList();
        var columns = Features.Select(csv.Numbers).ToList();
        var others = new List<KeyValuePair<string, string[]>> { KeyValuePair.Create("PatientID", csv.Text("PatientID")) };
        if (dayIsFeature)
        {
            names.Insert(0, "Day");
            columns.Insert(0, csv.Numbers("Day"));
        }
        else
        {
            others.Add(KeyValuePair.Create("Day", csv.Text("Day")));
        }

        others.Add(KeyValuePair.Create("Image", csv.Text("Image")));
        others.Add(KeyValuePair.Create("Mask", csv.Text("Mask")));
        return new FeatureTable(csv.Text("PatientID"), names, columns, others);
    }

    private static FeatureTable Small(string[] subjects, string[] visits, double[] values) =>
        new(subjects, ["f"], [values], [KeyValuePair.Create("Visit", visits)]);
}
