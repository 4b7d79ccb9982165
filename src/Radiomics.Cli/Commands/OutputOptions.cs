using Radiomics.Cli.Output;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// The single-case output of extract and example: its format (table, json, csv; PyRadiomics' <c>txt</c> is the
/// table), written to a file (atomically) or the console.
/// </summary>
internal static class OutputOptions
{
    /// <summary>The values --format accepts, as the help lists them.</summary>
    public const string Names = "table (or txt), json or csv";

    /// <summary>
    /// The format: --format when given, else from --out's extension (.csv, .json, .txt or none: the table), else the
    /// table. An extension no format has is an error, so that a typo does not silently write the table.
    /// </summary>
    public static string ResolveFormat(string? format, string? outPath)
    {
        if (format is not null)
        {
            return format switch
            {
                "table" or "txt" => "table",
                "json" => "json",
                "csv" => "csv",
                _ => throw new UsageException($"--format must be {Names}, not '{format}'"),
            };
        }

        string extension = outPath is null ? "" : Path.GetExtension(outPath).ToLowerInvariant();
        return extension switch
        {
            "" or ".txt" => "table",
            ".json" => "json",
            ".csv" => "csv",
            _ => throw new UsageException($"--out {outPath}: no output format has the extension '{extension}'; use .csv, .json or .txt (the table), or give --format"),
        };
    }

    public static void Write(IReadOnlyList<KeyValuePair<string, ResultValue>> entries, string format, string? outPath,
        IReadOnlyList<KeyValuePair<string, string>> caseColumns, TextWriter console)
    {
        void Render(TextWriter writer)
        {
            switch (format)
            {
                case "json":
                    ResultFormats.WriteJson(writer, entries);
                    break;
                case "csv":
                    ResultFormats.WriteCsv(writer, caseColumns, entries);
                    break;
                default:
                    ResultFormats.WriteTable(writer, entries);
                    break;
            }
        }

        if (outPath is null)
        {
            Render(console);
            console.Flush();
        }
        else
        {
            AtomicFile.WriteText(outPath, Render);
        }
    }
}
