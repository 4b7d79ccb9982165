using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// Runs <see cref="RecursiveGaussianLineFilter"/> along lines of one axis of a volume, handing each result to
/// an <see cref="IPassTarget"/> (which rounds it to float32 as ITK stores the intermediate images of
/// <c>LaplacianRecursiveGaussianImageFilter</c>). Lines are grouped sixteen at a time into SIMD lanes; every line
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
    /// <summary>Vectors of four lanes interleaved per element (their recursions run side by side).</summary>
    private const int Vectors = 4;

    /// <summary>Lines filtered together.</summary>
    private const int Lanes = 4 * Vectors;

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
                Parallel.For(low.Z, high.Z + 1, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int y = low.Y; y <= high.Y; y += Lanes)
                    {
                        Rows(source, target, n.Offset(0, y, z), n.X, Math.Min(Lanes, high.Y + 1 - y), low.X, high.X, buffers, coefficients);
                    }

                    return buffers;
                }, _ => { });
                break;
            case 1:
                Parallel.For(low.Z, high.Z + 1, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int x = low.X; x <= high.X; x += Lanes)
                    {
                        Strided(source, target, n.Offset(x, 0, z), Math.Min(Lanes, high.X + 1 - x), n.X, length, low.Y, high.Y, buffers, coefficients);
                    }

                    return buffers;
                }, _ => { });
                break;
            default:
                Parallel.For(low.Y, high.Y + 1, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, buffers) =>
                {
                    for (int x = low.X; x <= high.X; x += Lanes)
                    {
                        Strided(source, target, n.Offset(x, y, 0), Math.Min(Lanes, high.X + 1 - x), n.X * n.Y, length, low.Z, high.Z, buffers, coefficients);
                    }

                    return buffers;
                }, _ => { });
                break;
        }
    }

    /// <summary>
    /// The <paramref name="lanes"/> (≤ 16) rows from <paramref name="start"/> on, <paramref name="rowLength"/> apart, values
    /// <paramref name="first"/> … <paramref name="last"/> stored. Missing lanes repeat the last row and are not stored.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows<TSource, TTarget>(
        TSource source, TTarget target, int start, int rowLength, int lanes, int first, int last, LineBuffers buffers,
        RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        if (lanes == Lanes && RegisterTranspose.IsSupported)
        {
            RowsTransposed(source, target, start, rowLength, first, last, buffers, coefficients);
            return;
        }

        ref double data = ref buffers.DataScalars;
        for (int lane = 0; lane < Lanes; lane++)
        {
            int row = start + (rowLength * Math.Min(lane, lanes - 1));
            ref double column = ref Unsafe.Add(ref data, lane);
            for (int i = 0; i < rowLength; i++)
            {
                Unsafe.Add(ref column, i * Lanes) = source.Load(row + i);
            }
        }

        buffers.Run(coefficients);
        ref double result = ref buffers.OutputScalars;
        for (int lane = 0; lane < lanes; lane++)
        {
            int row = start + (rowLength * lane);
            ref double column = ref Unsafe.Add(ref result, lane);
            for (int i = first; i <= last; i++)
            {
                target.Store(row + i, Unsafe.Add(ref column, i * Lanes));
            }
        }
    }

    /// <summary>
    /// <see cref="Rows"/> for a full group: four values of four rows at a time, transposed in registers (moves only).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowsTransposed<TSource, TTarget>(
        TSource source, TTarget target, int start, int rowLength, int first, int last, LineBuffers buffers, RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        ref Vector256<double> data = ref buffers.Data;
        int i = 0;
        for (; i + 4 <= rowLength; i += 4)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref data, i * Vectors);
            for (int quad = 0; quad < Vectors; quad++)
            {
                int row = start + (rowLength * 4 * quad) + i;
                RegisterTranspose.Of(
                    source.Load4(row), source.Load4(row + rowLength), source.Load4(row + (2 * rowLength)), source.Load4(row + (3 * rowLength)),
                    out Unsafe.Add(ref element, quad), out Unsafe.Add(ref element, Vectors + quad),
                    out Unsafe.Add(ref element, (2 * Vectors) + quad), out Unsafe.Add(ref element, (3 * Vectors) + quad));
            }
        }

        ref double scalars = ref buffers.DataScalars;
        for (; i < rowLength; i++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                Unsafe.Add(ref scalars, (i * Lanes) + lane) = source.Load(start + (rowLength * lane) + i);
            }
        }

        buffers.Run(coefficients);
        ref Vector256<double> output = ref buffers.Output;
        i = first;
        for (; i + 4 <= last + 1; i += 4)
        {
            ref Vector256<double> element = ref Unsafe.Add(ref output, i * Vectors);
            for (int quad = 0; quad < Vectors; quad++)
            {
                RegisterTranspose.Of(
                    Unsafe.Add(ref element, quad), Unsafe.Add(ref element, Vectors + quad),
                    Unsafe.Add(ref element, (2 * Vectors) + quad), Unsafe.Add(ref element, (3 * Vectors) + quad),
                    out Vector256<double> r0, out Vector256<double> r1, out Vector256<double> r2, out Vector256<double> r3);
                int row = start + (rowLength * 4 * quad) + i;
                target.Store4(row, r0);
                target.Store4(row + rowLength, r1);
                target.Store4(row + (2 * rowLength), r2);
                target.Store4(row + (3 * rowLength), r3);
            }
        }

        ref double results = ref buffers.OutputScalars;
        for (; i <= last; i++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                target.Store(start + (rowLength * lane) + i, Unsafe.Add(ref results, (i * Lanes) + lane));
            }
        }
    }

    /// <summary>
    /// The <paramref name="lanes"/> (≤ 16) lines from <paramref name="start"/> on (contiguous in memory) along an axis whose
    /// elements are <paramref name="stride"/> apart, elements <paramref name="first"/> … <paramref name="last"/> stored.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Strided<TSource, TTarget>(
        TSource source, TTarget target, int start, int lanes, int stride, int length, int first, int last, LineBuffers buffers,
        RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        if (lanes == Lanes)
        {
            ref Vector256<double> data = ref buffers.Data;
            for (int i = 0, at = start; i < length; i++, at += stride)
            {
                source.Load16(at, ref Unsafe.Add(ref data, i * Vectors));
            }

            buffers.Run(coefficients);
            ref Vector256<double> output = ref buffers.Output;
            for (int i = first, at = start + (first * stride); i <= last; i++, at += stride)
            {
                target.Store16(at, ref Unsafe.Add(ref output, i * Vectors));
            }

            return;
        }

        // A partial group at the end of the rows: missing lanes repeat the last line and are not stored.
        ref double scalars = ref buffers.DataScalars;
        for (int i = 0, at = start; i < length; i++, at += stride)
        {
            ref double element = ref Unsafe.Add(ref scalars, i * Lanes);
            for (int lane = 0; lane < Lanes; lane++)
            {
                Unsafe.Add(ref element, lane) = source.Load(at + Math.Min(lane, lanes - 1));
            }
        }

        buffers.Run(coefficients);
        ref double result = ref buffers.OutputScalars;
        for (int i = first, at = start + (first * stride); i <= last; i++, at += stride)
        {
            ref double element = ref Unsafe.Add(ref result, i * Lanes);
            for (int lane = 0; lane < lanes; lane++)
            {
                target.Store(at + lane, Unsafe.Add(ref element, lane));
            }
        }
    }

    /// <summary>One thread's group of lines: input, output and the anti-causal scratch, length·16 values each.</summary>
    private sealed class LineBuffers(int length)
    {
        private readonly Vector256<double>[] _data = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _output = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _scratch = new Vector256<double>[length * Vectors];

        public ref Vector256<double> Data => ref MemoryMarshal.GetArrayDataReference(_data);

        public ref Vector256<double> Output => ref MemoryMarshal.GetArrayDataReference(_output);

        public ref double DataScalars => ref Unsafe.As<Vector256<double>, double>(ref Data);

        public ref double OutputScalars => ref Unsafe.As<Vector256<double>, double>(ref Output);

        public void Run(RecursiveGaussianCoefficients coefficients) =>
            RecursiveGaussianLineFilter.Filter(_data, _output, _scratch, coefficients, Vectors);
    }
}
