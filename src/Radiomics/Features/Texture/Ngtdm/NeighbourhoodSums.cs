using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// For every ROI voxel of a <see cref="TextureGrid"/>: how many of its neighbours lie in the ROI and the sum of their
/// grey levels, packed in one int as <c>(sum &lt;&lt; b) + count</c> (b bits hold the largest count) and indexed by grid position (other positions
/// hold no meaningful value). When the neighbourhood is a whole cube (or square) of Chebyshev radius R — PyRadiomics'
/// distances 1 … R — the sums are box sums, computed separably over the padded grid in a few vectorised passes;
/// otherwise (or for grids too large for the scratch buffers) each voxel's neighbours are added up one by one when
/// asked. Both are exact integer sums.
/// </summary>
internal sealed class NeighbourhoodSums : IDisposable
{
    /// <summary>Largest padded grid given box sums: they need three grid-sized scratch buffers.</summary>
    private const int MaxBoxGridLength = 1 << 24;

    private readonly int _countBits;
    private readonly int[]? _steps;
    private readonly TextureGrid _grid;
    private readonly int[] _levelOfCode;
    private readonly int[] _packedOfCode;
    private readonly bool _rowSumsOnly;
    private int[] _packed;

    private NeighbourhoodSums(int[] packed, int countBits, int[]? steps, TextureGrid grid, int[] levelOfCode, int[] packedOfCode, bool rowSumsOnly = false)
    {
        _rowSumsOnly = rowSumsOnly;
        _packed = packed;
        _packedOfCode = packedOfCode;
        _countBits = countBits;
        _steps = steps;
        _grid = grid;
        _levelOfCode = levelOfCode;
    }

    /// <summary>
    /// The box sums by grid position (each ROI voxel's own packed value included: take off
    /// <see cref="PackedOfCode"/>[code]), or null when the sums are added neighbour by neighbour in <see cref="At"/>.
    /// </summary>
    public int[]? BoxSums => _steps is null && !_rowSumsOnly ? _packed : null;

    /// <summary>
    /// When <see cref="Compute"/> was asked for row sums and the neighbourhood is the 3D cube of radius 1: the sums
    /// over x − 1 … x + 1 of each position's own packed value (the box sum of a position is the sum of these at its
    /// nine (y, z) neighbours, itself included), left for the caller to add up where it needs them; otherwise null.
    /// </summary>
    public int[]? RowSums => _rowSumsOnly ? _packed : null;

    /// <summary>The bits of a packed sum that hold the count.</summary>
    public int CountBits => _countBits;

    /// <summary>Each code's own packed value <c>(level &lt;&lt; CountBits) + 1</c> (0 for code 0).</summary>
    public int[] PackedOfCode => _packedOfCode;

    /// <summary>The number of ROI neighbours of the ROI voxel at <paramref name="position"/> and the sum of their grey levels.</summary>
    public (int Count, int Sum) At(int position)
    {
        if (_rowSumsOnly)
        {
            throw new InvalidOperationException("Only row sums were computed: the caller adds them up.");
        }

        if (_steps is null)
        {
            // The box sum includes the voxel itself: taken off here.
            int packed = _packed[position] - _packedOfCode[_grid.Codes[position]];
            return (packed & ((1 << _countBits) - 1), packed >> _countBits);
        }

        int count = 0, sum = 0;
        int[] codes = _grid.Codes;
        foreach (int step in _steps)
        {
            int code = codes[position + step];
            count += code == 0 ? 0 : 1;
            sum += _levelOfCode[code];
        }

        return (count, sum);
    }

