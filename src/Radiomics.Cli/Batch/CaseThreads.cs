namespace Radiomics.Cli.Batch;

/// <summary>
/// The threads one case uses inside it when several run side by side (<c>--jobs</c>). The share goes to the library
/// as the extractor's <see cref="ExtractionContext"/>, which every stage of the extraction (resampling, filters, texture
/// directions, voxel maps, the IBSI chain, DICOM decoding) runs on; results never depend on it (every parallel loop
/// combines its parts in a fixed order).
/// </summary>
public static class CaseThreads
{
    /// <summary>
    /// The default threads per case for <paramref name="jobs"/> concurrent cases on <paramref name="cores"/> cores:
    /// the cores shared out between the cases (so one per case once <c>--jobs</c> ≥ cores: the cases already fill the
    /// cores, and nested loops would only add hand-overs, thread migrations and a second case's scratch memory).
    /// </summary>
    public static int DefaultFor(int jobs, int cores) => Math.Max(1, cores / Math.Max(1, jobs));
}
