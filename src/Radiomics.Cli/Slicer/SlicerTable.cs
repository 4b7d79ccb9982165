using Radiomics.Cli.Output;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Slicer;

/// <summary>
/// The feature table 3D Slicer reads back from a CLI module's <c>&lt;table&gt;</c> output: a CSV (Slicer picks the
/// comma delimiter from the <c>.csv</c> extension and reads the first line as the header) with the columns
/// <c>Feature,Value</c> and one row per feature, values in round-trip form (<c>nan</c>, <c>inf</c>, <c>-inf</c> for
/// the non-finite ones). Beside it, <c>TABLE.schema.csv</c> — the schema Slicer's table storage node looks for next to a
/// table (<c>something.csv</c> → <c>something.schema.csv</c>) — types Feature as string and Value as double, so Slicer
/// holds numbers (which it parses, non-finite words included) rather than text. Diagnostics are left out (they are
/// text; <c>radiomics extract</c> gives them). Both files are written atomically, the table first; if the schema
/// cannot be written, the table is removed again.
/// </summary>
internal static class SlicerTable
{
    /// <summary>The schema beside <paramref name="tablePath"/>: <c>features.csv</c> → <c>features.schema.csv</c>.</summary>
    public static string SchemaPathFor(string tablePath) => Path.ChangeExtension(tablePath, ".schema.csv");

    /// <summary>Writes the features of <paramref name="result"/>; returns how many rows were written.</summary>
    public static int Write(string tablePath, FeatureResult result)
    {
        var features = result.Features.ToList();
        AtomicFile.WriteText(tablePath, writer =>
        {
            writer.Write("Feature,Value\n");
            foreach (var (name, value) in features)
            {
                writer.Write(ResultFormats.CsvField(name));
                writer.Write(',');
                writer.Write(ResultValue.FormatNumber(value));
                writer.Write('\n');
            }
        });
        try
        {
            AtomicFile.WriteText(SchemaPathFor(tablePath), writer => writer.Write("columnName,type\nFeature,string\nValue,double\n"));
        }
        catch
        {
            File.Delete(tablePath); // a table without its schema would load as text: neither is left
            throw;
        }

        return features.Count;
    }
}
