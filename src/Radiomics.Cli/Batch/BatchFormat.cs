namespace Radiomics.Cli.Batch;

/// <summary>The output formats of <c>radiomics batch</c> and <c>radiomics merge</c>.</summary>
public enum BatchFormat
{
    /// <summary>PyRadiomics' batch CSV: one row per case (and label), pass-through columns then diagnostics and features.</summary>
    Csv,

    /// <summary>Long (tidy) CSV: <c>case[,Label],feature,value</c>, one row per value.</summary>
    Long,

    /// <summary>JSON lines: one flat object per case (and label), as PyRadiomics' <c>--format json</c>.</summary>
    JsonLines,

    /// <summary>Apache Parquet, wide like the CSV, numbers as doubles.</summary>
    Parquet,
}

/// <summary>Names and inference of <see cref="BatchFormat"/>.</summary>
public static class BatchFormats
{
    public const string Names = "csv, long, jsonl or parquet";

    /// <summary>
    /// The --format value, else the output's extension: .csv (or none) CSV, .jsonl/.ndjson/.json JSON lines, .parquet
    /// Parquet. Another extension is an error, so that a typo does not silently write CSV.
    /// </summary>
    public static BatchFormat Resolve(string? format, string? outputPath) => format switch
    {
        "csv" => BatchFormat.Csv,
        "long" => BatchFormat.Long,
        "jsonl" or "json" => BatchFormat.JsonLines,
        "parquet" => BatchFormat.Parquet,
        null => Path.GetExtension(outputPath ?? "").ToLowerInvariant() switch
        {
            "" or ".csv" => BatchFormat.Csv,
            ".jsonl" or ".ndjson" or ".json" => BatchFormat.JsonLines,
            ".parquet" => BatchFormat.Parquet,
            string extension => throw new UsageException(
                $"--out {outputPath}: no output format has the extension '{extension}'; use .csv, .jsonl or .parquet, or give --format {Names.Replace(" or ", "|").Replace(", ", "|")}"),
        },
        _ => throw new UsageException($"--format must be {Names}, not '{format}'"),
    };

    public static string Name(BatchFormat format) => format switch
    {
        BatchFormat.Long => "long",
        BatchFormat.JsonLines => "jsonl",
        BatchFormat.Parquet => "parquet",
        _ => "csv",
    };

    public static string Extension(BatchFormat format) => format switch
    {
        BatchFormat.JsonLines => ".jsonl",
        BatchFormat.Parquet => ".parquet",
        _ => ".csv",
    };
}
