using Radiomics.Analysis.Reports;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Cli.Reports;

/// <summary><c>radiomics extract --report</c>: the page of one case, from the extraction that just ran and its loaded inputs.</summary>
internal static class CaseReportPage
{
    public static void Write(string path, LoadedCase loaded, string imagePath, string maskPath, RadiomicsSettings settings, FeatureResult result,
        RecordedFeatureInput? recorded, ImagingModality modality, int? label, IReadOnlyList<ComplianceSummary> compliance)
    {
        string id = ReportOutput.IdFromPath(imagePath);
        CaseReport report = CaseReportBuilder.Build(new CaseReportData(id, loaded.Image, loaded.Mask, result.Entries)
        {
            Label = label,
            Settings = settings,
            Recorded = recorded,
            Modality = modality,
            Notes = loaded.Notes,
            ImagePath = imagePath,
            MaskPath = maskPath,
        });
        ReportOutput.Write(path, ReportOutput.Document($"Radiomics quality control: {id}", [report], $"{imagePath} and {maskPath}", compliance));
    }
}
