using Radiomics.IO;

namespace Radiomics.Compliance;

/// <summary>
/// What a site files as evidence of a check: the verdict, a short summary per suite, the reference data used (source
/// and <see cref="ReferenceDataDigest"/>), the tool version, runtime and machine, when it ran and, for a partial run,
/// the selection. Written as JSON by <see cref="WriteJson(Stream)"/> (format in <c>docs/ibsi-check.md</c>).
/// </summary>
/// <param name="Verdict">The verdict over every suite that ran.</param>
/// <param name="Suites">Each suite's run, in run order.</param>
/// <param name="DataSource">"embedded" or the data folder's full path.</param>
/// <param name="Data">The digest of the files the suites read.</param>
/// <param name="Environment">Tool version, runtime and machine.</param>
/// <param name="Started">When the check started (UTC).</param>
/// <param name="Elapsed">Wall-clock time of the whole check.</param>
/// <param name="Selection">The datasets a partial run was limited to (<c>--only</c>), or null for a full run.</param>
public sealed record ComplianceEvidence(
    ComplianceVerdict Verdict,
    IReadOnlyList<SuiteRun> Suites,
    string DataSource,
    ReferenceDataDigest Data,
    RunEnvironment Environment,
    DateTimeOffset Started,
    TimeSpan Elapsed,
    string? Selection = null)
{
    /// <summary>Identifies the JSON layout; a reader checks it before trusting the fields.</summary>
    public const string Format = "radiomics-ibsi-check/1";

    /// <summary>Writes the report as indented UTF-8 JSON.</summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ComplianceEvidenceJson.Write(this, stream);
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically (the file is complete or not there).</summary>
    public void WriteJson(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, WriteJson);
    }
}
