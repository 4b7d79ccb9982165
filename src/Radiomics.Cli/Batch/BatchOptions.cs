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
}
