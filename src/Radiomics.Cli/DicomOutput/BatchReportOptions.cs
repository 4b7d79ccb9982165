using System.CommandLine;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.DicomOutput;

/// <summary><c>batch … --dicom-sr-dir DIR [--uid-seed S]</c>: a DICOM SR per case (<see cref="BatchReports"/>).</summary>
internal sealed class BatchReportOptions
{
    public Option<string?> Folder { get; } = OptionValues.Text("--dicom-sr-dir", "DIR",
        "also write each case's features as a DICOM SR (TID 1500) DIR/ID.dcm, named by the case list's ID column (created if absent); "
        + "Image must be a DICOM series; RTSTRUCT ROIs and image-file masks go into DIR/ID.seg.dcm beside it");

    public Option<string?> Seed { get; } = DicomOutputOptions.UidSeed(" and the case's ID (with --dicom-sr-dir)");

    public IEnumerable<Option> All => [Folder, Seed];

    /// <summary>The reports to write, checked against the case list before any case runs; null without --dicom-sr-dir.</summary>
    public BatchReports? From(ParseResult parsed, string caseListPath)
    {
        DicomOutputOptions.RequireWith(parsed, Seed, Folder);
        if (parsed.GetValue(Folder) is not { } folder)
        {
            return null;
        }

        OutputLocation.CheckFolder("--dicom-sr-dir", folder);
        BatchReports.CheckCaseList(CaseList.Read(caseListPath), "--dicom-sr-dir");
        Directory.CreateDirectory(folder);
        return new BatchReports(folder, parsed.GetValue(Seed));
    }
}
