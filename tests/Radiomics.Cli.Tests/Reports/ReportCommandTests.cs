using System.Text.RegularExpressions;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Tests.Batch;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Reports;

/// <summary>extract --report, batch --report and radiomics report, end to end through the tool.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Extract_Report_WritesOneSelfContainedPageOfTheCase()
    {
        string report = _work.Path("phantom.html");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-o", _work.Path("f.csv"), "--report", report);

        Assert.True(code == 0, error);
        string page = File.ReadAllText(report);
        Assert.Single(Regex.Matches(page, "<section class=\"case\""));
        Assert.Contains("data-case=\"phantom\"", page);
        Assert.Equal(6, Regex.Matches(page, "<figure class=\"view\"").Count);
        Assert.Contains("W400/L40", page);
        Assert.DoesNotContain("http", page);
        Assert.Empty(Directory.GetFiles(_work.Folder, "*.tmp"));
    }

    [Fact]
    public void Batch_Report_SectionPerCase_FailuresListed_OutputUnchanged()
    {
        string csv = _work.WriteGoodCases(4);
        File.AppendAllText(csv, "P900,no-such-image.nii,case0-mask.nii\n");
        string parameters = _work.WriteParams();
        Assert.Equal(BatchRun.SomeCasesFailed, CliRunner.Run("batch", csv, "-p", parameters, "-o", _work.Path("plain.csv")).ExitCode);

        var (code, _, error) = CliRunner.Run("batch", csv, "-p", parameters, "-o", _work.Path("out.csv"), "--report", _work.Path("cohort.html"), "-j", "2");

        Assert.True(code == BatchRun.SomeCasesFailed, error);
        Assert.Equal(File.ReadAllBytes(_work.Path("plain.csv")), File.ReadAllBytes(_work.Path("out.csv")));
        string page = File.ReadAllText(_work.Path("cohort.html"));
        Assert.Equal(["P000", "P001", "P002", "P003"], Regex.Matches(page, "<section class=\"case\"[^>]*data-case=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("no-such-image.nii", Regex.Match(page, "<section id=\"failures\".*?</section>", RegexOptions.Singleline).Value);
        Assert.Contains("wrote the report", error);
    }

    [Fact]
    public void Batch_Report_Twice_SameBytesButTheTimestamp()
    {
        string csv = _work.WriteGoodCases(3);
        string parameters = _work.WriteParams();
        Assert.Equal(0, CliRunner.Run("batch", csv, "-p", parameters, "-o", _work.Path("a.csv"), "--report", _work.Path("a.html")).ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", csv, "-p", parameters, "-o", _work.Path("b.csv"), "--report", _work.Path("b.html"), "-j", "2").ExitCode);

        static string WithoutTime(string page) => Regex.Replace(page.Replace("a.csv", "X").Replace("b.csv", "X"), "<time[^<]*</time>", "");
        Assert.Equal(WithoutTime(File.ReadAllText(_work.Path("a.html"))), WithoutTime(File.ReadAllText(_work.Path("b.html"))));
    }

    [Fact]
    public void Batch_ReportAfterResume_DrawsTheJournalledCaseFromItsFiles()
    {
        string csv = _work.WriteGoodCases(3);
        string parameters = _work.WriteParams();
        string outPath = _work.Path("out.csv");
        // An earlier, interrupted run journalled row 0.
        CaseList cases = CaseList.Read(csv);
        ExtractionParameters loaded = PipelineParameters.Load(parameters);
        var processor = new CaseProcessor(new Radiomics.Extraction.RadiomicsExtractor(loaded), cases, false);
        using (BatchJournal journal = BatchJournal.Open(BatchJournal.FolderFor(outPath), BatchFingerprint.Compute(cases, loaded, false), resume: false))
        {
            journal.Write(0, processor.Process(cases.Cases[0]));
        }

        var (code, _, error) = CliRunner.Run("batch", csv, "-p", parameters, "-o", outPath, "--resume", "--report", _work.Path("r.html"));

        Assert.True(code == 0, error);
        Assert.Contains("1 resumed", error);
        string section = Regex.Match(File.ReadAllText(_work.Path("r.html")), "<section class=\"case\"[^>]*data-case=\"P000\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Equal(6, Regex.Matches(section, "<figure class=\"view\"").Count);
    }

    [Fact]
    public void Report_FromABatchTable_ReadsImagesAndTheErrorsFileBesideIt()
    {
        string csv = _work.WriteGoodCases(3);
        File.AppendAllText(csv, "P900,no-such-image.nii,case0-mask.nii\n");
        Assert.Equal(BatchRun.SomeCasesFailed, CliRunner.Run("batch", csv, "-p", _work.WriteParams(), "-o", _work.Path("features.csv")).ExitCode);
        File.WriteAllText(_work.Path("icc.csv"), "feature,icc,ci_low\noriginal_firstorder_Mean,0.91,0.85\n");

        var (code, output, error) = CliRunner.Run("report", _work.Path("features.csv"), "-o", _work.Path("report.html"), "--robustness", _work.Path("icc.csv"));

        Assert.True(code == 0, error);
        Assert.Contains("3 case(s), 1 failure(s)", output);
        string page = File.ReadAllText(_work.Path("report.html"));
        Assert.Equal(3, Regex.Matches(page, "<section class=\"case\"").Count);
        Assert.Equal(18, Regex.Matches(page, "<figure class=\"view\"").Count);
        Assert.Contains("no-such-image.nii: ", Regex.Match(page, "<section id=\"failures\".*?</section>", RegexOptions.Singleline).Value);
        Assert.Contains("href=\"#feature-original_firstorder_Mean\">original_firstorder_Mean</a>", Regex.Match(page, "<section id=\"table-1\".*?</section>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public void Report_NoImages_DiagnosticsOnly()
    {
        string csv = _work.WriteGoodCases(3);
        Assert.Equal(0, CliRunner.Run("batch", csv, "-p", _work.WriteParams(), "-o", _work.Path("features.csv")).ExitCode);

        var (code, _, error) = CliRunner.Run("report", _work.Path("features.csv"), "-o", _work.Path("report.html"), "--no-images");

        Assert.True(code == 0, error);
        string page = File.ReadAllText(_work.Path("report.html"));
        Assert.Equal(3, Regex.Matches(page, "<section class=\"case\"").Count);
        Assert.DoesNotContain("<figure class=\"view\"", page);
    }

    [Theory]
    [InlineData("extract IMAGE MASK --report r.txt", 2, "--report")]
    [InlineData("extract IMAGE MASK --modality ct", 2, "--modality needs --report")]
    [InlineData("extract IMAGE MASK --modality xray --report r.html", 2, "--modality must be")]
    [InlineData("batch CASES --report r.html --shard 0/2", 2, "--report is not available with a shard")]
    [InlineData("report FEATURES", 2, "--out")]
    [InlineData("report missing.csv -o r.html", 1, "missing.csv")]
    [InlineData("report CASES -o r.html --robustness none.csv", 1, "none.csv: the file does not exist")]
    [InlineData("report PARAMS -o r.html", 2, "wide CSV")]
    public void BadCommandLines_OneLineErrorAndNoReport(string line, int exit, string message)
    {
        string csv = _work.WriteGoodCases(1);
        string[] args = line.Split(' ').Select(a => a switch
        {
            "IMAGE" => TestData.IbsiDigitalPhantomImage,
            "MASK" => TestData.IbsiDigitalPhantomMask,
            "CASES" or "FEATURES" => csv,
            "PARAMS" => _work.WriteParams(),
            "r.html" or "r.txt" or "missing.csv" or "none.csv" => _work.Path(a),
            _ => a,
        }).ToArray();

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(exit, code);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(Directory.GetFiles(_work.Folder, "r.*"));
    }
}
