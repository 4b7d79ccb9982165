using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Radiomics.Dicom;
using Radiomics.Dicom.Listing;
using Radiomics.Cli.Syntax;
using Radiomics.IO;
using System.CommandLine;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics dicom ls DIR</c>: the image series, structure sets, segmentations and structured reports in a folder.</summary>
public sealed class DicomListCommand : CliCommand
{
    private Argument<string> _folder = null!;
    private Option<string?> _format = null!;

    public DicomListCommand()
        : base("ls", "list the DICOM series, structures, segments and reports in a folder")
    {
    }

    protected override void Declare()
    {
        _folder = Positional("DIR", "a folder (searched recursively) or one DICOM file; only headers are read");
        _format = Add(OptionValues.Choice("--format", "F",
            "table (default): image series (UID, modality, size, spacing, description, file count), then RTSTRUCT ROIs, SEG segments and SRs "
            + "(title, template, measurement groups and measurements) with the series they reference; json: the same as one object "
            + "{series, structureSets, segmentations, reports, notes}",
            ["table", "json"], "-f"));
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics dicom ls tests/data/ibsi1/ct_phantom/dicom", "the CT series and the RTSTRUCT's ROIs"),
        new("radiomics dicom ls tests/data/ibsi1/ct_phantom/dicom --format json", "the same as JSON"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string folder = parsed.GetRequiredValue(_folder);
        string format = parsed.GetValue(_format) ?? "table";
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            throw new InputException($"{folder}: no such folder or file");
        }

        DicomListing listing = DicomInput.List(folder);
        if (format == "json")
        {
            WriteJson(output, listing);
        }
        else
        {
            WriteTable(output, listing);
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private static void WriteTable(TextWriter output, DicomListing listing)
    {
        output.WriteLine($"Series ({listing.Series.Count})");
        if (listing.Series.Count > 0)
        {
            var rows = listing.Series.Select(s => new[]
            {
                s.SeriesInstanceUid, s.Modality, $"{s.Size.X}x{s.Size.Y}x{s.Size.Z}", FormatSpacing(s.Spacing),
                s.FileCount.ToString(CultureInfo.InvariantCulture), s.Description ?? "", s.Problem is null ? "" : $"cannot load: {s.Problem}",
            }).ToList();
            WriteColumns(output, ["SeriesInstanceUID", "Modality", "Size", "Spacing (mm)", "Files", "Description", "Problem"], rows);
        }

        foreach (StructureSetSummary set in listing.StructureSets)
        {
            output.WriteLine();
            output.WriteLine($"RTSTRUCT {SafeText.Escape(set.Path, 2000)}");
            output.WriteLine($"  references series: {SafeText.Escape(Referenced(set.ReferencedSeriesUids, listing), 2000)}");
            WriteColumns(output, ["ROI", "Name", "Contours"],
                set.Structures.Select(s => new[] { s.Number.ToString(CultureInfo.InvariantCulture), s.Name, s.ContourCount.ToString(CultureInfo.InvariantCulture) }).ToList());
        }

        foreach (SegmentationSummary seg in listing.Segmentations)
        {
            output.WriteLine();
            output.WriteLine($"SEG {SafeText.Escape(seg.Path, 2000)} ({SafeText.Escape(seg.SegmentationType)}){(seg.Description is { } description ? $": {SafeText.Escape(description)}" : "")}");
            output.WriteLine($"  references series: {SafeText.Escape(Referenced(seg.ReferencedSeriesUids, listing), 2000)}");
            WriteColumns(output, ["Segment", "Label", "Frames", "Description"],
                seg.Segments.Select(s => new[] { s.Number.ToString(CultureInfo.InvariantCulture), s.Label, s.FrameCount.ToString(CultureInfo.InvariantCulture), s.Description ?? "" }).ToList());
        }

        foreach (ReportSummary report in listing.Reports)
        {
            output.WriteLine();
            output.WriteLine($"SR {report.Path} ({report.Title ?? "untitled"}{(report.TemplateIdentifier is { } tid ? $", TID {tid}" : "")})");
            if (report.Description is { } description)
            {
                output.WriteLine($"  description: {description}");
            }

            output.WriteLine(report.Problem is { } problem
                ? $"  cannot read its measurements: {problem}"
                : $"  {report.GroupCount} measurement group(s), {report.MeasurementCount} measurement(s); measured on series: {Referenced(report.ReferencedSeriesUids, listing)}");
        }

        foreach (string note in listing.Notes)
        {
            output.WriteLine($"note: {SafeText.Escape(note, 2000)}");
        }
    }

    /// <summary>The referenced series UIDs, each marked whether it is among the listed series.</summary>
    private static string Referenced(IReadOnlyList<string> uids, DicomListing listing) =>
        uids.Count == 0 ? "(none stated)"
            : string.Join(", ", uids.Select(uid => listing.Series.Any(s => s.SeriesInstanceUid == uid) ? uid : $"{uid} (not in this folder)"));

    private static string FormatSpacing(Imaging.Vector3D spacing) =>
        string.Join(" x ", new[] { spacing.X, spacing.Y, spacing.Z }.Select(v => double.IsNaN(v) ? "?" : v.ToString("0.####", CultureInfo.InvariantCulture)));

    private static void WriteColumns(TextWriter output, string[] header, IReadOnlyList<string[]> rawRows)
    {
        // Names come from the files: control characters escaped, long values cut, before they reach the terminal.
        IReadOnlyList<string[]> rows = rawRows.Select(r => r.Select(cell => SafeText.Escape(cell)).ToArray()).ToList();
        int[] widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        void Line(string[] cells) =>
            output.WriteLine("  " + string.Join("  ", cells.Select((cell, c) => c == cells.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        Line(header);
        foreach (string[] row in rows)
        {
            Line(row);
        }
    }

    /// <summary>
    /// The listing as indented JSON, built as a <see cref="JsonObject"/> (no reflection over anonymous types, so it
    /// holds under ahead-of-time compilation); keys in the order the text listing shows them.
    /// </summary>
    private static void WriteJson(TextWriter output, DicomListing listing)
    {
        var document = new JsonObject
        {
            ["series"] = Array(listing.Series, s => new JsonObject
            {
                ["seriesInstanceUid"] = s.SeriesInstanceUid, ["modality"] = s.Modality, ["description"] = s.Description, ["fileCount"] = s.FileCount,
                ["size"] = new JsonArray(s.Size.X, s.Size.Y, s.Size.Z),
                ["spacing"] = new JsonArray(NullIfNaN(s.Spacing.X), NullIfNaN(s.Spacing.Y), NullIfNaN(s.Spacing.Z)),
                ["frameOfReferenceUid"] = s.FrameOfReferenceUid, ["folder"] = s.Folder, ["problem"] = s.Problem,
            }),
            ["structureSets"] = Array(listing.StructureSets, s => new JsonObject
            {
                ["path"] = s.Path, ["referencedSeriesUids"] = Strings(s.ReferencedSeriesUids),
                ["structures"] = Array(s.Structures, r => new JsonObject { ["number"] = r.Number, ["name"] = r.Name, ["contourCount"] = r.ContourCount }),
            }),
            ["segmentations"] = Array(listing.Segmentations, s => new JsonObject
            {
                ["path"] = s.Path, ["segmentationType"] = s.SegmentationType, ["referencedSeriesUids"] = Strings(s.ReferencedSeriesUids),
                ["segments"] = Array(s.Segments, g => new JsonObject { ["number"] = g.Number, ["label"] = g.Label, ["description"] = g.Description, ["frameCount"] = g.FrameCount }),
                ["description"] = s.Description,
            }),
            ["reports"] = Array(listing.Reports, r => new JsonObject
            {
                ["path"] = r.Path, ["modality"] = r.Modality, ["sopClassUid"] = r.SopClassUid, ["description"] = r.Description, ["title"] = r.Title,
                ["templateIdentifier"] = r.TemplateIdentifier, ["groupCount"] = r.GroupCount, ["measurementCount"] = r.MeasurementCount,
                ["referencedSeriesUids"] = Strings(r.ReferencedSeriesUids), ["problem"] = r.Problem,
            }),
            ["notes"] = Strings(listing.Notes),
        };
        output.WriteLine(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> node) => new(items.Select(node).ToArray());

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(item => (JsonNode)item).ToArray());

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
