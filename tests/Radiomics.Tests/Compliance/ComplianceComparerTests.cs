using Radiomics.Compliance;

namespace Radiomics.Tests.Compliance;

public class ComplianceComparerTests
{
    private static ReferenceValue Absolute(string text, double tolerance, string tag = "stat_mean") =>
        new("section", "set", tag, text, tolerance, ToleranceRule.Absolute);

    private static ReferenceValue Ibsi1(string text, double tolerance, string tag = "stat_mean") =>
        new("section", "set", tag, text, tolerance, ToleranceRule.AbsoluteOrLastPrintedDigit);

    [Theory]
    [InlineData(-47.0, true)]
    [InlineData(-42.4, true)] // on the bound: inclusive
    [InlineData(-51.6, true)]
    [InlineData(-42.3, false)]
    [InlineData(-51.7, false)]
    [InlineData(double.NaN, false)]
    public void Absolute_PassesWithinToleranceInclusive(double value, bool passes) =>
        Assert.Equal(passes, Absolute("-47", 4.6).Accepts(value));

    [Fact]
    public void Absolute_ZeroTolerance_MeansExactlyEqual()
    {
        Assert.True(Absolute("0.5", 0).Accepts(0.5));
        Assert.False(Absolute("0.5", 0).Accepts(0.5004));
    }

    [Theory]
    [InlineData("0.0815", 0.08154, true)]
    [InlineData("0.0815", 0.08145, true)]
    [InlineData("0.0815", 0.08156, false)]
    [InlineData("1.5e3", 1549.0, true)]
    [InlineData("1.5e3", 1551.0, false)]
    [InlineData("12", 12.4, true)]
    [InlineData("12", 12.6, false)]
    public void LastPrintedDigit_ZeroTolerance_ComparesRoundedValues(string reference, double value, bool passes) =>
        Assert.Equal(passes, Ibsi1(reference, 0).Accepts(value));

    [Fact]
    public void LastPrintedDigit_PositiveTolerance_IsAbsolute()
    {
        Assert.True(Ibsi1("100", 2).Accepts(102));
        Assert.False(Ibsi1("100", 2).Accepts(102.5));
    }

    [Fact]
    public void Compare_ClassifiesPassFailMissingAndKnownDeviations()
    {
        ReferenceValue[] references = [Absolute("1", 0.1, "a"), Absolute("1", 0.1, "b"), Absolute("1", 0.1, "c"), Absolute("1", 0.1, "d"), Absolute("1", 0.1, "e")];
        CheckRow[] rows = [new("set", "a", 1.05), new("set", "b", 2), new("set", "c", 3), new("set", "e", 1), new("set", "extra", 7)];
        KnownDeviation[] deviations = [new("set", "c", "why c"), new("set", "e", "why e")];

        IReadOnlyList<CheckOutcome> outcomes = ComplianceComparer.Compare(references, rows, deviations);

        Assert.Equal([CheckStatus.Pass, CheckStatus.Fail, CheckStatus.KnownDeviation, CheckStatus.Missing, CheckStatus.Pass], outcomes.Select(o => o.Status));
        Assert.Equal("why c", outcomes[2].DeviationReason);
        Assert.True(outcomes[4].StaleDeviation);
        Assert.True(double.IsNaN(outcomes[3].Value));
        Assert.Equal(0.5, outcomes[0].NormalisedDifference, 12);
    }

    [Fact]
    public void Compare_RejectsAValueComputedTwice() =>
        Assert.Throws<ArgumentException>(() => ComplianceComparer.Compare([], [new("set", "a", 1), new("set", "a", 2)], []));

    [Fact]
    public void Report_CountsKnownDeviationsAsFailures_AndRendersEveryRow()
    {
        var suite = new FakeSuite([new("set", "b", "documented")]);
        IReadOnlyList<CheckOutcome> outcomes = ComplianceComparer.Compare(
            [Absolute("1", 0.1, "a"), Absolute("1", 0.1, "b")], [new("set", "a", 1), new("set", "b", 5)], suite.KnownDeviations);
        var report = new ComplianceReport(suite, outcomes);

        Assert.False(report.AllPassed);
        Assert.Equal((1, 1, 0), (report.Passed, report.KnownDeviations, report.UnexpectedFailures));
        Assert.Equal("Fake: 1/2 passed; 1 known deviation(s); 0 unexpected failure(s)", report.Summary);
        var table = new StringWriter();
        report.WriteTable(table);
        string[] lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("FAIL (known deviation)", lines[2].TrimEnd());
        string markdown = report.ToMarkdown();
        Assert.Contains("| set | b | 1 | 0.1 | 5 | 40.000 | FAIL (known deviation) |", markdown);
        Assert.Contains("| set | b | documented |", markdown);
    }
}
