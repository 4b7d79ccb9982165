using Radiomics.Analysis.Reports;
using Radiomics.Analysis.Tests.Reports.Support;

namespace Radiomics.Reports.BrowserTests;

/// <summary>A cohort report (ten synthetic cases, one failure, a robustness table) and a single-case report, written once to a temporary folder.</summary>
public sealed class ReportPages : IDisposable
{
    public ReportPages()
    {
        Folder = Directory.CreateTempSubdirectory("radiomics-report-browser-").FullName;
        ReportDocument cohort = ReportFixtures.Cohort(10, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) with
        {
            Failures = [new CaseFailure("11", [new("ID", "S010")], "S010_image.nii.gz: file not found")],
            Tables = [new ReportTable("Robustness", "icc.csv", ["feature", "icc"], [["original_firstorder_Mean", "0.93"]])],
        };
        Cohort = Write("cohort.html", cohort);
        CohortCases = cohort.Cases.Count;
        Single = Write("case.html", new ReportDocument("One case", [cohort.Cases[0]]));
    }

    public string Folder { get; }

    /// <summary>The cohort page's file:// URL.</summary>
    public string Cohort { get; }

    public int CohortCases { get; }

    /// <summary>The single-case page's file:// URL.</summary>
    public string Single { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private string Write(string name, ReportDocument document)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, HtmlReportWriter.Render(document));
        return new Uri(path).AbsoluteUri;
    }
}
