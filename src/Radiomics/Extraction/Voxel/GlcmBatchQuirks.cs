using System.Numerics;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Two batch effects of PyRadiomics' voxel-mode GLCM, reproduced after the kernels. PyRadiomics computes the kernels of a
/// batch (<c>voxelBatch</c> ROI voxels in ROI order; the whole ROI by default) as one array, deletes the directions that
/// are empty in every kernel of the batch and marks the remaining empty ones NaN. Then
/// <list type="bullet">
/// <item>JointAverage, a plain mean over directions (not NaN-aware), is NaN for a kernel with an empty direction that
/// another kernel of the batch fills;</item>
/// <item>MCC fails for the whole batch as soon as one kernel has such a NaN direction (numpy.linalg.eigvals rejects
/// NaN), and PyRadiomics then leaves the batch's MCC values at <c>initValue</c>.</item>
/// </list>
/// With <c>voxelBatch: 1</c> every kernel is its own batch: no direction stays NaN and both features equal the
/// segment-based value of the kernel.
/// </summary>
internal static class GlcmBatchQuirks
{
    public static void Apply(GlcmDirectionRecord record, int[] roiPositions, int voxelBatch, double initValue,
        Volume<double>? jointAverage, Volume<double>? mcc)
    {
        if (jointAverage is null && mcc is null)
        {
            return;
        }

        int count = roiPositions.Length;
        int batch = voxelBatch < 1 ? Math.Max(count, 1) : voxelBatch;
        for (int start = 0; start < count; start += batch)
        {
            int end = Math.Min(count, start + batch);
            int kept = KeptDirections(record, start, end);
            if (kept == 0)
            {
                continue; // every direction deleted: all values are NaN already, and nothing fails
            }

            bool failed = false;
            for (int v = start; v < end; v++)
            {
                if (HasNaNDirection(record, v, kept))
                {
                    failed = true;
                    if (jointAverage is not null)
                    {
                        jointAverage.Voxels[roiPositions[v]] = double.NaN;
                    }
                }
            }

            if (failed && mcc is not null)
            {
                for (int v = start; v < end; v++)
                {
                    mcc.Voxels[roiPositions[v]] = initValue;
                }
            }
        }
    }

    /// <summary>True when some kernel of the batch [start, end) has a NaN direction (MCC fails for the batch).</summary>
    public static bool BatchFails(GlcmDirectionRecord record, int start, int end)
    {
        int kept = KeptDirections(record, start, end);
        if (kept == 0)
        {
            return false;
        }

        for (int v = start; v < end; v++)
        {
            if (HasNaNDirection(record, v, kept))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The directions PyRadiomics keeps for the batch [start, end): those non-empty in some kernel of it.</summary>
    private static int KeptDirections(GlcmDirectionRecord record, int start, int end)
    {
        Span<ulong> union = stackalloc ulong[record.Words];
        for (int v = start; v < end; v++)
        {
            Span<ulong> bits = record.Of(v);
            for (int w = 0; w < union.Length; w++)
            {
                union[w] |= bits[w];
            }
        }

        return PopCount(union);
    }

    /// <summary>True when kernel <paramref name="v"/> is empty in one of the <paramref name="kept"/> directions (a NaN direction).</summary>
    private static bool HasNaNDirection(GlcmDirectionRecord record, int v, int kept) =>
        record.MatrixCount > 1 ? PopCount(record.Of(v)) < kept : PopCount(record.Of(v)) == 0;

    private static int PopCount(ReadOnlySpan<ulong> words)
    {
        int total = 0;
        foreach (ulong w in words)
        {
            total += BitOperations.PopCount(w);
        }

        return total;
    }
}
