using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// Runs <see cref="RecursiveGaussianLineFilter"/> along lines of one axis of a volume, handing each result to
/// an <see cref="IPassTarget"/> (which rounds it to float32 as ITK stores the intermediate images of
/// <c>LaplacianRecursiveGaussianImageFilter</c>). Lines are grouped 32 (then 16) at a time into SIMD lanes; every line
/// is filtered on its own (whole, from the image's first to its last voxel along the axis), so the result does not
/// depend on the grouping, on which other lines are filtered, or on the thread count. Source and target may be the
/// same buffer: a group is read whole before it is written.
/// <para>
/// The loops are compiled fully optimised at first use (<c>AggressiveOptimization</c>): under tiered compilation a
/// short extraction otherwise runs them as tier-0 code with on-stack replacement of one loop only, measured 3–4×
/// slower (the LoG's σ = 1 mm on the 1 mm CT phantom: 129 → 55 ms single-threaded; the filtered case's other kernels alike).
/// </para>
/// </summary>
internal static class SeparableRecursivePass
{
    /// <summary>Vectors of four lanes interleaved per element in a group (their recursions run side by side).</summary>
    private const int Vectors = 4;

    /// <summary>Lines filtered together in a group.</summary>
    private const int Lanes = 4 * Vectors;

    /// <summary>
    /// Vectors per element of a wide group, taken while more than 48 lines remain. Each step of a recursion waits on
    /// the previous one (a product and four dependent additions, through memory): four vectors leave the floating-point
    /// units idle part of the time, eight keep them busy. Every line is filtered on its own, so the grouping changes no bit.
    /// </summary>
    private const int WideVectors = 8;

    /// <summary>Lines filtered together in a wide group.</summary>
    private const int WideLanes = 4 * WideVectors;

    /// <summary>The most rows filtered together (a last group takes all of the at most 48 rows left).</summary>
    private const int MostRowLanes = WideLanes + Lanes;

    /// <summary>
    /// The most strided lines filtered together: all the lines across a row of the image up to this width. A group's
    /// elements are then read and written as whole rows (contiguous memory, one page) instead of 32 values from each of
    /// <c>length</c> pages, which left the passes along z waiting on cache and TLB misses.
    /// </summary>
    private const int MostStridedLanes = 128;

    /// <summary>Every line of <paramref name="axis"/>, every value stored.</summary>
    public static void Apply<TSource, TTarget>(
        TSource source, TTarget target, Size3 n, int axis, RecursiveGaussianCoefficients coefficients, ParallelOptions parallel)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget =>
        Apply(source, target, n, axis, coefficients, parallel, new BoundingBox(default, new Index3(n.X - 1, n.Y - 1, n.Z - 1)));

    /// <summary>
    /// The lines of <paramref name="axis"/> that cross <paramref name="lines"/> (the box's extent across the axis), each
    /// filtered whole; only the values inside the box are stored (the box's extent along the axis).
    /// </summary>
    public static void Apply<TSource, TTarget>(
        TSource source, TTarget target, Size3 n, int axis, RecursiveGaussianCoefficients coefficients, ParallelOptions parallel, BoundingBox lines)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        if (source.Length < n.VoxelCount || target.Length < n.VoxelCount || !n.Contains(lines.Lower) || !n.Contains(lines.Upper)
            || lines.Lower.X > lines.Upper.X || lines.Lower.Y > lines.Upper.Y || lines.Lower.Z > lines.Upper.Z)
        {
            throw new ArgumentException("The buffers must hold the whole volume and the lines' box must lie inside it.", nameof(lines));
        }

