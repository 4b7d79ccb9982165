using Radiomics.Compliance;

namespace Radiomics.Tests.Compliance;

public class ComplianceVerdictTests
{
    [Fact]
    public void AllPassing_IsCompliant()
    {
        ComplianceVerdict verdict = ComplianceVerdict.Of([Report(("a", 1.0))], strict: false);

        Assert.True(verdict.Compliant);
        Assert.Equal("COMPLIANT", verdict.Text);
        Assert.Equal(1, verdict.Checked);
    }

    [Fact]
    public void KnownDeviation_IsCompliant_ButNotUnderStrict()
    {
        ComplianceReport report = Report(("a", 1.0), ("b", 5.0));

        ComplianceVerdict lenient = ComplianceVerdict.Of([report], strict: false);
        ComplianceVerdict strict = ComplianceVerdict.Of([report], strict: true);

        Assert.True(lenient.Compliant);
        Assert.Equal("Fake b tag: reference 1 ± 0.5, value 5", Assert.Single(lenient.KnownDeviations).ToString());
        Assert.False(strict.Compliant);
        Assert.Equal("NOT COMPLIANT", strict.Text);
    }

    [Fact]
    public void UnexpectedFailureOrMissingValue_IsNotCompliant()
    {
        Assert.False(ComplianceVerdict.Of([Report(("a", 9.0))], strict: false).Compliant);
        ComplianceVerdict missing = ComplianceVerdict.Of([Report(("a", double.NaN))], strict: false);
        Assert.False(missing.Compliant);
        Assert.Equal(CheckStatus.Missing, Assert.Single(missing.UnexpectedFailures).Outcome.Status);
    }

    [Fact]
    public void NothingChecked_IsNotCompliant() =>
        Assert.False(ComplianceVerdict.Of([new ComplianceReport(new FakeSuite([]), [])], strict: false).Compliant);

    [Fact]
    public void WriteTo_ListsDeviationsWithReasonsAndFailures_VerdictLast()
    {
        var text = new StringWriter();
        ComplianceVerdict.Of([Report(("a", 9.0), ("b", 5.0))], strict: false).WriteTo(text);

        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("    the reason for b", lines);
        Assert.Contains("Unexpected failures:", lines);
        Assert.Contains("  Fake a tag: reference 1 ± 0.5, value 9", lines);
        Assert.Equal("NOT COMPLIANT", lines[^1]);
    }

    /// <summary>A report of datasets with reference 1 ± 0.5; dataset "b" is a known deviation; NaN means not computed.</summary>
    internal static ComplianceReport Report(params (string Dataset, double Value)[] values)
    {
        var suite = new FakeSuite([new KnownDeviation("b", "tag", "the reason for b")]);
        ReferenceValue[] references = values.Select(v => new ReferenceValue("section", v.Dataset, "tag", "1", 0.5, ToleranceRule.Absolute)).ToArray();
        CheckRow[] rows = values.Where(v => !double.IsNaN(v.Value)).Select(v => new CheckRow(v.Dataset, "tag", v.Value)).ToArray();
        return new ComplianceReport(suite, ComplianceComparer.Compare(references, rows, suite.KnownDeviations));
    }
}
