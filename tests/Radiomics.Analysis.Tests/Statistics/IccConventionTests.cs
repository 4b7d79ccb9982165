using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Statistics;

/// <summary>The ICC conventions that psych leaves open, and invariants every ICC must satisfy.</summary>
public sealed class IccConventionTests
{
    // Shrout & Fleiss (1979) Table 2: 6 targets × 4 judges.
    private static readonly double[,] ShroutFleiss = { { 9, 2, 5, 8 }, { 6, 1, 3, 2 }, { 8, 4, 6, 8 }, { 7, 1, 2, 6 }, { 10, 5, 6, 9 }, { 6, 2, 4, 7 } };

    private static readonly IccSettings Settings = new() { SubjectColumn = "Subject", RaterColumn = "Rater" };

    [Fact]
    public void SubjectMissingARater_IsLeftOutOfEveryFeature_AsIfItWereAbsent()
    {
        FeatureTable full = Long(ShroutFleiss, skip: (4, 1));
        FeatureTable without = Long(ShroutFleiss, skipSubject: 4);

        IccReport report = Icc.Compute(Settings, full);

        Assert.Equal(Icc.Compute(Settings, without).Rows, report.Rows);
        Assert.All(report.Rows, r => Assert.Equal(5, r.Subjects));
        Assert.Contains(report.Warnings, w => w.Contains("'T5'", StringComparison.Ordinal) && w.Contains("every feature", StringComparison.Ordinal));
    }

    [Fact]
    public void PerfectAgreement_IsOneWithUnitInterval()
    {
        double[,] same = { { 1, 1, 1 }, { 4, 4, 4 }, { 2, 2, 2 }, { 9, 9, 9 } };
        foreach (IccRow row in Icc.Compute(Settings, Long(same)).Rows)
        {
            Assert.Equal(1.0, row.Estimate.Icc, 14);
            Assert.Equal(1.0, row.Estimate.CiLow, 14);
            Assert.Equal(1.0, row.Estimate.CiHigh, 14);
        }
    }

    [Fact]
    public void AffineChangeOfUnits_LeavesEveryIccAndBoundUnchanged()
    {
        double[,] scaled = new double[6, 4];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                scaled[i, j] = (ShroutFleiss[i, j] * 12.5) - 300;
            }
        }

        var original = Icc.Compute(Settings, Long(ShroutFleiss)).Rows;
        var transformed = Icc.Compute(Settings, Long(scaled)).Rows;
        for (int r = 0; r < original.Count; r++)
        {
            Assert.Equal(original[r].Estimate.Icc, transformed[r].Estimate.Icc, 12);
            Assert.Equal(original[r].Estimate.CiLow, transformed[r].Estimate.CiLow, 12);
            Assert.Equal(original[r].Estimate.CiHigh, transformed[r].Estimate.CiHigh, 12);
        }
    }

    [Fact]
    public void Result_DoesNotDependOnTheThreadCount()
    {
        var random = new Random(11);
        double[,] data = new double[40, 3];
        for (int i = 0; i < 40; i++)
        {
            double subject = random.NextDouble() * 10;
            for (int j = 0; j < 3; j++)
            {
                data[i, j] = subject + random.NextDouble();
            }
        }

        FeatureTable table = Long(data, features: 30);
        Assert.Equal(Icc.Compute(Settings, table).Rows, Icc.Compute(Settings, table, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Rows);
    }

    [Fact]
    public void RepeatedSubjectRaterRow_OneRater_OrMissingColumn_AreErrors()
    {
        FeatureTable table = Long(ShroutFleiss);
        var repeated = table.SelectRows([.. Enumerable.Range(0, table.RowCount), 0]);
        Assert.Contains("subject 'T1' has two rows for rater 'J1'", Assert.Throws<FeatureTableException>(() => Icc.Compute(Settings, repeated)).Message);

        var oneRater = table.SelectRows(Enumerable.Range(0, 6).Select(i => i * 4).ToArray());
        Assert.Contains("at least two", Assert.Throws<FeatureTableException>(() => Icc.Compute(Settings, oneRater)).Message);

        Assert.Contains("no column 'Reader'", Assert.Throws<FeatureTableException>(() => Icc.Compute(Settings with { RaterColumn = "Reader" }, table)).Message);
    }

    [Fact]
    public void Types_ParseAndFilterTheRows()
    {
        Assert.Equal([IccType.Icc2, IccType.Icc3k], IccTypes.Parse("3k, 2"));
        Assert.Equal(IccTypes.All, IccTypes.Parse("all"));
        Assert.Equal([IccType.Icc2], IccTypes.Parse("ICC(A,1)"));
        Assert.Throws<ArgumentException>(() => IccTypes.Parse("4"));

        IccReport report = Icc.Compute(Settings with { Types = [IccType.Icc3] }, Long(ShroutFleiss));
        Assert.Equal("ICC(3,1)", Assert.Single(report.Rows).TypeLabel);
    }

    [Fact]
    public void ToTable_HasTheDocumentedColumns()
    {
        FeatureTable table = Icc.Compute(Settings, Long(ShroutFleiss)).ToTable();
        Assert.Equal("feature", table.IdColumn);
        Assert.Equal(["type"], table.OtherColumnNames);
        Assert.Equal(["icc", "ci_low", "ci_high", "n_subjects", "n_raters"], table.FeatureNames);
        Assert.Equal(["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"], table.OtherColumn("type"));
    }

    /// <summary>A long table of <paramref name="data"/> (subject i = T{i+1}, rater j = J{j+1}); extra features are shifted copies.</summary>
    private static FeatureTable Long(double[,] data, (int Subject, int Rater)? skip = null, int skipSubject = -1, int features = 1)
    {
        var ids = new List<string>();
        var subjects = new List<string>();
        var raters = new List<string>();
        var values = new List<double>();
        for (int i = 0; i < data.GetLength(0); i++)
        {
            for (int j = 0; j < data.GetLength(1); j++)
            {
                if (i == skipSubject || (i, j) == skip)
                {
                    continue;
                }

                ids.Add($"T{i + 1}-J{j + 1}");
                subjects.Add($"T{i + 1}");
                raters.Add($"J{j + 1}");
                values.Add(data[i, j]);
            }
        }

        return new FeatureTable(
            ids,
            Enumerable.Range(0, features).Select(f => $"f{f}").ToArray(),
            Enumerable.Range(0, features).Select(f => values.Select((v, r) => v + (f * (r % 3))).ToArray()).ToArray(),
            [KeyValuePair.Create("Subject", subjects.ToArray()), KeyValuePair.Create("Rater", raters.ToArray())]);
    }
}
