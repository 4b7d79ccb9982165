using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Pivots the long CSV of <c>radiomics batch --format long</c> (<c>case[,Label],feature,value</c>) to one row per
/// case (and label): columns <c>case</c>, <c>Label</c> when present, then every name in order of first appearance.
/// A name a case lacks is missing; a name repeated for one case is an error.
/// </summary>
internal static class LongTablePivot
{
    public static bool IsLongHeader(string[] header) =>
        header is ["case", "feature", "value"] or ["case", "Label", "feature", "value"];

    public static RawTable Load(string path, CsvReader reader, string[] header)
    {
        bool hasLabel = header.Length == 4;
        int nameField = hasLabel ? 2 : 1;
        var table = new RawTable(path, "line");
        var caseColumn = new TextColumn("case") { IsKey = true };
        var labelColumn = new TextColumn("Label") { IsKey = true };
        var rowOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var values = new TextColumn("value");
        var entries = new List<(int Row, int Name, long Line)>();
        while (reader.Read())
        {
            if (reader.FieldCount != header.Length)
            {
                throw new FeatureTableException($"{path}, line {reader.LineNumber}: {reader.FieldCount} fields where the header has {header.Length}");
            }

            string key = hasLabel ? string.Concat(reader[0], "\u001f", reader[1]) : reader.GetString(0);
            if (!rowOfKey.TryGetValue(key, out int row))
            {
                row = rowOfKey.Count;
                rowOfKey.Add(key, row);
                caseColumn.Add(reader[0]);
                if (hasLabel)
                {
                    labelColumn.Add(reader[1]);
                }

                table.RowPositions.Add(reader.LineNumber);
            }

            string name = reader.GetString(nameField);
            if (!nameIndex.TryGetValue(name, out int nameAt))
            {
                nameAt = names.Count;
                nameIndex.Add(name, nameAt);
                names.Add(name);
            }

            values.Add(reader[nameField + 1]);
            entries.Add((row, nameAt, reader.LineNumber));
        }

        int rows = rowOfKey.Count;
        var cellEntry = new int[rows * names.Count];
        Array.Fill(cellEntry, -1);
        for (int e = 0; e < entries.Count; e++)
        {
            var (row, name, line) = entries[e];
            ref int cell = ref cellEntry[(name * rows) + row];
            if (cell >= 0)
            {
                throw new FeatureTableException($"{path}, line {line}: case '{caseColumn.Text(row)}' has a second value for '{names[name]}' (first on line {entries[cell].Line})");
            }

            cell = e;
        }

        table.Columns.Add(caseColumn);
        if (hasLabel)
        {
            table.Columns.Add(labelColumn);
        }

        for (int name = 0; name < names.Count; name++)
        {
            var column = new TextColumn(names[name]);
            for (int row = 0; row < rows; row++)
            {
                int e = cellEntry[(name * rows) + row];
                column.Add(e >= 0 ? values.Cell(e) : []);
            }

            table.Columns.Add(column);
        }

        table.CheckUniqueNames();
        return table;
    }
}
