using Radiomics.Configuration;

namespace Radiomics.Cli.Batch;

/// <summary>Everything a batch run needs, parsed from the command line.</summary>
public sealed record BatchOptions(
    string CaseListPath,
    ExtractionParameters Parameters,
    string OutputPath,
    BatchFormat Format,
    int Jobs,
    bool Resume,
    ShardSpec? Shard,
    bool AllLabels,
    Verbosity Verbosity,
    string? LogFile)
{
    /// <summary>PyRadiomics' --skip-nans: NaN values are left out of every record (a wide table shows an empty cell).</summary>
    public bool SkipNans { get; init; }

    /// <summary>--dicom-sr-dir: a DICOM SR per case, or null.</summary>
    internal DicomOutput.BatchReports? Reports { get; init; }

    /// <summary>--report: the quality-control page to write after the output, or null.</summary>
    public string? ReportPath { get; init; }

    /// <summary>--modality for the report (Unknown: from the case list's Modality column, else detected).</summary>
    public Radiomics.Analysis.Reports.ImagingModality ReportModality { get; init; }

    /// <summary>--ibsi-check: the report's compliance section, read before the run.</summary>
    public IReadOnlyList<Radiomics.Analysis.Reports.ComplianceSummary> ReportCompliance { get; init; } = [];

    /// <summary>The command word in progress and summary lines (<c>radiomics batch: …</c>).</summary>
    public string Command { get; init; } = "batch";

    /// <summary>Extra text for the journal's fingerprint (see <see cref="BatchFingerprint.Compute"/>); empty for <c>batch</c>.</summary>
    public string FingerprintSalt { get; init; } = "";
}
