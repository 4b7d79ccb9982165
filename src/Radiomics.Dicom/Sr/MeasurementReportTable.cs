using System.Globalization;
using System.Text;
using Radiomics.Extraction;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// The measurements of a report as one table, a row per measurement (what <c>radiomics dicom sr-dump</c> prints):
/// group number, tracking identifier, referenced segment, source series, image type, output name, concept (value,
/// scheme, meaning), value, the stored Decimal String and Floating Point Value, unit and qualifier.
/// </summary>
public static class MeasurementReportTable
{
    /// <summary>The column names, in the order of each row of <see cref="Rows"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "group", "tracking_identifier", "segmentation_sop_instance_uid", "segment_number", "source_series_instance_uid", "image_type", "name",
        "code_value", "coding_scheme", "code_meaning", "value", "numeric_value", "floating_point_value", "unit_code", "unit_meaning", "qualifier",
    ];

    /// <summary>
    /// One row per measurement, groups in report order (group numbers from 1): the values as text, empty for what the
    /// report does not give, numbers in round-trip form.
    /// </summary>
    public static IEnumerable<string[]> Rows(MeasurementReportContent content)
    {
        for (int g = 0; g < content.Groups.Count; g++)
        {
            ReportMeasurementGroup group = content.Groups[g];
            foreach (ReportMeasurement m in group.Measurements)
            {
                yield return
                [
                    (g + 1).ToString(CultureInfo.InvariantCulture), group.TrackingIdentifier ?? string.Empty, group.SegmentationSopInstanceUid ?? string.Empty,
                    group.SegmentNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, group.SourceSeriesInstanceUid ?? string.Empty,
                    group.ImageType ?? string.Empty, m.EquivalentName ?? string.Empty, m.Concept.Value, m.Concept.Scheme, m.Concept.Meaning,
                    ResultValue.FormatNumber(m.Value), m.NumericValue ?? string.Empty,
                    m.FloatingPointValue is { } exact ? ResultValue.FormatNumber(exact) : string.Empty,
                    m.Unit?.Value ?? string.Empty, m.Unit?.Meaning ?? string.Empty, m.Qualifier?.Meaning ?? string.Empty,
                ];
            }
        }
    }

    /// <summary>The table as tab-separated text with a header line (tabs and line breaks inside values become spaces).</summary>
    public static string ToTsv(MeasurementReportContent content)
    {
        var text = new StringBuilder();
        text.AppendJoin('\t', Columns).Append('\n');
        foreach (string[] row in Rows(content))
        {
            text.AppendJoin('\t', row.Select(v => v.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))).Append('\n');
        }

        return text.ToString();
    }
}
