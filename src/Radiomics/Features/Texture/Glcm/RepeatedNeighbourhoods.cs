using System.Runtime.CompilerServices;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// Voxels whose 13 GLCM pairs (distance 1, 3D) are those of their x-predecessor: the voxel and its predecessor have the
/// same code, and so have each of its 13 forward neighbours and the predecessor's. On smooth images (few grey levels,
/// wide filters) most voxels are such repeats, and a chain of k of them adds k to the chain start's 13 cells at once
/// instead of 13 increments per voxel; on other images the check costs more than it saves, so a pass samples the ROI
/// first (<see cref="SampledShare"/>) and checks only when repeats are common.
/// </summary>
/// <remarks>
/// The 13 forward neighbours of distance 1 are x + 1 in the voxel's row and x − 1, x, x + 1 in four other rows (y + 1
/// in the slice, and y − 1, y, y + 1 in the next slice). The pairs of voxel q repeat those of q − 1 exactly when bytes
/// q − 1 … q + 1 of its own row are equal and bytes q − 2 … q + 1 of each of the four rows are equal: one 4-byte load
/// per row (in the padded box, as every neighbour is).
/// </remarks>
internal readonly record struct RepeatedNeighbourhoods(nint Row, nint PlaneBelow, nint Plane, nint PlaneAbove) : IVoxelRepeats
{
    /// <summary>Repeats must be at least this share of the sampled voxels for the checks to pay (measured break-even ≈ 0.4).</summary>
    public const double WorthwhileShare = 0.5;

    /// <summary>Every this many ROI voxels one is sampled by <see cref="SampledShare"/>.</summary>
    private const int SampleStride = 61;

    /// <summary>
    /// The byte offsets of the four 4-byte windows of the neighbour rows from a voxel, when <paramref name="steps"/> are
    /// (in any order) the 13 distance-1 3D steps of a grid of <paramref name="padded"/> size; otherwise null.
    /// </summary>
    public static RepeatedNeighbourhoods? For(ReadOnlySpan<int> steps, Imaging.Size3 padded)
    {
        int width = padded.X, plane = padded.X * padded.Y;
        Span<int> expected = [1, width - 1, width, width + 1, plane - width - 1, plane - width, plane - width + 1, plane - 1, plane, plane + 1, plane + width - 1, plane + width, plane + width + 1];
        Span<int> actual = stackalloc int[steps.Length];
        steps.CopyTo(actual);
        actual.Sort();
        expected.Sort();
        return actual.SequenceEqual(expected) ? new RepeatedNeighbourhoods(width - 2, plane - width - 2, plane - 2, plane + width - 2) : null;
    }

    /// <summary>
    /// Whether the voxel at <paramref name="voxel"/> (a reference into the grid's byte codes) has its x-predecessor's 13
    /// pairs. The predecessor must be in the ROI, or the codes differ (0 outside).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Repeats(ref byte voxel)
    {
        uint own = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref voxel, -1));
        uint row = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref voxel, Row));
        uint below = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref voxel, PlaneBelow));
        uint plane = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref voxel, Plane));
        uint above = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref voxel, PlaneAbove));

        // A word equals itself rotated by a byte exactly when its four bytes are equal; the own row needs three.
        uint differ = ((own ^ (own >> 8)) & 0xFFFF) | (row ^ uint.RotateRight(row, 8)) | (below ^ uint.RotateRight(below, 8))
            | (plane ^ uint.RotateRight(plane, 8)) | (above ^ uint.RotateRight(above, 8));
        return differ == 0;
    }

    /// <summary>The share of repeats among every <see cref="SampleStride"/>-th ROI voxel of <paramref name="grid"/>.</summary>
    public double SampledShare(TextureGrid grid, byte[] codes)
    {
        int[] positions = grid.RoiPositions;
        int sampled = 0, repeats = 0;
        for (int i = 1; i < positions.Length; i += SampleStride)
        {
            sampled++;
            repeats += Repeats(ref codes[positions[i]]) ? 1 : 0;
        }

        return sampled == 0 ? 0 : (double)repeats / sampled;
    }
}
