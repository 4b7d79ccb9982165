using Radiomics.Cli.Output;
using Radiomics.Extraction;

namespace Radiomics.Cli.Commands;

/// <summary>Writes one case's result in the format asked for, to a file (atomically) or the console.</summary>
internal static class OutputOptions
{
    public static string ResolveFormat(string? format, string? outPath)
    {
        format ??= outPath is null ? "table" : Path.GetExtension(outPath).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".csv" => "csv",
            _ => "table",
        };
        return format is "table" or "json" or "csv"
            ? format
            : throw new UsageException($"--format must be table, json or csv, not '{format}'");
    }

    public static void Write(FeatureResult result, string format, string? outPath, IReadOnlyList<KeyValuePair<string, string>> caseColumns, TextWriter console)
    {
        void Render(TextWriter writer)
        {
            switch (format)
            {
                case "json":
                    ResultFormats.WriteJson(writer, result.Entries);
                    break;
                case "csv":
                    ResultFormats.WriteCsv(writer, caseColumns, result.Entries);
                    break;
                default:
                    ResultFormats.WriteTable(writer, result.Entries);
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
            AtomicFile.Write(outPath, Render);
        }
    }
}
