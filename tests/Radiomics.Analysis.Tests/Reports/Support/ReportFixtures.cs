using Radiomics.Analysis.Reports;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Tests.Reports.Support;

/// <summary>Runs real extractions with the report's recorder and builds their case reports.</summary>
internal static class ReportFixtures
{
    public static ExtractionParameters Parameters(string? settingsYaml = null) =>
        settingsYaml is null ? ExtractionParameters.Default : PipelineParameters.Parse(settingsYaml, "test");

    /// <summary>The extraction's result and what the recorder saw.</summary>
    public static (FeatureResult Result, RecordedFeatureInput? Recorded) Extract(ImageData image, ImageData mask, ExtractionParameters parameters)
    {
        var recorder = new CaseReportRecorder();
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(image, mask, null, null, recorder.Inspect);
        return (result, recorder.Recorded);
    }

    public static CaseReportData Data(string id, ImageData image, ImageData mask, ExtractionParameters parameters)
    {
        var (result, recorded) = Extract(image, mask, parameters);
        return new CaseReportData(id, image, mask, result.Entries) { Settings = parameters.Settings, Recorded = recorded };
    }

    /// <summary>Synthetic case <paramref name="k"/> extracted with default settings and drawn.</summary>
    public static CaseReport SyntheticReport(int k, ExtractionParameters? parameters = null)
    {
        var (image, mask) = SyntheticCohort.Case(k);
        return CaseReportBuilder.Build(Data($"S{k:000}", image, mask, parameters ?? ExtractionParameters.Default));
    }

    /// <summary>A document of synthetic cases 0 … n−1 at a fixed time (or none).</summary>
    public static ReportDocument Cohort(int n, DateTimeOffset? at = null) =>
        new("Synthetic cohort", Enumerable.Range(0, n).Select(k => SyntheticReport(k)).ToList()) { GeneratedAt = at, Generator = "Radiomics.NET test" };
}
