namespace Radiomics.Imaging;

/// <summary>
/// Walks a mask (x fastest) run by run: each run is a maximal stretch of consecutive non-zero voxels, so work on the
/// ROI's voxels becomes work on contiguous spans (found with vectorised searches) instead of a test per voxel.
/// </summary>
internal static class RoiRuns
{
    /// <summary>
    /// The next run at or after <paramref name="start"/>: false when there is none; otherwise
    /// <paramref name="start"/> is its first voxel and <paramref name="length"/> its length. Continue from
    /// <c>start + length</c>. Any element type whose default is "outside" serves (mask bytes, texture codes).
    /// </summary>
    public static bool Next<T>(ReadOnlySpan<T> mask, ref int start, out int length) where T : IEquatable<T>
    {
        int offset = mask[start..].IndexOfAnyExcept(default(T)!);
        if (offset < 0)
        {
            length = 0;
            return false;
        }

        start += offset;
        length = mask[start..].IndexOf(default(T)!);
        if (length < 0)
        {
            length = mask.Length - start;
        }

        return true;
    }

    /// <summary>Every run of <paramref name="mask"/> as (start, length) pairs in voxel order, and the ROI's voxel count.</summary>
    public static (int[] Runs, int VoxelCount) Of(ReadOnlySpan<byte> mask)
    {
        int runCount = 0;
        for (int start = 0; Next(mask, ref start, out int length); start += length)
        {
            runCount++;
        }

        var runs = new int[2 * runCount];
        int voxels = 0, k = 0;
        for (int start = 0; Next(mask, ref start, out int length); start += length)
        {
            runs[k++] = start;
            runs[k++] = length;
            voxels += length;
        }

        return (runs, voxels);
    }
}
