using System.CommandLine;
using Radiomics.Analysis.Reports;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Reports;

/// <summary>
/// <c>--report FILE.html [--modality ct|mr|pet|other] [--ibsi-check FILE.json]</c>: the quality-control report of extract
/// and batch (one self-contained HTML page; see docs/report.md).
/// </summary>
internal sealed class ReportOptions
{
    private static readonly string[] Modalities = ["ct", "mr", "pet", "other"];

    public ReportOptions(string reportDescription)
    {
        Report = OptionValues.Text("--report", "FILE.html", reportDescription);
    }

    public Option<string?> Report { get; }

    public Option<string?> Modality { get; } = ModalityOption();

    public Option<string?> IbsiCheck { get; } = IbsiCheckOption();

    /// <summary>An <c>--ibsi-check</c> option (for the commands that declare it without <c>--report</c>).</summary>
    public static Option<string?> IbsiCheckOption() => OptionValues.Text("--ibsi-check", "FILE.json",
        "show in the report's compliance section the verdict, version, date and reference-data hash of this report of "
        + "'radiomics ibsi-check --out FILE.json' (warning when another build made it); without it the section says how to make one");

    /// <summary>A <c>--modality</c> option (for the commands that declare it without <c>--report</c>).</summary>
    public static Option<string?> ModalityOption() => OptionValues.Choice("--modality", "M",
        "the images' modality for the report: ct (window W400/L40, plausible HU range), mr, pet or other (window from the ROI's percentiles); "
        + "default: a Modality column of the case list, else CT when the image's minimum is at most -900 (air in HU), else other",
        Modalities);

    public IEnumerable<Option> All => [Report, Modality, IbsiCheck];

    /// <summary>The report's path (checked: an .html file in an existing folder), or null without --report.</summary>
    public string? PathFrom(ParseResult parsed)
    {
        if (parsed.GetValue(Report) is not { } path)
        {
            return parsed.GetResult(Modality) is { Implicit: false } ? throw new UsageException("--modality needs --report FILE.html")
                : parsed.GetResult(IbsiCheck) is { Implicit: false } ? throw new UsageException("--ibsi-check needs --report FILE.html")
                : null;
        }

        return Checked("--report", path);
    }

    /// <summary>The report's compliance section, its <c>--ibsi-check</c> file read now (before any work).</summary>
    /// <exception cref="InputException">The file is not an ibsi-check report this build reads.</exception>
    public IReadOnlyList<ComplianceSummary> ComplianceFrom(ParseResult parsed) => ReportCompliance.Summaries(parsed.GetValue(IbsiCheck));

    /// <summary>The modality given, or <see cref="ImagingModality.Unknown"/>.</summary>
    public ImagingModality ModalityFrom(ParseResult parsed) => Parse(parsed.GetValue(Modality));

    /// <summary>An .html or .htm path whose folder exists.</summary>
    public static string Checked(string option, string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".html" or ".htm"))
        {
            throw new UsageException($"{option} {path}: the report is an HTML page; give a file name ending in .html");
        }

        OutputLocation.CheckFile(option, path);
        return path;
    }

    public static ImagingModality Parse(string? text) =>
        ModalityDetection.TryParse(text, out ImagingModality modality) ? modality : ImagingModality.Unknown;
}