        int length = n[axis];
        Index3 low = lines.Lower, high = lines.Upper;
        switch (axis)
        {
            case 0:
                // Lines are rows: lane l of a group is row y + l, element i at x = i.
                Parallel.For(low.Z, high.Z + 1, parallel, () => new LineBuffers(length, MostRowLanes), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int y = low.Y, group; y <= high.Y; y += group)
                    {
                        group = GroupLanes(high.Y + 1 - y, MostRowLanes);
                        Rows(source, target, n.Offset(0, y, z), n.X, group, low.X, high.X, buffers, coefficients);
                    }

                    return buffers;
                }, buffers => buffers.Dispose());
                break;
            case 1:
                Parallel.For(low.Z, high.Z + 1, parallel, () => new LineBuffers(length, MostStridedLanes), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int x = low.X, group; x <= high.X; x += group)
                    {
                        group = GroupLanes(high.X + 1 - x, MostStridedLanes);
                        int start = n.Offset(x, 0, z), next = x + group <= high.X ? start + group : n.Offset(low.X, 0, z + 1);
                        Strided(source, target, start, group, n.X, length, low.Y, high.Y, next - start, buffers, coefficients);
                    }

                    return buffers;
                }, buffers => buffers.Dispose());
                break;
            default:
                Parallel.For(low.Y, high.Y + 1, parallel, () => new LineBuffers(length, MostStridedLanes), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, buffers) =>
                {
                    for (int x = low.X, group; x <= high.X; x += group)
                    {
                        group = GroupLanes(high.X + 1 - x, MostStridedLanes);
                        int start = n.Offset(x, y, 0), next = x + group <= high.X ? start + group : n.Offset(low.X, y + 1, 0);
                        Strided(source, target, start, group, n.X * n.Y, length, low.Z, high.Z, next - start, buffers, coefficients);
                    }

                    return buffers;
                }, buffers => buffers.Dispose());
                break;
        }
    }

    /// <summary>
    /// The lines of the next group when <paramref name="remaining"/> lines are left: all of them up to
    /// <paramref name="most"/> (at least 48), else 32. A last group of few lines alone would be as slow as a full one
    /// (its recursion steps wait on each other); riding in a wide group it costs only its lanes.
    /// </summary>
    private static int GroupLanes(int remaining, int most) => remaining <= most ? remaining : WideLanes;

    /// <summary>
    /// The <paramref name="lanes"/> (≤ 48) rows from <paramref name="start"/> on, <paramref name="rowLength"/> apart,
    /// values <paramref name="first"/> … <paramref name="last"/> stored, in ⌈lanes / 4⌉ vectors. Each four rows are
    /// read and written four values at a time, transposed in registers (moves only); the rows of a last incomplete four
    /// one value at a time, its missing lanes repeating the last row (filtered, not stored).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows<TSource, TTarget>(
        TSource source, TTarget target, int start, int rowLength, int lanes, int first, int last, LineBuffers buffers,
        RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        int vectors = (lanes + 3) / 4, groupLanes = 4 * vectors;
        int quads = RegisterTranspose.IsSupported ? lanes / 4 : 0;
        ref Vector256<double> data = ref buffers.Data;
        ref double scalars = ref buffers.DataScalars;
        int i = 0;
        for (; i + 4 <= rowLength; i += 4)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref data, i * vectors);
            for (int quad = 0; quad < quads; quad++)
            {
                int row = start + (rowLength * 4 * quad) + i;
                RegisterTranspose.Of(
                    source.Load4(row), source.Load4(row + rowLength), source.Load4(row + (2 * rowLength)), source.Load4(row + (3 * rowLength)),
                    out Unsafe.Add(ref element, quad), out Unsafe.Add(ref element, vectors + quad),
                    out Unsafe.Add(ref element, (2 * vectors) + quad), out Unsafe.Add(ref element, (3 * vectors) + quad));
            }
        }

        for (int lane = 0; lane < groupLanes; lane++)
        {
            int row = start + (rowLength * Math.Min(lane, lanes - 1));
            for (int e = lane < 4 * quads ? i : 0; e < rowLength; e++)
            {
                Unsafe.Add(ref scalars, (e * groupLanes) + lane) = source.Load(row + e);
            }
        }

        buffers.Run(coefficients, rowLength, vectors);
        ref Vector256<double> output = ref buffers.Output;
        ref double results = ref buffers.OutputScalars;
        i = first;
        for (; i + 4 <= last + 1; i += 4)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref output, i * vectors);
            for (int quad = 0; quad < quads; quad++)
            {
                RegisterTranspose.Of(
                    Unsafe.Add(ref element, quad), Unsafe.Add(ref element, vectors + quad),
                    Unsafe.Add(ref element, (2 * vectors) + quad), Unsafe.Add(ref element, (3 * vectors) + quad),
                    out Vector256<double> r0, out Vector256<double> r1, out Vector256<double> r2, out Vector256<double> r3);
                int row = start + (rowLength * 4 * quad) + i;
                target.Store4(row, r0);
                target.Store4(row + rowLength, r1);
                target.Store4(row + (2 * rowLength), r2);
                target.Store4(row + (3 * rowLength), r3);
            }
        }

        for (int lane = 0; lane < lanes; lane++)
        {
            int row = start + (rowLength * lane);
            for (int e = lane < 4 * quads ? i : first; e <= last; e++)
            {
                target.Store(row + e, Unsafe.Add(ref results, (e * groupLanes) + lane));
            }
        }
    }

    /// <summary>
    /// The <paramref name="lanes"/> (≤ 128) lines from <paramref name="start"/> on (contiguous in memory) along an axis
    /// whose elements are <paramref name="stride"/> apart, elements <paramref name="first"/> … <paramref name="last"/>
    /// stored, in ⌈lanes / 4⌉ vectors. Sixteen lines are moved at a time while sixteen remain, then four while four remain,
    /// the at most three left one value at a time, missing lanes repeating the last line (filtered, not stored). The
    /// values of the next group (<paramref name="ahead"/> further on) are prefetched element by element: along z each
    /// element is on its own page, where the hardware prefetchers do not follow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Strided<TSource, TTarget>(
        TSource source, TTarget target, int start, int lanes, int stride, int length, int first, int last, int ahead, LineBuffers buffers,
        RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        int vectors = (lanes + 3) / 4, groupLanes = 4 * vectors;
        int sixteens = lanes / 16, quads = lanes / 4;
        ref Vector256<double> data = ref buffers.Data;
        for (int i = 0, at = start; i < length; i++, at += stride)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref data, i * vectors);
            source.Prefetch(at + ahead, lanes);
            for (int part = 0; part < sixteens; part++)
            {
                source.Load16(at + (16 * part), ref Unsafe.Add(ref element, 4 * part));
            }

            for (int quad = 4 * sixteens; quad < quads; quad++)
            {
                Unsafe.Add(ref element, quad) = source.Load4(at + (4 * quad));
            }

            ref double values = ref Unsafe.As<Vector256<double>, double>(ref element);
            for (int lane = 4 * quads; lane < groupLanes; lane++)
            {
                Unsafe.Add(ref values, lane) = source.Load(at + Math.Min(lane, lanes - 1));
            }
        }

        buffers.Run(coefficients, length, vectors);
        ref Vector256<double> output = ref buffers.Output;
        for (int i = first, at = start + (first * stride); i <= last; i++, at += stride)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref output, i * vectors);
            target.Prefetch(at + ahead, lanes);
            for (int part = 0; part < sixteens; part++)
            {
                target.Store16(at + (16 * part), ref Unsafe.Add(ref element, 4 * part));
            }

            for (int quad = 4 * sixteens; quad < quads; quad++)
            {
                target.Store4(at + (4 * quad), Unsafe.Add(ref element, quad));
            }

            ref double values = ref Unsafe.As<Vector256<double>, double>(ref element);
            for (int lane = 4 * quads; lane < lanes; lane++)
            {
                target.Store(at + lane, Unsafe.Add(ref values, lane));
            }
        }
    }

    /// <summary>One thread's group of lines: input, output and the anti-causal scratch, room for length·lanes values each (pooled).</summary>
    private sealed class LineBuffers : IDisposable
    {
        private readonly Vector256<double>[] _data;
        private readonly Vector256<double>[] _output;
        private readonly Vector256<double>[] _scratch;

        public LineBuffers(int length, int lanes)
        {
            int vectors = length * ((lanes + 3) / 4);
            _data = ArrayPool<Vector256<double>>.Shared.Rent(vectors);
            _output = ArrayPool<Vector256<double>>.Shared.Rent(vectors);
            _scratch = ArrayPool<Vector256<double>>.Shared.Rent(vectors);
        }

        public ref Vector256<double> Data => ref MemoryMarshal.GetArrayDataReference(_data);

        public ref Vector256<double> Output => ref MemoryMarshal.GetArrayDataReference(_output);

        public ref double DataScalars => ref Unsafe.As<Vector256<double>, double>(ref Data);

        public ref double OutputScalars => ref Unsafe.As<Vector256<double>, double>(ref Output);

        /// <summary>Filters the group's <paramref name="length"/> elements of <paramref name="vectors"/> vectors each.</summary>
        public void Run(RecursiveGaussianCoefficients coefficients, int length, int vectors)
        {
            int values = length * vectors;
            RecursiveGaussianLineFilter.Filter(_data.AsSpan(0, values), _output.AsSpan(0, values), _scratch.AsSpan(0, values), coefficients, vectors);
        }

        public void Dispose()
        {
            ArrayPool<Vector256<double>>.Shared.Return(_data);
            ArrayPool<Vector256<double>>.Shared.Return(_output);
            ArrayPool<Vector256<double>>.Shared.Return(_scratch);
        }
    }
}
