using System.CommandLine;
using System.Text;
using System.Text.Json;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Sr;
using Radiomics.Extraction;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// <c>radiomics dicom sr-dump REPORT.dcm [--format table|csv|json]</c>: the measurements of a TID 1500 report (ours or
/// another writer's) as a table, a CSV of <see cref="MeasurementReportTable.Columns"/> or a JSON document.
/// </summary>
public sealed class SrDumpCommand : CliCommand
{
    private Argument<string> _report = null!;
    private Option<string?> _format = null!;

    public SrDumpCommand()
        : base("sr-dump", "print the measurements of a DICOM SR (TID 1500 measurement report)")
    {
    }

    protected override void Declare()
    {
        _report = Positional("REPORT", "a DICOM Structured Report whose root is a TID 1500 Imaging Measurement Report (Radiomics.NET's, dcmqi's, DCMTK's, …)");
        _format = Add(OptionValues.Choice("--format", "F",
            "table (default): group, ROI, image type, name, value, unit per measurement; csv: every column (group, tracking_identifier, "
            + "segmentation_sop_instance_uid, segment_number, …, value, numeric_value, floating_point_value, unit_code, unit_meaning, qualifier); "
            + "json: the report's identity and its groups with their measurements",
            ["table", "csv", "json"], "-f"));
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics dicom sr-dump tests/data/dicom/sr/tid1500_ref.dcm", "the measurements of a report DCMTK wrote, as a table"),
        new("radiomics dicom sr-dump report.dcm --format csv", "every column of every measurement, as CSV"),
        new("radiomics dicom sr-dump report.dcm --format json", "the groups and measurements as JSON"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string path = parsed.GetRequiredValue(_report);
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file");
        }

        MeasurementReportContent report = MeasurementReportReader.Read(path);
        switch (parsed.GetValue(_format) ?? "table")
        {
            case "csv":
                output.Write(string.Join(",", MeasurementReportTable.Columns) + "\n");
                foreach (string[] row in MeasurementReportTable.Rows(report))
                {
                    output.Write(string.Join(",", row.Select(ResultFormats.CsvField)) + "\n");
                }

                break;
            case "json":
                output.Write(Json(report));
                break;
            default:
                WriteTable(output, report);
                break;
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private static void WriteTable(TextWriter output, MeasurementReportContent report)
    {
        output.WriteLine($"{report.Path}: {report.Groups.Count} measurement group(s), {report.MeasurementCount} measurement(s)"
                         + (report.SeriesDescription is { } description ? $" ({description})" : ""));
        var rows = new List<string[]> { new[] { "Group", "ROI", "Image type", "Name", "Value", "Unit" } };
        for (int g = 0; g < report.Groups.Count; g++)
        {
            ReportMeasurementGroup group = report.Groups[g];
            rows.AddRange(group.Measurements.Select(m => new[]
            {
                (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), group.TrackingIdentifier ?? "", group.ImageType ?? "",
                m.EquivalentName ?? m.Concept.Meaning, m.Qualifier?.Meaning ?? ResultValue.FormatNumber(m.Value), m.Unit?.Value ?? "",
            }));
        }

        int[] widths = rows[0].Select((_, c) => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private static string Json(MeasurementReportContent report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("path", report.Path);
            json.WriteString("sopClassUid", report.SopClassUid);
            json.WriteString("sopInstanceUid", report.SopInstanceUid);
            json.WriteString("seriesInstanceUid", report.SeriesInstanceUid);
            json.WriteString("seriesDescription", report.SeriesDescription);
            json.WriteString("templateIdentifier", report.TemplateIdentifier);
            json.WriteString("completionFlag", report.CompletionFlag);
            json.WriteString("verificationFlag", report.VerificationFlag);
            json.WriteStartArray("groups");
            foreach (ReportMeasurementGroup group in report.Groups)
            {
                WriteGroup(json, group);
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (EvidenceInstance instance in report.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("studyInstanceUid", instance.StudyInstanceUid);
                json.WriteString("seriesInstanceUid", instance.SeriesInstanceUid);
                json.WriteString("sopClassUid", instance.SopClassUid);
                json.WriteString("sopInstanceUid", instance.SopInstanceUid);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteGroup(Utf8JsonWriter json, ReportMeasurementGroup group)
    {
        json.WriteStartObject();
        json.WriteString("trackingIdentifier", group.TrackingIdentifier);
        json.WriteString("trackingUid", group.TrackingUid);
        WriteCode(json, "finding", group.Finding);
        json.WriteString("segmentationSopInstanceUid", group.SegmentationSopInstanceUid);
        if (group.SegmentNumber is { } segment)
        {
            json.WriteNumber("segmentNumber", segment);
        }
        else
        {
            json.WriteNull("segmentNumber");
        }

        json.WriteString("sourceSeriesInstanceUid", group.SourceSeriesInstanceUid);
        json.WriteString("algorithmName", group.AlgorithmName);
        json.WriteString("algorithmVersion", group.AlgorithmVersion);
        json.WriteStartArray("algorithmParameters");
        foreach (string parameter in group.AlgorithmParameters)
        {
            json.WriteStringValue(parameter);
        }

        json.WriteEndArray();
        json.WriteString("imageType", group.ImageType);
        json.WriteStartArray("measurements");
        foreach (ReportMeasurement m in group.Measurements)
        {
            json.WriteStartObject();
            json.WriteString("name", m.EquivalentName);
            WriteCode(json, "concept", m.Concept);
            WriteNumber(json, "value", m.Value);
            json.WriteString("numericValue", m.NumericValue);
            if (m.FloatingPointValue is { } exact)
            {
                WriteNumber(json, "floatingPointValue", exact);
            }
            else
            {
                json.WriteNull("floatingPointValue");
            }

            WriteCode(json, "unit", m.Unit);
            WriteCode(json, "qualifier", m.Qualifier);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A number in shortest round-trip form; NaN and infinities as the strings "NaN", "Infinity", "-Infinity" (as extract's JSON).</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WritePropertyName(name);
            json.WriteRawValue(ResultValue.FormatNumber(value));
        }
        else
        {
            json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void WriteCode(Utf8JsonWriter json, string name, CodedConcept? code)
    {
        if (code is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("value", code.Value);
        json.WriteString("scheme", code.Scheme);
        json.WriteString("meaning", code.Meaning);
        json.WriteEndObject();
    }
}
