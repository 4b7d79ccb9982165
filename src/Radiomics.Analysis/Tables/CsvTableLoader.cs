using Radiomics.Analysis.Common;
using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tables;

/// <summary>Loads a CSV file: wide (one row per sample) as it is, long (<c>case[,Label],feature,value</c>) pivoted to wide.</summary>
internal static class CsvTableLoader
{
    public static RawTable Load(string path, FeatureTableFormat format)
    {
        try
        {
            using CsvReader reader = new(AnalysisFiles.OpenText(path, "a table", FeatureTableReader.Fail));
            if (!reader.Read())
            {
                throw new FeatureTableException($"{path}: the file is empty (no header)");
            }

            string[] header = reader.ToArray();
            for (int i = 0; i < header.Length; i++)
            {
                if (header[i].Length == 0)
                {
                    throw new FeatureTableException($"{path}, line {reader.LineNumber}: column {i + 1} has no name in the header");
                }
            }

            bool isLong = format == FeatureTableFormat.LongCsv || (format != FeatureTableFormat.Csv && LongTablePivot.IsLongHeader(header));
            return isLong ? LongTablePivot.Load(path, reader, header) : LoadWide(path, reader, header);
        }
        catch (CsvFormatException e)
        {
            throw new FeatureTableException($"{path}, {e.Message}", e);
        }
    }

    private static RawTable LoadWide(string path, CsvReader reader, string[] header)
    {
        var table = new RawTable(path, "line");
        var columns = new TextColumn[header.Length];
        for (int i = 0; i < header.Length; i++)
        {
            columns[i] = new TextColumn(header[i]);
            table.Columns.Add(columns[i]);
        }

        table.CheckUniqueNames();
        while (reader.Read())
        {
            if (reader.FieldCount != header.Length)
            {
                throw new FeatureTableException($"{path}, line {reader.LineNumber}: {reader.FieldCount} fields where the header has {header.Length}");
            }

            for (int i = 0; i < columns.Length; i++)
            {
                columns[i].Add(reader[i]);
            }

            table.RowPositions.Add(reader.LineNumber);
        }

        return table;
    }
}
