namespace Radiomics.Analysis.Tables;

/// <summary>The layouts <see cref="FeatureTableReader"/> reads.</summary>
public enum FeatureTableFormat
{
    /// <summary>
    /// From the file: <c>.parquet</c> is Parquet; <c>.jsonl</c>/<c>.ndjson</c> JSON lines; <c>.json</c> our own table
    /// object (<see cref="FeatureTableWriter"/>) when it starts with <c>{"format":"radiomics-table"</c>, else JSON lines
    /// (what <c>radiomics batch</c> writes under that extension); anything else CSV, long when the header is exactly
    /// <c>case,feature,value</c> or <c>case,Label,feature,value</c>, wide otherwise.
    /// </summary>
    Auto,

    /// <summary>Wide CSV, one row per sample (PyRadiomics' batch CSV, or any plain CSV with a header).</summary>
    Csv,

    /// <summary>The long (tidy) CSV of <c>radiomics batch --format long</c>: <c>case[,Label],feature,value</c>.</summary>
    LongCsv,

    /// <summary>JSON lines: one flat object per sample (<c>radiomics batch --format jsonl</c>, PyRadiomics' <c>--format json</c>).</summary>
    JsonLines,

    /// <summary>Apache Parquet, wide (<c>radiomics batch --format parquet</c>).</summary>
    Parquet,

    /// <summary>The JSON table object <see cref="FeatureTableWriter"/> writes for a <c>.json</c> output.</summary>
    JsonTable,
}
