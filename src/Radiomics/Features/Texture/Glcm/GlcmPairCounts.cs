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

        var steps = new int[directionCount];
        for (int d = 0; d < directionCount; d++)
        {
            Imaging.Index3 offset = layout.Directions[d];
            if (Math.Max(Math.Abs(offset.X), Math.Max(Math.Abs(offset.Y), Math.Abs(offset.Z))) > grid.Padding)
            {
                throw new ArgumentException($"Direction {offset} reaches past the grid's padding of {grid.Padding}.", nameof(layout));
            }

            steps[d] = grid.Step(offset);
        }

        // The checks above (padding covers every offset; codes are 0 … N_g; the buffer holds every block) keep all
        // accesses in bounds, so the kernels use unchecked references. Directions go in chunks of 13 (all of one
        // distance in 3D), 4 (in 2D) or 1, each chunk in one pass over the ROI whose steps are locals.
        var pass = new Pass(grid, layout, counts);
        for (int d = 0; d < directionCount;)
        {
            if (directionCount - d >= 13)
            {
                pass.Count13(steps.AsSpan(d, 13), d);
                d += 13;
            }
            else if (directionCount - d >= 4)
            {
                pass.Count4(steps.AsSpan(d, 4), d);
                d += 4;
            }
            else
            {
                pass.Count1(steps[d], d);
                d++;
            }
        }
    }

    /// <summary>One pass over the ROI for a chunk of directions (consecutive blocks, one per direction).</summary>
    private readonly ref struct Pass(TextureGrid grid, TextureLayout layout, Span<int> counts)
    {
        private readonly Span<int> _counts = counts;
        private readonly int _columns = grid.GreyLevelCount + 1;
        private readonly int _block = BlockLength(grid.GreyLevelCount);
        private readonly int _groupLength = layout.DirectionCount * BlockLength(grid.GreyLevelCount);
        private readonly bool _grouped = layout.SliceAxis is not null;

        /// <summary>
        /// Thirteen directions from <paramref name="first"/>, unrolled: with the steps in registers this runs twice
        /// as fast as a loop over a step array (which loads a step and a block offset per count).
        /// </summary>
        public void Count13(ReadOnlySpan<int> steps, int first)
        {
            int s0 = steps[0], s1 = steps[1], s2 = steps[2], s3 = steps[3], s4 = steps[4], s5 = steps[5], s6 = steps[6];
            int s7 = steps[7], s8 = steps[8], s9 = steps[9], s10 = steps[10], s11 = steps[11], s12 = steps[12];
            int block = _block, columns = _columns;
            bool grouped = _grouped;
            ref int code0 = ref MemoryMarshal.GetArrayDataReference(grid.Codes);
            ref int cells = ref Unsafe.Add(ref MemoryMarshal.GetReference(_counts), first * block);
            foreach (int p in grid.RoiPositions)
            {
                ref int here = ref Unsafe.Add(ref code0, p);
                ref int c = ref Unsafe.Add(ref cells, ((here - 1) * columns) + (grouped ? GroupOffset(p) : 0));
                Unsafe.Add(ref c, Unsafe.Add(ref here, s0))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s1))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s2))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s3))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s4))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s5))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s6))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s7))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s8))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s9))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s10))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s11))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s12))++;
            }
        }

        /// <summary>Four directions from <paramref name="first"/> (the in-plane ones of a 2D layout), unrolled.</summary>
        public void Count4(ReadOnlySpan<int> steps, int first)
        {
            int s0 = steps[0], s1 = steps[1], s2 = steps[2], s3 = steps[3];
            int block = _block, columns = _columns;
            bool grouped = _grouped;
            ref int code0 = ref MemoryMarshal.GetArrayDataReference(grid.Codes);
            ref int cells = ref Unsafe.Add(ref MemoryMarshal.GetReference(_counts), first * block);
            foreach (int p in grid.RoiPositions)
            {
                ref int here = ref Unsafe.Add(ref code0, p);
                ref int c = ref Unsafe.Add(ref cells, ((here - 1) * columns) + (grouped ? GroupOffset(p) : 0));
                Unsafe.Add(ref c, Unsafe.Add(ref here, s0))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s1))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s2))++;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s3))++;
            }
        }

        /// <summary>Direction <paramref name="direction"/> alone.</summary>
        public void Count1(int step, int direction)
        {
            int columns = _columns;
            bool grouped = _grouped;
            ref int code0 = ref MemoryMarshal.GetArrayDataReference(grid.Codes);
            ref int cells = ref Unsafe.Add(ref MemoryMarshal.GetReference(_counts), direction * _block);
            foreach (int p in grid.RoiPositions)
            {
                ref int here = ref Unsafe.Add(ref code0, p);
                Unsafe.Add(ref cells, ((here - 1) * columns) + (grouped ? GroupOffset(p) : 0) + Unsafe.Add(ref here, step))++;
            }
        }

        /// <summary>The offset of the slice group of the voxel at <paramref name="position"/> (IBSI 2D layouts).</summary>
        private int GroupOffset(int position) => layout.GroupOf(grid, position) * _groupLength;
    }
}
