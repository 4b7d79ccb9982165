namespace Radiomics.Compliance;

/// <summary>
/// What a suite run gets: the reference data root (the folder holding <c>ibsi1/</c> and <c>ibsi2/</c>), an optional
/// folder for derived images (IBSI 2 writes its phase-1 response maps there as <c>&lt;id&gt;.nii.gz</c>), an optional
/// dataset filter and a progress sink (one line per finished case).
/// </summary>
public sealed record ComplianceRunOptions(string DataRoot)
{
    /// <summary>Where to write derived images, or null.</summary>
    public string? MapsOutput { get; init; }

    /// <summary>
    /// Selects datasets by name (e.g. <c>"IBSI2 phase 2 3.B"</c>); null selects all. Used to run a subset (tests,
    /// the command's <c>--only</c>).
    /// </summary>
    public Func<string, bool>? SelectDataset { get; init; }

    /// <summary>Progress lines (one per finished case); may be called from worker threads, one call at a time.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>
    /// How many threads a case's filters and resampling may use (−1: one per core). Cases run one after another, so the
    /// memory is one case's working set. Results never depend on it: every value is the same whatever the count.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>True when <paramref name="dataset"/> is selected.</summary>
    public bool Selects(string dataset) => SelectDataset?.Invoke(dataset) ?? true;
}
