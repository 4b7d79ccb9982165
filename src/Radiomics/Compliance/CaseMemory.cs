namespace Radiomics.Compliance;

/// <summary>
/// Bounds a compliance run's memory by one case's working set. A case (an IBSI 1 configuration, an IBSI 2 phase-2
/// filter) leaves its images, masks and filter volumes (tens to hundreds of MB, on the large object heap) behind, and
/// the GC's large-object budget lets several cases' worth pile up before it collects: the IBSI 2 suite peaked near
/// 1.7 GB for a 0.5 GB working set. One blocking collection per finished case costs a few milliseconds, since little
/// is alive between cases.
/// </summary>
internal static class CaseMemory
{
    /// <summary>Collects what the case that just finished left behind.</summary>
    public static void ReleaseFinishedCase() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
}
