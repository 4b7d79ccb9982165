namespace Radiomics.Cli.Batch;

/// <summary>A finished case: its records (one per label) and how long it took.</summary>
public sealed record CaseOutcome(BatchCase Case, IReadOnlyList<CaseRecord> Records, TimeSpan Elapsed)
{
    public bool Failed => Records.Any(r => r.Failed);
}
