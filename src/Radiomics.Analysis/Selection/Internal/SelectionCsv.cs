using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>The CSV view of a selection: <c>feature,kept,method,reason</c>, the kept features in order, then the dropped ones.</summary>
internal static class SelectionCsv
{
    public static string Serialize(SelectionResult result)
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, leaveOpen: true))
        {
            Row(csv, "feature", "kept", "method", "reason");
            foreach (string name in result.Selected)
            {
                Row(csv, name, "TRUE", "", "");
            }

            foreach (DroppedFeature d in result.Dropped)
            {
                Row(csv, d.Feature, "FALSE", d.Method, d.Reason);
            }
        }

        return text.ToString();
    }

    private static void Row(CsvWriter csv, params string[] fields) => csv.WriteRecord(fields);
}
