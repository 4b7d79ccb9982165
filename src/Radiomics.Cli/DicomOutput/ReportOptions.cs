using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Dicom.Sr;
using Radiomics.Extraction;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// <c>extract --dicom-sr FILE [--uid-seed S]</c>: the case's features also as a DICOM SR (TID 1500), with the SEG of its
/// ROI beside it when the mask is an RTSTRUCT ROI or an image file (<c>report.dcm</c> → <c>report.seg.dcm</c>).
/// </summary>
internal sealed class ReportOptions
{
    public Option<string?> Report { get; } = OptionValues.Text("--dicom-sr", "FILE",
        "also write the features as a DICOM Structured Report (TID 1500 measurement report) to FILE; IMAGE must be a DICOM series. "
        + "For an RTSTRUCT ROI or an image-file mask the ROI goes into a DICOM SEG beside it (report.dcm: report.seg.dcm); a SEG mask is referenced as it is");

    public Option<string?> Seed { get; } = DicomOutputOptions.UidSeed("");

    public IEnumerable<Option> All => [Report, Seed];

    /// <summary>Checks, before the (slow) load, that a report can be written: a DICOM image, writable outputs, no voxel mode.</summary>
    public void Check(ParseResult parsed, string imagePath, bool voxelMode)
    {
        DicomOutputOptions.RequireWith(parsed, Seed, Report);
        if (parsed.GetValue(Report) is not { } srPath)
        {
            return;
        }

        if (voxelMode)
        {
            throw new UsageException("--dicom-sr is not available with --mode voxel (an SR holds one value per feature)");
        }

        if (!InputLoader.IsDicomInput(imagePath))
        {
            throw new UsageException($"--dicom-sr needs a DICOM image series as IMAGE (an SR references the images it measured); '{imagePath}' is not DICOM");
        }

        OutputLocation.CheckFile("--dicom-sr", srPath);
        OutputLocation.CheckFile("--dicom-sr", DicomReportExporter.SegmentationPathFor(srPath));
    }

    /// <summary>Writes the report of one extracted label when --dicom-sr is given; returns what to tell the user, or null.</summary>
    public string? Write(ParseResult parsed, string imagePath, string maskPath, string? roiName, int? label, LoadedCase loaded,
        FeatureResult result, ExtractionParameters parameters)
    {
        if (parsed.GetValue(Report) is not { } srPath)
        {
            return null;
        }

        MaskOrigin origin = MaskOrigin.Of(maskPath, roiName, label);
        RadiomicsSettings settings = parameters.Settings;
        DicomReportExport export = CaseReport.Write(srPath, imagePath, loaded, origin, settings.Mask.LabelChannel, [(settings.Mask.Label, result)], parameters,
            DicomOutputOptions.WriteOptions(parsed.GetValue(Seed)));
        return CaseReport.Describe(export);
    }
}