    /// <param name="grid">The discretised ROI (padded by at least the neighbourhood's radius).</param>
    /// <param name="neighbours">The neighbour offsets (each with its opposite).</param>
    /// <param name="levelOfCode">The grey level of each code (index 0, outside the ROI, is 0).</param>
    /// <param name="rowSumsOnly">Stop at <see cref="RowSums"/> when the neighbourhood is the 3D cube of radius 1.</param>
    public static NeighbourhoodSums Compute(TextureGrid grid, Index3[] neighbours, int[] levelOfCode, bool rowSumsOnly = false)
    {
        int countBits = System.Numerics.BitOperations.Log2((uint)neighbours.Length) + 1;
        int length = grid.Length;
        bool packable = (long)levelOfCode.Max() * (neighbours.Length + 1) < 1L << (31 - countBits);
        if (!packable || length > MaxBoxGridLength || !IsWholeBox(grid, neighbours, out int radius, out bool[] flat))
        {
            return NeighbourByNeighbour(grid, neighbours, levelOfCode);
        }

        // Each position's own packed (level, 1), or 0 outside the ROI, by table lookup: no branch.
        var packedOfCode = new int[levelOfCode.Length];
        for (int c = 1; c < packedOfCode.Length; c++)
        {
            packedOfCode[c] = (levelOfCode[c] << countBits) + 1;
        }

        // Pass 1: each position's own packed value, summed along x when x moves (codes read once, no own buffer).
        int[] own = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        if (flat[0])
        {
            ReadOnlySpan<int> codes = grid.Codes.AsSpan(0, length);
            Span<int> ownSpan = own.AsSpan(0, length);
            for (int p = 0; p < ownSpan.Length; p++)
            {
                ownSpan[p] = packedOfCode[codes[p]];
            }
        }
        else if (radius == 1 && System.Numerics.Vector.IsHardwareAccelerated && CodeVectors.ReadBytes && grid.ByteCodes is byte[] bytes)
        {
            RowPassRadiusOne(bytes.AsSpan(0, length), packedOfCode, countBits, CodesAreLevels(levelOfCode), own.AsSpan(0, length));
        }
        else
        {
            RowPass(grid.Codes.AsSpan(0, length), packedOfCode, countBits, CodesAreLevels(levelOfCode), own.AsSpan(0, length), radius);
        }

        if (rowSumsOnly && !flat[0] && !flat[1] && !flat[2] && radius == 1)
        {
            return new NeighbourhoodSums(own, countBits, null, grid, levelOfCode, packedOfCode, rowSumsOnly: true);
        }

        // Box sum over the cube (the offsets it has beyond the neighbour list fall outside the ROI's bounding box,
        // inside the padding, and add 0); At takes the voxel itself off. With radius 1 and both y and z moving, the
        // 3×3 y–z window is summed in one pass (its nine rows stay in cache), not two.
        int[] result = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        int[] scratch = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        int[] source = own;
        if (!flat[1] && !flat[2] && radius == 1)
        {
            PlanePass(own.AsSpan(0, length), result.AsSpan(0, length), AxisStride(grid, 1), AxisStride(grid, 2));
            source = result;
        }
        else
        {
            int passes = 0;
            for (int axisIndex = 1; axisIndex < 3; axisIndex++)
            {
                if (flat[axisIndex])
                {
                    continue;
                }

                int[] destination = passes == 0 ? result : (source == result ? scratch : result);
                BoxPass(source.AsSpan(0, length), destination.AsSpan(0, length), AxisStride(grid, axisIndex), radius);
                source = destination;
                passes++;
            }
        }

        if (source != result)
        {
            source.AsSpan(0, length).CopyTo(result);
        }

        System.Buffers.ArrayPool<int>.Shared.Return(scratch);
        System.Buffers.ArrayPool<int>.Shared.Return(own);
        return new NeighbourhoodSums(result, countBits, null, grid, levelOfCode, packedOfCode);
    }

    /// <summary>Sums that add each voxel's neighbours one by one when asked (any neighbourhood, any grey levels, no scratch memory).</summary>
    internal static NeighbourhoodSums NeighbourByNeighbour(TextureGrid grid, Index3[] neighbours, int[] levelOfCode) =>
        new([], 0, neighbours.Select(grid.Step).ToArray(), grid, levelOfCode, []);

