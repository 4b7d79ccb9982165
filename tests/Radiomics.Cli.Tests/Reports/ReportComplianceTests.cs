using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Radiomics.Cli.Tests.Batch;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Reports;

/// <summary>
/// The report's compliance section: <c>--ibsi-check FILE.json</c> (a report of <c>radiomics ibsi-check --out</c>, here
/// a quick one-dataset check made by this build) shows its verdict, version, date and reference-data hash, with a
/// warning when another build made it; without it the section says how to make one.
/// </summary>
public sealed class ReportComplianceTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Report_WithIbsiCheck_ShowsItsVerdictVersionDateAndDataHash()
    {
        string check = QuickCheck();
        JsonNode evidence = JsonNode.Parse(File.ReadAllText(check))!;

        string section = Compliance(CliRunner.Run("report", Features(), "--no-images", "-o", _work.Path("r.html"), "--ibsi-check", check), "r.html");

        Assert.Contains("IBSI compliance check</strong>: <span class=\"verdict\">COMPLIANT</span>", section);
        Assert.Contains($"run by Radiomics.NET {evidence["tool"]!["version"]}, started {evidence["started"]}", section);
        Assert.Contains($"SHA-256 {evidence["referenceData"]!["sha256"]}", section);
        Assert.Contains("a partial check (--only 1.A)", section);
        Assert.DoesNotContain("another build", section);
    }

    [Fact]
    public void Report_IbsiCheckOfAnotherBuild_WarnsThatTheVerdictIsAnotherBuilds()
    {
        JsonNode evidence = JsonNode.Parse(File.ReadAllText(QuickCheck()))!;
        evidence["tool"]!["version"] = "0.0.1+0000000";
        evidence["selection"] = null;
        string old = _work.Path("old-check.json");
        File.WriteAllText(old, evidence.ToJsonString());

        string section = Compliance(CliRunner.Run("report", Features(), "--no-images", "-o", _work.Path("r.html"), "--ibsi-check", old), "r.html");

        string warning = Regex.Match(section, "<ul class=\"warnings\"><li>(.*?)</li>").Groups[1].Value;
        Assert.StartsWith("the check was run by Radiomics.NET 0.0.1+0000000, this report by ", warning);
        Assert.Contains("radiomics ibsi-check --out ibsi-check.json", warning);
    }

    [Fact]
    public void Report_FailedIbsiCheck_ShowsNotCompliantAndTheCountsPerSuite()
    {
        JsonNode evidence = JsonNode.Parse(File.ReadAllText(QuickCheck()))!;
        evidence["verdict"] = "NOT COMPLIANT";
        JsonNode suite = evidence["suites"]![0]!;
        int checkedCount = suite["checked"]!.GetValue<int>();
        suite["passed"] = checkedCount - 2;
        suite["unexpectedFailures"] = 2;
        string failed = _work.Path("failed-check.json");
        File.WriteAllText(failed, evidence.ToJsonString());

        string section = Compliance(CliRunner.Run("report", Features(), "--no-images", "-o", _work.Path("r.html"), "--ibsi-check", failed), "r.html");

        Assert.Contains("<span class=\"verdict\">NOT COMPLIANT</span>", section);
        Assert.Contains($"IBSI 2: {checkedCount - 2} of {checkedCount} reference values within tolerance, 0 documented known deviation(s), 2 unexpected failure(s)", section);
    }

    [Fact]
    public void Batch_BadIbsiCheck_FailsBeforeTheRunAndWritesNothing()
    {
        string broken = _work.Path("broken.json");
        File.WriteAllText(broken, "{\"format\": \"radiomics-ibsi-check/1\", \"verdict\": ");

        var (code, _, error) = CliRunner.Run("batch", _work.WriteGoodCases(2), "-p", _work.WriteParams(), "-o", _work.Path("b.csv"), "--report", _work.Path("b.html"), "--ibsi-check", broken);

        Assert.Equal(1, code);
        Assert.Contains($"--ibsi-check {broken}: not valid JSON", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(_work.Path("b.csv")));
        Assert.False(File.Exists(_work.Path("b.html")));
    }

    [Fact]
    public void ExtractAndBatchReports_TakeTheIbsiCheckToo()
    {
        string check = QuickCheck();
        var extract = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--report", _work.Path("e.html"), "--ibsi-check", check);
        var batch = CliRunner.Run("batch", _work.WriteGoodCases(2), "-p", _work.WriteParams(), "-o", _work.Path("b.csv"), "--report", _work.Path("b.html"), "--ibsi-check", check);

        Assert.Contains("COMPLIANT</span>", Compliance(extract, "e.html"));
        Assert.Contains("COMPLIANT</span>", Compliance(batch, "b.html"));
    }

    [Fact]
    public void Report_WithoutIbsiCheck_SaysHowToMakeOne()
    {
        string section = Compliance(CliRunner.Run("report", Features(), "--no-images", "-o", _work.Path("r.html")), "r.html");

        Assert.Contains("not given to this report", section);
        Assert.Contains("radiomics ibsi-check --out ibsi-check.json", section);
        Assert.Contains("--ibsi-check ibsi-check.json", section);
        Assert.Contains("IBSI 1", section);
    }

    [Theory]
    [InlineData("report FEATURES -o r.html --ibsi-check PARAMS", 1, "--ibsi-check")]
    [InlineData("report FEATURES -o r.html --ibsi-check /dev/zero", 1, "not a regular file")]
    [InlineData("report FEATURES -o r.html --ibsi-check missing.json", 1, "no such file")]
    [InlineData("report FEATURES -o r.html --ibsi-check OTHERJSON", 1, "not a report of 'radiomics ibsi-check --out FILE.json'")]
    [InlineData("report FEATURES -o r.html --ibsi-check NOSUITES", 1, "not a valid ibsi-check report ('suites' is missing)")]
    [InlineData("extract IMAGE MASK --ibsi-check CHECK", 2, "--ibsi-check needs --report")]
    public void BadIbsiCheck_OneLineErrorAndNoReport(string line, int exit, string message)
    {
        string features = Features();
        string other = _work.Path("other.json");
        File.WriteAllText(other, """{"format": "radiomics-selection", "version": 1}""");
        string noSuites = _work.Path("no-suites.json");
        File.WriteAllText(noSuites, """{"format": "radiomics-ibsi-check/1", "verdict": "COMPLIANT", "strict": false, "started": "2026-01-01T00:00:00Z", "tool": {"version": "1"}, "referenceData": {"source": "embedded", "sha256": "00"}}""");
        string[] args = line.Split(' ').Select(a => a switch
        {
            "IMAGE" => TestData.IbsiDigitalPhantomImage,
            "MASK" => TestData.IbsiDigitalPhantomMask,
            "FEATURES" => features,
            "PARAMS" => _work.WriteParams(),
            "OTHERJSON" or "CHECK" => other,
            "NOSUITES" => noSuites,
            "r.html" or "missing.json" => _work.Path(a),
            _ => a,
        }).ToArray();

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(exit, code);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(_work.Path("r.html")));
    }

    /// <summary>A check of one IBSI 2 dataset (a fraction of a second), by this build.</summary>
    private string QuickCheck()
    {
        string path = _work.Path("ibsi-check.json");
        var (code, _, error) = CliRunner.Run("ibsi-check", "--suite", "ibsi2", "--only", "1.A", "--quiet", "--out", path);
        Assert.True(code == 0, error);
        return path;
    }

    private string Features()
    {
        string path = _work.Path("features.csv");
        if (!File.Exists(path))
        {
            Assert.Equal(0, CliRunner.Run("batch", _work.WriteGoodCases(3), "-p", _work.WriteParams(), "-o", path).ExitCode);
        }

        return path;
    }

    private string Compliance((int Code, string Output, string Error) run, string page)
    {
        Assert.True(run.Code == 0, run.Error);
        return Regex.Match(File.ReadAllText(_work.Path(page)), "<section id=\"compliance\">.*?</section>", RegexOptions.Singleline).Value;
    }
}
