using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Radiomics.Compliance;

/// <summary>Writes a <see cref="ComplianceEvidence"/> with <see cref="Utf8JsonWriter"/>; numbers that are not finite become strings.</summary>
internal static class ComplianceEvidenceJson
{
    public static void Write(ComplianceEvidence evidence, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteString("format", ComplianceEvidence.Format);
        json.WriteString("verdict", evidence.Verdict.Text);
        json.WriteBoolean("strict", evidence.Verdict.Strict);
        json.WriteString("started", evidence.Started.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteNumber("elapsedSeconds", Math.Round(evidence.Elapsed.TotalSeconds, 2));
        if (evidence.Selection is null)
        {
            json.WriteNull("selection");
        }
        else
        {
            json.WriteString("selection", evidence.Selection);
        }

        RunEnvironment environment = evidence.Environment;
        json.WriteStartObject("tool");
        json.WriteString("name", "Radiomics.NET");
        json.WriteString("version", environment.ToolVersion);
        json.WriteEndObject();
        json.WriteStartObject("runtime");
        json.WriteString("framework", environment.Runtime);
        json.WriteString("identifier", environment.RuntimeIdentifier);
        json.WriteEndObject();
        json.WriteStartObject("machine");
        json.WriteString("os", environment.OperatingSystem);
        json.WriteString("architecture", environment.Architecture);
        json.WriteNumber("processors", environment.ProcessorCount);
        json.WriteEndObject();
        json.WriteStartObject("referenceData");
        json.WriteString("source", evidence.DataSource);
        json.WriteString("sha256", evidence.Data.Sha256);
        json.WriteStartArray("files");
        foreach (ReferenceFileHash file in evidence.Data.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("suites");
        foreach (SuiteRun run in evidence.Suites)
        {
            WriteSuite(json, run);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSuite(Utf8JsonWriter json, SuiteRun run)
    {
        ComplianceReport report = run.Report;
        json.WriteStartObject();
        json.WriteString("name", report.Suite.Name);
        json.WriteString("title", report.Suite.Title);
        json.WriteNumber("checked", report.Outcomes.Count);
        json.WriteNumber("passed", report.Passed);
        json.WriteNumber("knownDeviations", report.KnownDeviations);
        json.WriteNumber("unexpectedFailures", report.UnexpectedFailures);
        json.WriteNumber("staleDeviations", report.StaleDeviations);
        json.WriteNumber("elapsedSeconds", Math.Round(run.Elapsed.TotalSeconds, 2));
        json.WriteNumber("cpuSeconds", Math.Round(run.ProcessorTime.TotalSeconds, 2));
        json.WriteStartArray("sections");
        foreach (IGrouping<string, CheckOutcome> section in report.Outcomes.GroupBy(o => o.Reference.Section))
        {
            json.WriteStartObject();
            json.WriteString("name", section.Key);
            json.WriteNumber("checked", section.Count());
            json.WriteNumber("passed", section.Count(o => o.Passed));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteOutcomes(json, "deviations", report.Outcomes.Where(o => o.Status == CheckStatus.KnownDeviation));
        WriteOutcomes(json, "failures", report.Outcomes.Where(o => o.Status is CheckStatus.Fail or CheckStatus.Missing));
        json.WriteEndObject();
    }

    private static void WriteOutcomes(Utf8JsonWriter json, string name, IEnumerable<CheckOutcome> outcomes)
    {
        json.WriteStartArray(name);
        foreach (CheckOutcome outcome in outcomes)
        {
            json.WriteStartObject();
            json.WriteString("dataset", outcome.Reference.Dataset);
            json.WriteString("tag", outcome.Reference.Tag);
            json.WriteString("reference", outcome.Reference.ReferenceText);
            WriteNumber(json, "tolerance", outcome.Reference.Tolerance);
            WriteNumber(json, "value", outcome.Value);
            json.WriteString("status", outcome.Status switch
            {
                CheckStatus.KnownDeviation => "known deviation",
                CheckStatus.Missing => "not computed",
                _ => "fail",
            });
            if (outcome.DeviationReason is not null)
            {
                json.WriteString("reason", outcome.DeviationReason);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
