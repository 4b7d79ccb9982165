using System.Globalization;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Tests.Analysis;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>
/// <c>radiomics delta</c> end to end against the pandas oracle of tests/data/analysis/regions/delta (differences and
/// relative changes within 1e-12 · max(1, |expected|); slopes within 1e-12 of the data README's scale), with the missing
/// time point, the relative guard and the missing baseline reported as one warning line each.
/// </summary>
public sealed class DeltaCommandTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("difference", "expected_difference.csv")]
    [InlineData("relative", "expected_relative.csv")]
    public void Delta_ChangeFromBaseline_MatchesTheOracle(string mode, string oracle)
    {
        string outPath = _work.Path($"{mode}.csv");

        var run = CliRunner.Run("delta", RegionData.Delta("long.csv"), "--subject", "PatientID", "--timepoint", "Day", "--mode", mode, "--out", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable actual = AnalysisData.Read(outPath, "^original_", "PatientID", "Day", "baseline");
        FeatureTable expected = AnalysisData.Read(RegionData.Delta(oracle), "^original_", "PatientID", "Day");
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.OtherColumn("Day"), actual.OtherColumn("Day"));
        Assert.All(actual.OtherColumn("baseline"), b => Assert.Equal("0", b));
        AssertClose(expected, actual, (_, _) => 1);
        Assert.True(File.Exists(outPath + ".provenance.json"));
    }

    [Fact]
    public void Delta_Slope_MatchesTheOracle()
    {
        string outPath = _work.Path("slope.csv");

        var run = CliRunner.Run("delta", RegionData.Delta("long.csv"), "--subject", "PatientID", "--timepoint", "Day", "--mode", "slope", "-o", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable actual = AnalysisData.Read(outPath, "^original_", "PatientID", "timepoints");
        FeatureTable expected = AnalysisData.Read(RegionData.Delta("expected_slope.csv"), "^original_", "PatientID", "timepoints");
        FeatureTable input = AnalysisData.Read(RegionData.Delta("long.csv"), "^original_", "PatientID", "Day", "Image", "Mask");
        Assert.Equal(expected.OtherColumn("timepoints"), actual.OtherColumn("timepoints"));
        AssertClose(expected, actual, (subject, feature) =>
        {
            int[] rows = [.. Enumerable.Range(0, input.RowCount).Where(r => input.Ids[r] == subject)];
            double[] days = [.. rows.Select(r => double.Parse(input.OtherColumn("Day")[r], CultureInfo.InvariantCulture))];
            return rows.Max(r => Math.Abs(input[r, input.IndexOfFeature(feature)])) / (days.Max() - days.Min());
        });
    }

    [Fact]
    public void Delta_SubjectMissingATimePoint_IsOneWarningLine()
    {
        var run = CliRunner.Run("delta", RegionData.Delta("long.csv"), "--subject", "PatientID", "--timepoint", "Day");

        Assert.Equal(0, run.ExitCode);
        string warning = Assert.Single(AnalysisData.Warnings(run.Error));
        Assert.Contains("'P04'", warning);
        Assert.Contains("21", warning);
        Assert.StartsWith("PatientID", run.Output);
    }

    [Fact]
    public void Delta_RelativeGuard_IsOneWarningPerGuardedValue()
    {
        string table = AnalysisData.EditedCopy(RegionData.Delta("long.csv"), _work.Path("zero.csv"),
            (i, cells) => i == 1 ? [.. cells.Take(4), "0", .. cells.Skip(5)] : cells);

        var run = CliRunner.Run("delta", table, "--subject", "PatientID", "--timepoint", "Day", "--mode", "relative", "-o", _work.Path("rel.csv"));

        Assert.Equal(0, run.ExitCode);
        string[] guarded = [.. AnalysisData.Warnings(run.Error).Where(w => w.Contains("relative guard", StringComparison.Ordinal))];
        Assert.Equal(3, guarded.Length); // P01's three later time points, each against the zero baseline
        Assert.All(guarded, w => Assert.Contains("Subject 'P01', feature 'original_firstorder_Mean'", w));
        FeatureTable result = AnalysisData.Read(_work.Path("rel.csv"), "^original_", "PatientID", "Day", "baseline");
        Assert.True(double.IsNaN(result[0, result.IndexOfFeature("original_firstorder_Mean")]));
    }

    [Fact]
    public void Delta_TimeColumnOrdersLabelledTimePoints()
    {
        string[] visits = ["baseline", "early", "mid", "late", "end"];
        string table = AnalysisData.EditedCopy(RegionData.Delta("long.csv"), _work.Path("visits.csv"), (i, cells) =>
            i == 0 ? ["Visit", .. cells] : [VisitOf(cells[0], double.Parse(cells[1], CultureInfo.InvariantCulture)), .. cells]);
        string byDay = _work.Path("by-day.csv"), byVisit = _work.Path("by-visit.csv");

        var days = CliRunner.Run("delta", RegionData.Delta("long.csv"), "--subject", "PatientID", "--timepoint", "Day", "-o", byDay);
        var labels = CliRunner.Run("delta", table, "--id", "PatientID", "--subject", "PatientID", "--timepoint", "Visit", "--time", "Day", "-o", byVisit);

        Assert.True(days.ExitCode == 0 && labels.ExitCode == 0, days.Error + labels.Error);
        FeatureTable expected = AnalysisData.Read(byDay, "^original_", "PatientID", "Day", "baseline");
        FeatureTable actual = AnalysisData.Read(byVisit, "^original_", "PatientID", "Visit", "baseline", "Day");
        Assert.Equal(expected.Ids, actual.Ids);
        AssertClose(expected, actual, (_, _) => 0);
        Assert.All(actual.OtherColumn("baseline"), b => Assert.Equal("baseline", b));

        string VisitOf(string subject, double day) =>
            visits[Array.IndexOf(File.ReadAllLines(RegionData.Delta("long.csv")).Skip(1).Select(l => l.Split(','))
                .Where(c => c[0] == subject).Select(c => double.Parse(c[1], CultureInfo.InvariantCulture)).Order().ToArray(), day)];
    }

    [Fact]
    public void Delta_TimePointsInAnotherOrderForOneSubject_IsOneLine()
    {
        string table = AnalysisData.EditedCopy(RegionData.Delta("long.csv"), _work.Path("swapped.csv"), (i, cells) =>
            i == 0 ? ["Visit", .. cells] : [cells[0] == "P01" && cells[1] == "14" ? "V28" : cells[0] == "P01" && cells[1] == "28" ? "V14" : "V" + cells[1], .. cells]);

        var run = CliRunner.Run("delta", table, "--id", "PatientID", "--subject", "PatientID", "--timepoint", "Visit", "--time", "Day");

        OneLine.AssertError(run, 1, "--time Day", "'P01'");
    }

    [Theory]
    [InlineData(1, "'Visit'", "--subject", "PatientID", "--timepoint", "Visit")]
    [InlineData(1, "'2'", "--subject", "PatientID", "--timepoint", "Day", "--baseline", "2")]
    [InlineData(2, "--baseline", "--subject", "PatientID", "--timepoint", "Day", "--mode", "slope", "--baseline", "0")]
    [InlineData(2, "--mode", "--subject", "PatientID", "--timepoint", "Day", "--mode", "ratio")]
    [InlineData(2, "--timepoint", "--subject", "PatientID")]
    public void Delta_BadInput_IsOneLine(int exitCode, string naming, params string[] options)
    {
        OneLine.AssertError(CliRunner.Run(["delta", RegionData.Delta("long.csv"), .. options]), exitCode, naming);
    }

    /// <summary>|actual − expected| ≤ 1e-12 · max(1, |expected|, scale(subject, feature)) for every row and feature.</summary>
    private static void AssertClose(FeatureTable expected, FeatureTable actual, Func<string, string, double> scale)
    {
        Assert.Equal(expected.FeatureNames, actual.FeatureNames);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int row = 0; row < expected.RowCount; row++)
        {
            for (int j = 0; j < expected.FeatureCount; j++)
            {
                double e = expected[row, j], a = actual[row, j];
                double tolerance = 1e-12 * Math.Max(1, Math.Max(Math.Abs(e), scale(expected.Ids[row], expected.FeatureNames[j])));
                Assert.True(Math.Abs(a - e) <= tolerance, $"{expected.Ids[row]} {expected.FeatureNames[j]}: {a} vs {e}");
            }
        }
    }
}
