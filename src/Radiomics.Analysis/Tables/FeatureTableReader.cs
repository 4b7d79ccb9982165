using System.Text.RegularExpressions;
using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Reads the feature tables the analysis commands take: what <c>radiomics batch</c> writes (PyRadiomics' wide CSV,
/// the long CSV, JSON lines, Parquet), the JSON tables the analysis commands write, and plain CSVs from elsewhere
/// (RFC 4180, comma separated, header first). Column roles follow <see cref="FeatureTableReadSettings"/>.
/// </summary>
/// <remarks>
/// Errors are <see cref="FeatureTableException"/>s naming the file, the line (or Parquet row) and column where that
/// applies, and the problem: a missing file, a malformed CSV, a row with the wrong number of fields, a repeated column,
/// a missing ID column, a text value in a column the feature pattern selects, a clinical ID missing or repeated.
/// </remarks>
public static class FeatureTableReader
{
    /// <summary>Reads <paramref name="path"/> (and the clinical table, when the settings name one).</summary>
    /// <exception cref="FeatureTableException">The file cannot be read as a feature table.</exception>
    public static FeatureTable Read(string path, FeatureTableReadSettings? settings = null)
    {
        settings ??= new FeatureTableReadSettings();
        settings.Validate();
        RawTable main = Load(path, settings.Format);
        RawColumn ids = IdColumnOf(main, settings.IdColumn);
        if (settings.ClinicalPath is { } clinicalPath)
        {
            RawTable clinical = Load(clinicalPath, FeatureTableFormat.Auto);
            ClinicalJoin.Join(main, ids, clinical, IdColumnOf(clinical, settings.IdColumn));
        }

        return Build(main, ids, settings);
    }

    private static RawTable Load(string path, FeatureTableFormat format)
    {
        AnalysisFiles.RequireFile(path, Fail);
        try
        {
            return ResolveFormat(path, format) switch
            {
                FeatureTableFormat.Parquet => ParquetTableLoader.Load(path),
                FeatureTableFormat.JsonLines => JsonTableLoader.LoadLines(path),
                FeatureTableFormat.JsonTable => JsonTableLoader.LoadTable(path),
                FeatureTableFormat f => CsvTableLoader.Load(path, f),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeatureTableException($"{path}: cannot read the file ({e.Message})", e);
        }
    }

    private static FeatureTableFormat ResolveFormat(string path, FeatureTableFormat format)
    {
        if (format != FeatureTableFormat.Auto)
        {
            return format;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".parquet" => FeatureTableFormat.Parquet,
            ".jsonl" or ".ndjson" => FeatureTableFormat.JsonLines,
            ".json" => JsonTableLoader.StartsAsJsonTable(path) ? FeatureTableFormat.JsonTable : FeatureTableFormat.JsonLines,
            _ => FeatureTableFormat.Auto,
        };
    }

    private static RawColumn IdColumnOf(RawTable table, string? idColumn)
    {
        if (table.Columns.Count == 0)
        {
            throw new FeatureTableException($"{table.Source}: the table has no columns");
        }

        if (idColumn is null)
        {
            return table.Find(FeatureTable.DefaultIdColumn) ?? table.Columns[0];
        }

        return table.Find(idColumn)
            ?? throw new FeatureTableException($"{table.Source}: no ID column '{idColumn}' (columns: {Describe(table.Columns.Select(c => c.Name))})");
    }

    private static FeatureTable Build(RawTable table, RawColumn ids, FeatureTableReadSettings settings)
    {
        Regex? pattern = settings.CompiledPattern;
        var reserved = new HashSet<string>(settings.ReservedColumns, StringComparer.Ordinal);
        var featureNames = new List<string>();
        var featureColumns = new List<double[]>();
        var others = new List<KeyValuePair<string, string[]>>();
        foreach (RawColumn column in table.Columns)
        {
            if (ReferenceEquals(column, ids))
            {
                continue;
            }

            double[]? values = reserved.Contains(column.Name) ? null : FeatureValues(table, column, pattern);
            if (values is not null)
            {
                featureNames.Add(column.Name);
                featureColumns.Add(values);
            }
            else
            {
                others.Add(KeyValuePair.Create(column.Name, Texts(column)));
            }
        }

        return new FeatureTable(Texts(ids), featureNames, featureColumns, others, ids.Name);
    }

    /// <summary>The column's values when it is a feature, else null.</summary>
    private static double[]? FeatureValues(RawTable table, RawColumn column, Regex? pattern)
    {
        if (column.IsKey || (pattern is null && (column.FromClinical || IsNeverAFeatureByDefault(column.Name))))
        {
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(column.Name))
        {
            return null;
        }

        var values = new double[column.Count];
        int textRow = column.ReadNumbers(values, out bool anyNumber);
        if (textRow >= 0)
        {
            return pattern is null ? null
                : throw new FeatureTableException($"{table.Where(textRow)}, {(column.FromClinical ? "clinical column" : "column")} '{column.Name}': '{column.Text(textRow)}' is not a number (the feature pattern selects this column)");
        }

        return anyNumber || pattern is not null ? values : null;
    }

    /// <summary>PyRadiomics' diagnostics, the perturbed variants' parameters (<c>perturbation_*</c>) and the case list's structural columns (<c>Label</c>, <c>label_channel</c>).</summary>
    private static bool IsNeverAFeatureByDefault(string name) =>
        name.StartsWith("diagnostics_", StringComparison.Ordinal) || name.StartsWith("perturbation_", StringComparison.Ordinal)
        || name is "Label" or "label_channel" or "Label_channel";

    private static string[] Texts(RawColumn column)
    {
        var texts = new string[column.Count];
        for (int row = 0; row < texts.Length; row++)
        {
            texts[row] = column.Text(row);
        }

        return texts;
    }

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.Take(11).ToList();
        return list.Count > 10 ? string.Join(", ", list.Take(10)) + ", …" : string.Join(", ", list);
    }

    /// <summary>The table layer's error for a file problem (<see cref="AnalysisFiles"/>).</summary>
    internal static Exception Fail(string message) => new FeatureTableException(message);
}
