using System.Text.Json;
using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;
using static Radiomics.Analysis.Common.JsonFields;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// What a report shows of a compliance check: the JSON report <c>radiomics ibsi-check --out FILE.json</c> writes
/// (format <c>radiomics-ibsi-check/1</c>, see docs/ibsi-check.md), read back. Running the check takes about 20 s of CPU
/// time, too long per report, so a report shows the verdict of a check run once per build.
/// </summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Verdict">"COMPLIANT" or "NOT COMPLIANT".</param>
/// <param name="Strict">Whether known deviations failed the check (<c>--strict</c>).</param>
/// <param name="Started">When the check started (UTC, as written: <c>2025-01-31T09:30:00Z</c>).</param>
/// <param name="ToolVersion">The version of the build that ran the check (version and source revision).</param>
/// <param name="DataSource">"embedded" or the reference data folder.</param>
/// <param name="DataSha256">The digest of the reference data the suites read.</param>
/// <param name="Selection">The datasets a partial run was limited to (<c>--only</c>), or null for a full run.</param>
/// <param name="Suites">Each suite's counts, in run order.</param>
public sealed record IbsiCheckReport(
    string Path,
    string Verdict,
    bool Strict,
    string Started,
    string ToolVersion,
    string DataSource,
    string DataSha256,
    string? Selection,
    IReadOnlyList<IbsiCheckSuite> Suites)
{
    /// <summary>The format name the file must carry.</summary>
    public const string Format = "radiomics-ibsi-check/1";

    /// <summary>Reads the report at <paramref name="path"/> (a regular file of at most 64 MiB).</summary>
    /// <exception cref="FeatureTableException">Missing, not a regular file, not valid JSON, or not an ibsi-check report of this format.</exception>
    public static IbsiCheckReport Read(string path)
    {
        string text = AnalysisFiles.ReadText(path, "an ibsi-check report", FeatureTableReader.Fail);
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            string? format = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out JsonElement f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != Format)
            {
                throw new FeatureTableException($"{path}: not a report of 'radiomics ibsi-check --out FILE.json' (format '{format ?? "missing"}', expected '{Format}')");
            }

            JsonElement data = Member(root, "referenceData");
            return new IbsiCheckReport(
                path,
                Text(root, "verdict"),
                Bool(root, "strict"),
                Text(root, "started"),
                Text(Member(root, "tool"), "version"),
                Text(data, "source"),
                Text(data, "sha256"),
                OptionalText(root, "selection"),
                Objects(root, "suites", s => new IbsiCheckSuite(Text(s, "title"), Int(s, "checked"), Int(s, "passed"), Int(s, "knownDeviations"), Int(s, "unexpectedFailures"))));
        }
        catch (JsonException e)
        {
            throw new FeatureTableException($"{path}: not valid JSON ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
        catch (Exception e) when (IsShapeProblem(e))
        {
            throw new FeatureTableException($"{path}: not a valid ibsi-check report ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }
}
