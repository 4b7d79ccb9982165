using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Output;
using Radiomics.Cli.Json;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// How every analysis command writes a table: the format follows the extension, <c>.csv</c> (RFC 4180, full precision,
/// NaN as <c>NaN</c>) or <c>.json</c> (a radiomics-table object whose <c>provenance</c> is the run's
/// <see cref="AnalysisRunProvenance"/>); any other extension is a usage error, found before any work. A CSV has no place
/// for provenance, so it gets a sidecar <c>FILE.provenance.json</c> (e.g. <c>icc.csv.provenance.json</c>) holding the same
/// object. Both files are written atomically (a temporary sibling renamed into place), the table first.
/// </summary>
internal static class AnalysisOutput
{
    /// <summary>The extensions an analysis output may have, for messages and help.</summary>
    public const string Extensions = ".csv or .json";

    /// <summary>The suffix of a CSV output's provenance sidecar.</summary>
    public const string SidecarSuffix = ".provenance.json";

    /// <summary>Checks, before any work, that <paramref name="path"/> has a table extension and can be written.</summary>
    /// <exception cref="UsageException">An unknown extension or an unwritable place.</exception>
    public static void CheckTable(string option, string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".json"))
        {
            throw new UsageException($"{option} {path}: no output format has the extension '{extension}'; use {Extensions}");
        }

        OutputLocation.CheckFile(option, path);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> (checked by <see cref="CheckTable"/>) with its provenance.</summary>
    /// <exception cref="FeatureTableException">The file cannot be written.</exception>
    public static void WriteTable(FeatureTable table, string path, AnalysisRunProvenance provenance)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            FeatureTableWriter.Write(table, path, CliJson.ToElement(provenance));
            return;
        }

        FeatureTableWriter.Write(table, path);
        WriteSidecar(path, provenance);
    }

    /// <summary>
    /// Writes <paramref name="provenance"/> (any record: <see cref="AnalysisRunProvenance"/>, the habitats run's) as
    /// <c>PATH.provenance.json</c> beside the output <paramref name="path"/>, atomically, in <see cref="AnalysisJson"/>
    /// conventions.
    /// </summary>
    public static void WriteSidecar(string path, object provenance) =>
        AtomicFile.WriteText(path + SidecarSuffix, writer => writer.Write(CliJson.Serialize(provenance) + "\n"));

    /// <summary>
    /// The table for reading on the console: the columns aligned, numbers to six significant digits (write a file for
    /// full precision), NaN as <c>NaN</c>.
    /// </summary>
    public static void Print(FeatureTable table, TextWriter console)
    {
        List<string[]> columns = [[table.IdColumn, .. table.Ids]];
        columns.AddRange(table.OtherColumnNames.Select(name => (string[])[name, .. table.OtherColumn(name)]));
        for (int j = 0; j < table.FeatureCount; j++)
        {
            var cells = new string[table.RowCount + 1];
            cells[0] = table.FeatureNames[j];
            for (int row = 0; row < table.RowCount; row++)
            {
                cells[row + 1] = table[row, j].ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
            }

            columns.Add(cells);
        }

        int[] widths = columns.Select(c => c.Max(cell => cell.Length)).ToArray();
        var line = new System.Text.StringBuilder();
        for (int row = 0; row <= table.RowCount; row++)
        {
            line.Clear();
            for (int c = 0; c < columns.Count; c++)
            {
                bool number = c >= columns.Count - table.FeatureCount;
                string cell = columns[c][row];
                line.Append(c == 0 ? "" : "  ").Append(number ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            }

            console.Write(line.ToString().TrimEnd());
            console.Write('\n');
        }

        console.Flush();
    }
}
