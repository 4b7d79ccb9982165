using System.Security.Cryptography;
using Radiomics.Analysis.Common;
using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Reads a robustness list (<see cref="RobustSettings.Read"/>): a CSV with feature and robust columns, or one name per line.</summary>
internal static class RobustListReader
{
    public static RobustSettings Read(string path)
    {
        Func<string, Exception> fail = message => new SelectionException($"--robust: {message}");
        byte[] bytes = AnalysisFiles.ReadBytes(path, "a robustness list", fail);
        string text = AnalysisFiles.Decode(bytes, path, fail);
        string firstLine = text.Split('\n', 2)[0];
        (List<string> robust, List<string> notRobust) = firstLine.Contains(',') ? ReadCsv(path, text) : (ReadLines(text), []);
        return new RobustSettings
        {
            RobustFeatures = robust,
            NotRobustFeatures = notRobust,
            Source = Path.GetFileName(path),
            SourceSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
    }

    private static List<string> ReadLines(string text)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string raw in text.Split('\n'))
        {
            string name = raw.Trim();
            if (name.Length > 0 && !name.StartsWith('#') && seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static (List<string> Robust, List<string> NotRobust) ReadCsv(string path, string text)
    {
        using var reader = new CsvReader(new StringReader(text));
        try
        {
            reader.Read();
            string[] header = reader.ToArray().Select(h => h.Trim()).ToArray();
            int featureColumn = Array.IndexOf(header, "feature");
            int robustColumn = Array.IndexOf(header, "robust");
            if (featureColumn < 0 || robustColumn < 0)
            {
                throw new SelectionException($"--robust: {path}: a CSV robustness list needs 'feature' and 'robust' columns (the header has {string.Join(", ", header)})");
            }

            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            var order = new List<string>();
            while (reader.Read())
            {
                if (reader.FieldCount != header.Length)
                {
                    throw new SelectionException($"--robust: {path} line {reader.LineNumber}: {reader.FieldCount} fields, the header has {header.Length}");
                }

                string feature = reader.GetString(featureColumn).Trim();
                bool robust = ParseVerdict(reader.GetString(robustColumn).Trim(), path, reader.LineNumber);
                if (verdicts.TryGetValue(feature, out bool earlier))
                {
                    if (earlier != robust)
                    {
                        throw new SelectionException($"--robust: {path} line {reader.LineNumber}: '{feature}' is listed both robust and not robust");
                    }

                    continue;
                }

                verdicts[feature] = robust;
                order.Add(feature);
            }

            return (order.Where(f => verdicts[f]).ToList(), order.Where(f => !verdicts[f]).ToList());
        }
        catch (CsvFormatException e)
        {
            throw new SelectionException($"--robust: {path} line {e.LineNumber}: {e.Problem}", e);
        }
    }

    private static bool ParseVerdict(string value, string path, long line) => value.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new SelectionException($"--robust: {path} line {line}: robust value '{value}' is not TRUE or FALSE"),
    };
}
