using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The exact integer pair counts behind every GLCM, filled in one pass over the ROI. Raw matrix <c>m = g·D + d</c>
/// (slice group g, direction d of D) is a block of <c>N_g</c> rows × <c>N_g + 1</c> columns: row <c>a − 1</c> for a
/// voxel of code a, column b for its neighbour's code b, where column 0 collects the neighbours outside the ROI (code
/// 0) so that no branch is needed; readers ignore it. The counts are one-directional (voxel → neighbour); a symmetric
/// GLCM is <c>P + Pᵀ</c> of a block.
/// </summary>
internal static class GlcmPairCounts
{
    /// <summary>The length of one raw matrix's block.</summary>
    public static int BlockLength(int greyLevelCount) => greyLevelCount * (greyLevelCount + 1);

    /// <summary>The length of the count buffer for a grid and layout (every raw matrix's block).</summary>
    public static int Length(TextureGrid grid, TextureLayout layout) => checked(layout.MatrixCount * BlockLength(grid.GreyLevelCount));

    /// <summary>The count of the pair (code a, code b), 1-based codes, in a raw matrix's block.</summary>
    public static int At(ReadOnlySpan<int> block, int greyLevelCount, int a, int b) => block[((a - 1) * (greyLevelCount + 1)) + b];

    /// <summary>Counts every ROI voxel pair of <paramref name="layout"/> into <paramref name="counts"/>, which must be zeroed and at least <see cref="Length"/> long.</summary>
    public static void Count(TextureGrid grid, TextureLayout layout, Span<int> counts)
    {
        int ng = grid.GreyLevelCount;
        int directionCount = layout.DirectionCount;
        int block = BlockLength(ng);
        if (counts.Length < Length(grid, layout))
        {
            throw new ArgumentException("The count buffer is shorter than the raw matrices need.", nameof(counts));
        }

        Span<int> steps = directionCount <= 64 ? stackalloc int[directionCount] : new int[directionCount];
        Span<int> offsets = directionCount <= 64 ? stackalloc int[directionCount] : new int[directionCount];
        for (int d = 0; d < directionCount; d++)
        {
            Imaging.Index3 offset = layout.Directions[d];
            if (Math.Max(Math.Abs(offset.X), Math.Max(Math.Abs(offset.Y), Math.Abs(offset.Z))) > grid.Padding)
            {
                throw new ArgumentException($"Direction {offset} reaches past the grid's padding of {grid.Padding}.", nameof(layout));
            }

            steps[d] = grid.Step(offset);
            offsets[d] = d * block;
        }

        // The checks above (padding covers every offset; codes are 0 … N_g; the buffer holds every block) keep all
        // accesses in bounds, so the hot loop uses unchecked references: bounds checks cost a third of its time.
        int columns = ng + 1;
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(grid.Codes);
        ref int cell0 = ref MemoryMarshal.GetReference(counts);
        ref int step0 = ref MemoryMarshal.GetReference(steps);
        ref int offset0 = ref MemoryMarshal.GetReference(offsets);
        int groupLength = directionCount * block;
        bool grouped = layout.SliceAxis is not null;
        foreach (int p in grid.RoiPositions)
        {
            ref int here = ref Unsafe.Add(ref code0, p);
            int row = ((here - 1) * columns) + (grouped ? layout.GroupOf(grid, p) * groupLength : 0);
            for (int d = 0; d < directionCount; d++)
            {
                int neighbour = Unsafe.Add(ref here, Unsafe.Add(ref step0, d));
                Unsafe.Add(ref cell0, row + Unsafe.Add(ref offset0, d) + neighbour)++;
            }
        }
    }
}
