using System.Globalization;
using Radiomics.Analysis.Reports;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.IO;

namespace Radiomics.Cli.Reports;

/// <summary>Writes a report page atomically, stamped with the tool's version and the time (or <c>SOURCE_DATE_EPOCH</c>).</summary>
internal static class ReportOutput
{
    /// <summary>Set to Unix seconds, it fixes the report's one timestamp (reproducible builds' convention), for byte-identical reports.</summary>
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    public static string Generator => $"Radiomics.NET {CommandLineTool.Version}";

    public static DateTimeOffset Now =>
        long.TryParse(Environment.GetEnvironmentVariable(SourceDateEpoch), NumberStyles.Integer, CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow;

    /// <summary>A document with the generator, the time and the compliance section (<see cref="ReportCompliance"/>) filled in.</summary>
    public static ReportDocument Document(string title, IReadOnlyList<CaseReport> cases, string source, IReadOnlyList<ComplianceSummary> compliance) =>
        new(title, cases) { Generator = Generator, GeneratedAt = Now, Source = source, Compliance = compliance };

    public static void Write(string path, ReportDocument document) => AtomicFile.WriteText(path, writer => HtmlReportWriter.Write(writer, document));

    /// <summary>How a case is named when the case list has no ID: its image's file name without the extension (".nii.gz" whole).</summary>
    public static string IdFromPath(string path)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        foreach (string extension in new[] { ".nii.gz", ".nii", ".nrrd", ".nhdr", ".mha", ".mhd", ".dcm" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length > extension.Length)
            {
                return name[..^extension.Length];
            }
        }

        return name;
    }
}
