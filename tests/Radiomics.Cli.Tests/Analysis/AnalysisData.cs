using Radiomics.Analysis.Tables;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>The analysis oracles in tests/data/analysis (read at run time) and comparisons of the tables the commands write.</summary>
internal static class AnalysisData
{
    public static string Icc(string file) => TestData.Require($"analysis/icc/{file}");

    public static string Combat(string file) => TestData.Require($"analysis/combat/{file}");

    /// <summary>A table written by a command, or an oracle table: <paramref name="reserved"/> stay text; features by <paramref name="pattern"/> or the default rule.</summary>
    public static FeatureTable Read(string path, string? pattern = null, string? idColumn = null, params string[] reserved) =>
        FeatureTableReader.Read(path, new FeatureTableReadSettings { IdColumn = idColumn, FeaturePattern = pattern, ReservedColumns = reserved });

    /// <summary>The lines <c>radiomics: warning: …</c> of a run's standard error.</summary>
    public static string[] Warnings(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("radiomics: warning: ", StringComparison.Ordinal)).ToArray();

    /// <summary>A copy of the CSV <paramref name="source"/> with each line passed through <paramref name="edit"/> (line 0 is the header).</summary>
    public static string EditedCopy(string source, string target, Func<int, string[], string[]> edit)
    {
        string[] lines = File.ReadAllLines(source);
        File.WriteAllLines(target, lines.Select((line, i) => string.Join(",", edit(i, line.Split(',')))));
        return target;
    }
}