    public void Dispose()
    {
        if (_packed.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_packed);
            _packed = [];
        }
    }

    /// <summary>
    /// True when <paramref name="neighbours"/> is every offset of the cube of Chebyshev radius R (a square when some
    /// axes never move: <paramref name="flat"/>), less those that leave the ROI's bounding box along some axis (which
    /// <see cref="TextureDirections"/> drops, and which reach only voxels outside the ROI).
    /// </summary>
    private static bool IsWholeBox(TextureGrid grid, Index3[] neighbours, out int radius, out bool[] flat)
    {
        radius = 0;
        flat = [true, true, true];
        foreach (Index3 o in neighbours)
        {
            radius = Math.Max(radius, TextureDirections.ChebyshevLength(o));
            for (int axis = 0; axis < 3; axis++)
            {
                if (o[axis] != 0)
                {
                    flat[axis] = false;
                }

                if (Math.Abs(o[axis]) >= grid.Box[axis])
                {
                    return false;
                }
            }
        }

        if (radius == 0 || radius > grid.Padding)
        {
            return false;
        }

        // The offsets are distinct and inside the cube, so counting them settles whether all are there.
        long expected = 1;
        for (int axis = 0; axis < 3; axis++)
        {
            if (!flat[axis])
            {
                expected *= 2L * Math.Min(radius, grid.Box[axis] - 1) + 1;
            }
        }

        return neighbours.Distinct().Count() == neighbours.Length && expected - 1 == neighbours.Length;
    }

    private static int AxisStride(TextureGrid grid, int axis) => axis switch
    {
        0 => 1,
        1 => grid.PaddedSize.X,
        _ => grid.PaddedSize.X * grid.PaddedSize.Y,
    };

    /// <summary>
    /// <c>target[p] = Σ_{k=−r…r} packedOfCode[codes[p + k]]</c> wherever the window fits in the buffer (elsewhere 0),
    /// as a running sum along x: the own values need no buffer of their own. Exact integer sums, as in
    /// <see cref="BoxPass"/>.
    /// </summary>
    private static void RowPass(ReadOnlySpan<int> codes, int[] packedOfCode, int countBits, bool codesAreLevels, Span<int> target, int radius)
    {
        int count = codes.Length - 2 * radius;
        if (count <= 0)
        {
            target.Clear();
            return;
        }

        if (radius == 1 && System.Numerics.Vector.IsHardwareAccelerated)
        {
            RowPassRadiusOne(codes, packedOfCode, countBits, codesAreLevels, target);
            return;
        }

        target[..radius].Clear();
        target[(radius + count)..].Clear();
        int sum = 0;
        for (int k = 0; k < 2 * radius; k++)
        {
            sum += packedOfCode[codes[k]];
        }

        for (int p = radius; p < radius + count; p++)
        {
            sum += packedOfCode[codes[p + radius]];
            target[p] = sum;
            sum -= packedOfCode[codes[p - radius]];
        }
    }

    /// <summary>
    /// <see cref="RowPass"/> for radius 1, the own values computed from the codes when they are the levels, else looked
    /// up. Codes are ints, or bytes when <see cref="CodeVectors.ReadBytes"/> (a quarter of the memory read).
    /// </summary>
    private static void RowPassRadiusOne<T>(ReadOnlySpan<T> codes, int[] packedOfCode, int countBits, bool codesAreLevels, Span<int> target)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        if (codesAreLevels)
        {
            RowPassRadiusOneOnLevels(codes, countBits, target);
        }
        else
        {
            RowPassRadiusOneByTable(codes, packedOfCode, target);
        }
    }

    /// <summary>
    /// <see cref="RowPass"/> for radius 1 by table: a block of own values looked up into a small buffer, then the three
    /// shifted copies added a vector at a time (the same integer sums, without the running sum's chain of additions).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void RowPassRadiusOneByTable<T>(ReadOnlySpan<T> codes, int[] packedOfCode, Span<int> target)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        const int Block = 1024;
        int width = System.Numerics.Vector<int>.Count;
        Span<int> own = stackalloc int[Block + 2];
        int last = codes.Length - 1; // target[0] and target[last] have no whole window
        target[0] = 0;
        target[last] = 0;
        for (int start = 1; start < last; start += Block)
        {
            int count = Math.Min(Block, last - start);
            ReadOnlySpan<T> window = codes.Slice(start - 1, count + 2);
            for (int k = 0; k < window.Length; k++)
            {
                own[k] = packedOfCode[int.CreateTruncating(window[k])];
            }

            Span<int> row = target.Slice(start, count);
            int i = 0;
            for (; i <= count - width; i += width)
            {
                (new System.Numerics.Vector<int>(own[i..]) + new System.Numerics.Vector<int>(own[(i + 1)..]) + new System.Numerics.Vector<int>(own[(i + 2)..])).CopyTo(row[i..]);
            }

            for (; i < count; i++)
            {
                row[i] = own[i] + own[i + 1] + own[i + 2];
            }
        }
    }

    /// <summary>
    /// True when <paramref name="levelOfCode"/>[c] = c for every code (all levels 1 … Ng present), so a kernel can take
    /// a code as its grey level without a lookup.
    /// </summary>
    internal static bool CodesAreLevels(ReadOnlySpan<int> levelOfCode)
    {
        for (int c = 0; c < levelOfCode.Length; c++)
        {
            if (levelOfCode[c] != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="RowPassRadiusOneByTable{T}"/> when codes are the grey levels: each own value computed in the vector as
    /// <c>(code ≪ b) + min(code, 1)</c> (0 outside the ROI) instead of looked up position by position.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void RowPassRadiusOneOnLevels<T>(ReadOnlySpan<T> codes, int countBits, Span<int> target)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        int width = System.Numerics.Vector<int>.Count;
        int last = codes.Length - 1; // target[0] and target[last] have no whole window
        target[0] = 0;
        target[last] = 0;
        var ones = System.Numerics.Vector<int>.One;
        ref T code0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(codes);
        ref int target0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(target);
        int p = 1;
        for (; p <= last - width; p += width)
        {
            // Unchecked loads: p − 1 ≥ 0 and p + 1 + width − 1 ≤ last.
            var left = CodeVectors.Load(ref code0, (nuint)(p - 1));
            var centre = CodeVectors.Load(ref code0, (nuint)p);
            var right = CodeVectors.Load(ref code0, (nuint)(p + 1));
            var sum = System.Numerics.Vector.ShiftLeft(left + centre + right, countBits)
                + System.Numerics.Vector.Min(left, ones) + System.Numerics.Vector.Min(centre, ones) + System.Numerics.Vector.Min(right, ones);
            System.Numerics.Vector.StoreUnsafe(sum, ref target0, (nuint)p);
        }

        for (; p < last; p++)
        {
            int left = int.CreateTruncating(codes[p - 1]), centre = int.CreateTruncating(codes[p]), right = int.CreateTruncating(codes[p + 1]);
            target[p] = ((left + centre + right) << countBits) + Math.Min(left, 1) + Math.Min(centre, 1) + Math.Min(right, 1);
        }
    }

    /// <summary>
    /// The positions of <paramref name="target"/> whose window (<paramref name="reach"/> either side) fits in a buffer of
    /// <paramref name="length"/>, for a pass to fill; every other position is cleared (empty when no window fits).
    /// </summary>
    private static Span<int> InnerWindow(int length, Span<int> target, int reach)
    {
        int count = length - 2 * reach;
        if (count <= 0)
        {
            target.Clear();
            return [];
        }

        target[..reach].Clear();
        target[(reach + count)..].Clear();
        return target.Slice(reach, count);
    }

    /// <summary>
    /// <c>target[p] = Σ_{j,k=−1…1} source[p + j·strideY + k·strideZ]</c> wherever the window fits in the buffer
    /// (elsewhere 0): the y and z passes of radius 1 in one sweep. Windows wrap only near the padded grid's border.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void PlanePass(ReadOnlySpan<int> source, Span<int> target, int strideY, int strideZ)
    {
        int reach = strideY + strideZ;
        Span<int> window = InnerWindow(source.Length, target, reach);
        int count = window.Length;
        if (count == 0)
        {
            return;
        }

        // Unchecked loads: the furthest, i + 2·reach + width ≤ count + 2·reach = source.Length.
        ref int s0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source);
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int width = System.Numerics.Vector<int>.Count;
            ref int window0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(window);
            int y2 = 2 * strideY, z1 = strideZ, z2 = 2 * strideZ;
            for (; i <= count - width; i += width)
            {
                var sum = System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)i)
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + strideY))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + y2))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z1))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z1 + strideY))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z1 + y2))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z2))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z2 + strideY))
                    + System.Numerics.Vector.LoadUnsafe(ref s0, (nuint)(i + z2 + y2));
                System.Numerics.Vector.StoreUnsafe(sum, ref window0, (nuint)i);
            }
        }

        for (; i < count; i++)
        {
            int sum = 0;
            for (int k = 0; k <= 2; k++)
            {
                for (int j = 0; j <= 2; j++)
                {
                    sum += source[i + (j * strideY) + (k * strideZ)];
                }
            }

            window[i] = sum;
        }
    }

    /// <summary>
    /// <c>target[p] = Σ_{k=−r…r} source[p + k·stride]</c> wherever the window fits in the buffer (elsewhere 0). A
    /// window may wrap across a row or slice edge only at positions within r of the padded grid's border, whose sums
    /// are never read for an ROI voxel.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void BoxPass(ReadOnlySpan<int> source, Span<int> target, int stride, int radius)
    {
        int reach = radius * stride;
        Span<int> window = InnerWindow(source.Length, target, reach);
        int count = window.Length;
        if (count == 0)
        {
            return;
        }

        // One sweep: each chunk of the window takes the sum of its 2r + 1 shifted source chunks at once, so the grid is
        // read and written once per pass rather than once per shift (these passes are bound by memory traffic).
        // Unchecked loads: i + k·stride + width ≤ count − width + 2r·stride + width = source.Length.
        ref int source0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source);
        int shifts = 2 * radius;
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int width = System.Numerics.Vector<int>.Count;
            ref int window0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(window);
            for (; i <= count - width; i += width)
            {
                var sum = System.Numerics.Vector.LoadUnsafe(ref source0, (nuint)i);
                for (int k = 1; k <= shifts; k++)
                {
                    sum += System.Numerics.Vector.LoadUnsafe(ref source0, (nuint)(i + (k * stride)));
                }

                System.Numerics.Vector.StoreUnsafe(sum, ref window0, (nuint)i);
            }
        }

        for (; i < count; i++)
        {
            int sum = source[i];
            for (int k = 1; k <= shifts; k++)
            {
                sum += source[i + (k * stride)];
            }

            window[i] = sum;
        }
    }
}
