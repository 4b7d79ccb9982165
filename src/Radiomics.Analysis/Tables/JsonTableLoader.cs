using System.Text.Json;
using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Loads JSON lines (one flat object per sample) and the JSON table object <see cref="FeatureTableWriter"/> writes.
/// Columns are the keys in order of first appearance; a key an object lacks is missing. Strings are taken as they are,
/// numbers as written, <c>null</c> as missing, anything else (booleans, arrays, objects) as its JSON text.
/// </summary>
internal static class JsonTableLoader
{
    /// <summary>The opening every JSON table file starts with.</summary>
    public const string TableSignature = "{\"format\":\"radiomics-table\"";

    public static bool StartsAsJsonTable(string path)
    {
        using TextReader reader = AnalysisFiles.OpenText(path, "a table", FeatureTableReader.Fail);
        var start = new char[TableSignature.Length];
        int read = reader.ReadBlock(start);
        return start.AsSpan(0, read).SequenceEqual(TableSignature);
    }

    public static RawTable LoadLines(string path)
    {
        var builder = new Builder(path, "line");
        long line = 0;
        using TextReader reader = AnalysisFiles.OpenText(path, "a table", FeatureTableReader.Fail);
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                builder.AddRow(document.RootElement, line);
            }
            catch (JsonException e)
            {
                throw new FeatureTableException($"{path}, line {line}: not valid JSON ({e.Message})", e);
            }
        }

        return builder.Finish();
    }

    public static RawTable LoadTable(string path)
    {
        try
        {
            using FileStream stream = AnalysisFiles.OpenRead(path, "a table", FeatureTableReader.Fail);
            using JsonDocument document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("rows", out JsonElement rows) || rows.ValueKind != JsonValueKind.Array)
            {
                throw new FeatureTableException($"{path}: a radiomics-table JSON file without a \"rows\" array");
            }

            var builder = new Builder(path, "row");
            long position = 0;
            foreach (JsonElement row in rows.EnumerateArray())
            {
                builder.AddRow(row, ++position);
            }

            return builder.Finish();
        }
        catch (JsonException e)
        {
            throw new FeatureTableException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    private sealed class Builder(string path, string rowUnit)
    {
        private readonly RawTable _table = new(path, rowUnit);
        private readonly Dictionary<string, TextColumn> _columns = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenInRow = new(StringComparer.Ordinal);

        public void AddRow(JsonElement row, long position)
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new FeatureTableException($"{path}, {rowUnit} {position}: expected a JSON object, found {row.ValueKind}");
            }

            int index = _table.RowCount;
            _seenInRow.Clear();
            foreach (JsonProperty property in row.EnumerateObject())
            {
                if (!_seenInRow.Add(property.Name))
                {
                    throw new FeatureTableException($"{path}, {rowUnit} {position}: key '{property.Name}' appears twice");
                }

                if (!_columns.TryGetValue(property.Name, out TextColumn? column))
                {
                    column = new TextColumn(property.Name);
                    _columns.Add(property.Name, column);
                    _table.Columns.Add(column);
                }

                column.PadTo(index);
                column.Add(property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => "",
                    _ => property.Value.GetRawText(),
                });
            }

            _table.RowPositions.Add(position);
        }

        public RawTable Finish()
        {
            foreach (TextColumn column in _columns.Values)
            {
                column.PadTo(_table.RowCount);
            }

            return _table;
        }
    }
}
