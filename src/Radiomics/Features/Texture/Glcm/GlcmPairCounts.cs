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
        // distance in 3D), 4 (in 2D) or 1, each chunk in one pass over the ROI whose steps are locals. Chunks of 13
        // read the byte codes when there are (N_g ≤ 255, one slice group): a quarter of the int codes' memory, which
        // takes a fifth off the pass (the increments are the rest of its cost). Smooth images take in voxels that
        // repeat their x-predecessor's pairs; few grey levels count two directions per increment in joint tables.
        var pass = new Pass(grid, layout, counts);
        byte[]? bytes = layout.SliceAxis is null ? grid.ByteCodes : null;
        for (int d = 0; d < directionCount;)
        {
            if (directionCount - d >= 13)
            {
                ReadOnlySpan<int> chunk = steps.AsSpan(d, 13);
                if (bytes is null)
                {
                    pass.Count13(chunk, d);
                }
                else
                {
                    if (RepeatedNeighbourhoods.For(chunk, grid.PaddedSize) is { } repeats && repeats.SampledShare(grid, bytes) >= RepeatedNeighbourhoods.WorthwhileShare)
                    {
                        pass.Count13Bytes(chunk, d, bytes, repeats);
                    }
                    else if (IsPyRadiomicsVolumeOrder(chunk, grid.PaddedSize) && ng <= JointLevelLimit)
                    {
                        CountJointly(pass, d, bytes, ng);
                    }
                    else
                    {
                        pass.Count13Bytes(chunk, d, bytes, default(NoRepeats));
                    }
                }

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

    /// <summary>
    /// Up to this many grey levels the 13 directions are counted in joint tables of two directions each
    /// (<see cref="Pass.Count13BytesJointly"/>): six tables of N_g (N_g + 1)² counts, ≤ 0.84 MB, stay in L2. Measured
    /// 6–20 % faster than the 13-increment kernel up to N_g = 32, slower from N_g = 42 (the tables leave L2).
    /// </summary>
    internal const int JointLevelLimit = 32;

    /// <summary>
    /// Whether <paramref name="steps"/> are the 13 distance-1 3D steps in PyRadiomics' order (z = +1 then z = 0; within
    /// each y = +1, 0, −1; within each x = +1, 0, −1), so that a kernel can address the neighbours from four row offsets.
    /// </summary>
    internal static bool IsPyRadiomicsVolumeOrder(ReadOnlySpan<int> steps, Imaging.Size3 padded)
    {
        int w = padded.X, plane = padded.X * padded.Y;
        ReadOnlySpan<int> expected =
        [
            plane + w + 1, plane + w, plane + w - 1, plane + 1, plane, plane - 1, plane - w + 1, plane - w, plane - w - 1,
            w + 1, w, w - 1, 1,
        ];
        return steps.SequenceEqual(expected);
    }

    /// <summary>The six joint tables of <see cref="Pass.Count13BytesJointly"/> in pooled scratch, then their marginals into the blocks.</summary>
    private static void CountJointly(Pass pass, int first, byte[] bytes, int ng)
    {
        int length = Pass.JointTableCount * ng * (ng + 1) * (ng + 1);
        int[] joint = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        try
        {
            Span<int> tables = joint.AsSpan(0, length);
            tables.Clear();
            pass.Count13BytesJointly(first, bytes, tables);
            pass.AddJointMarginals(tables, first);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(joint);
        }
    }

    /// <summary>Never a repeat: the kernel that checks nothing.</summary>
    private readonly struct NoRepeats : IVoxelRepeats
    {
        public bool Repeats(ref byte voxel) => false;
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

        /// <summary>
        /// <see cref="Count13"/> on the grid's byte codes (one slice group). Each voxel first takes in the run of following
        /// ROI voxels that <paramref name="repeats"/> finds repeating its 13 pairs and adds their number to its cells at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count13Bytes<TRepeats>(ReadOnlySpan<int> steps, int first, byte[] codes, TRepeats repeats)
            where TRepeats : struct, IVoxelRepeats
        {
            nint s0 = steps[0], s1 = steps[1], s2 = steps[2], s3 = steps[3], s4 = steps[4], s5 = steps[5], s6 = steps[6];
            nint s7 = steps[7], s8 = steps[8], s9 = steps[9], s10 = steps[10], s11 = steps[11], s12 = steps[12];
            nint block = _block, columns = _columns;
            ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
            ref int cells = ref Unsafe.Add(ref MemoryMarshal.GetReference(_counts), first * block);
            int[] positions = grid.RoiPositions;
            for (int i = 0; i < positions.Length; i++)
            {
                int p = positions[i];
                ref byte here = ref Unsafe.Add(ref code0, p);
                int k = 1;
                while (repeats.Repeats(ref Unsafe.Add(ref here, k)) && i + 1 < positions.Length && positions[i + 1] == p + k)
                {
                    k++;
                    i++;
                }

                ref int c = ref Unsafe.Add(ref cells, ((nint)here - 1) * columns);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s0)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s1)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s2)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s3)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s4)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s5)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s6)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s7)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s8)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s9)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s10)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s11)) += k;
                c = ref Unsafe.Add(ref c, block);
                Unsafe.Add(ref c, Unsafe.Add(ref here, s12)) += k;
            }
        }

        /// <summary>The number of joint tables of <see cref="Count13BytesJointly"/>: directions 0 … 11 in pairs.</summary>
        public const int JointTableCount = 6;

        /// <summary>
        /// <see cref="Count13Bytes"/> with one increment for two directions: table j (j = 0 … 5) counts the triples (code
        /// a, neighbour code along direction 2j, along 2j + 1) at <c>((a − 1)(N_g + 1) + b) (N_g + 1) + c</c>, so a voxel
        /// costs 7 increments instead of 13 (the increments are most of the pass's cost); direction 12 goes
        /// to its block directly. <see cref="AddJointMarginals"/> then adds the tables' two marginals, which are exactly
        /// the two directions' pair counts, to their blocks.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count13BytesJointly(int first, byte[] codes, Span<int> tables)
        {
            // The neighbours are read at constant displacements from four row offsets (PyRadiomics' order, checked by
            // the caller): 13 step registers would not fit, and their spills cost memory operations.
            nint w = grid.PaddedSize.X, plane = w * grid.PaddedSize.Y, above = plane + w, below = plane - w;
            nint columns = _columns, square = (nint)_columns * _columns, table = (_columns - 1) * square;
            ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
            ref int triples = ref MemoryMarshal.GetReference(tables);
            ref int last = ref Unsafe.Add(ref MemoryMarshal.GetReference(_counts), (first + 12) * _block);
            foreach (int p in grid.RoiPositions)
            {
                ref byte here = ref Unsafe.Add(ref code0, p);
                nint row = (nint)here - 1;
                ref byte nextAbove = ref Unsafe.Add(ref here, above);
                ref byte next = ref Unsafe.Add(ref here, plane);
                ref byte nextBelow = ref Unsafe.Add(ref here, below);
                ref byte sameAbove = ref Unsafe.Add(ref here, w);
                ref int t = ref Unsafe.Add(ref triples, row * square);
                Unsafe.Add(ref t, ((nint)Unsafe.Add(ref nextAbove, 1) * columns) + nextAbove)++;
                t = ref Unsafe.Add(ref t, table);
                Unsafe.Add(ref t, ((nint)Unsafe.Add(ref nextAbove, -1) * columns) + Unsafe.Add(ref next, 1))++;
                t = ref Unsafe.Add(ref t, table);
                Unsafe.Add(ref t, ((nint)next * columns) + Unsafe.Add(ref next, -1))++;
                t = ref Unsafe.Add(ref t, table);
                Unsafe.Add(ref t, ((nint)Unsafe.Add(ref nextBelow, 1) * columns) + nextBelow)++;
                t = ref Unsafe.Add(ref t, table);
                Unsafe.Add(ref t, ((nint)Unsafe.Add(ref nextBelow, -1) * columns) + Unsafe.Add(ref sameAbove, 1))++;
                t = ref Unsafe.Add(ref t, table);
                Unsafe.Add(ref t, ((nint)sameAbove * columns) + Unsafe.Add(ref sameAbove, -1))++;
                Unsafe.Add(ref last, (row * columns) + Unsafe.Add(ref here, 1))++;
            }
        }

        /// <summary>
        /// Adds the marginals of <see cref="Count13BytesJointly"/>'s tables to the blocks of directions
        /// <paramref name="first"/> … + 11: table j's row sums to direction 2j's cells, its column sums to 2j + 1's.
        /// </summary>
        public void AddJointMarginals(ReadOnlySpan<int> tables, int first)
        {
            int columns = _columns, square = columns * columns, table = (columns - 1) * square;
            for (int j = 0; j < JointTableCount; j++)
            {
                Span<int> rowSums = _counts.Slice((first + (2 * j)) * _block, _block);
                Span<int> columnSums = _counts.Slice((first + (2 * j) + 1) * _block, _block);
                for (int a = 0; a < columns - 1; a++)
                {
                    ReadOnlySpan<int> triples = tables.Slice((j * table) + (a * square), square);
                    Span<int> byFirst = rowSums.Slice(a * columns, columns);
                    Span<int> bySecond = columnSums.Slice(a * columns, columns);
                    for (int b = 0; b < columns; b++)
                    {
                        ReadOnlySpan<int> line = triples.Slice(b * columns, columns);
                        int sum = 0;
                        for (int c = 0; c < columns; c++)
                        {
                            sum += line[c];
                            bySecond[c] += line[c];
                        }

                        byFirst[b] += sum;
                    }
                }
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
