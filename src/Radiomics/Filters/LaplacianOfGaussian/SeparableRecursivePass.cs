using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// Runs <see cref="RecursiveGaussianLineFilter"/> along every line of one axis of a volume, handing each result to
/// an <see cref="IPassTarget"/> (which rounds it to float32 as ITK stores the intermediate images of
/// <c>LaplacianRecursiveGaussianImageFilter</c>). Lines are grouped sixteen at a time into SIMD lanes; every line
/// is filtered on its own, so the result does not depend on the grouping or on the thread count. Source and
/// target may be the same buffer: a group is read whole before it is written.
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

    public static void Apply<TSource, TTarget>(
        TSource source, TTarget target, Size3 n, int axis, RecursiveGaussianCoefficients coefficients, ParallelOptions parallel)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        int length = n[axis];
        switch (axis)
        {
            case 0:
                // Lines are rows: lane l of a group is row y + l, element i at x = i.
                Parallel.For(0, n.Z, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int y = 0; y < n.Y; y += Lanes)
                    {
                        Span<double> data = buffers.DataScalars;
                        for (int lane = 0; lane < Lanes; lane++)
                        {
                            int row = n.X * (Math.Min(y + lane, n.Y - 1) + n.Y * z);
                            for (int i = 0; i < length; i++)
                            {
                                data[i * Lanes + lane] = source.Load(row + i);
                            }
                        }

                        buffers.Run(coefficients);
                        ReadOnlySpan<double> result = buffers.OutputScalars;
                        for (int lane = 0; lane < Lanes && y + lane < n.Y; lane++)
                        {
                            int row = n.X * (y + lane + n.Y * z);
                            for (int i = 0; i < length; i++)
                            {
                                target.Store(row + i, result[i * Lanes + lane]);
                            }
                        }
                    }

                    return buffers;
                }, _ => { });
                break;
            case 1:
                Parallel.For(0, n.Z, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
                {
                    for (int x = 0; x < n.X; x += Lanes)
                    {
                        Strided(source, target, x, n.X, n.X * n.Y * z, n.X, length, buffers, coefficients);
                    }

                    return buffers;
                }, _ => { });
                break;
            default:
                int slice = n.X * n.Y;
                Parallel.For(0, n.Y, parallel, () => new LineBuffers(length), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, buffers) =>
                {
                    for (int x = 0; x < n.X; x += Lanes)
                    {
                        Strided(source, target, x, n.X, n.X * y, slice, length, buffers, coefficients);
                    }

                    return buffers;
                }, _ => { });
                break;
        }
    }

    /// <summary>Lines x … x + 15 (contiguous in memory) along an axis whose elements are <paramref name="stride"/> apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Strided<TSource, TTarget>(
        TSource source, TTarget target, int x, int sizeX, int baseOffset, int stride, int length, LineBuffers buffers,
        RecursiveGaussianCoefficients coefficients)
        where TSource : struct, IPassSource
        where TTarget : struct, IPassTarget
    {
        int lanes = Math.Min(Lanes, sizeX - x);
        if (lanes == Lanes)
        {
            Span<Vector256<double>> data = buffers.Data;
            for (int i = 0; i < length; i++)
            {
                source.Load16(baseOffset + stride * i + x, data.Slice(i * Vectors, Vectors));
            }

            buffers.Run(coefficients);
            ReadOnlySpan<Vector256<double>> output = buffers.Output;
            for (int i = 0; i < length; i++)
            {
                target.Store16(baseOffset + stride * i + x, output.Slice(i * Vectors, Vectors));
            }

            return;
        }

        // A partial group at the end of the rows: missing lanes repeat the last line and are not stored.
        Span<double> scalars = buffers.DataScalars;
        for (int i = 0; i < length; i++)
        {
            int offset = baseOffset + stride * i + x;
            for (int lane = 0; lane < Lanes; lane++)
            {
                scalars[i * Lanes + lane] = source.Load(offset + Math.Min(lane, lanes - 1));
            }
        }

        buffers.Run(coefficients);
        ReadOnlySpan<double> result = buffers.OutputScalars;
        for (int i = 0; i < length; i++)
        {
            int offset = baseOffset + stride * i + x;
            for (int lane = 0; lane < lanes; lane++)
            {
                target.Store(offset + lane, result[i * Lanes + lane]);
            }
        }
    }

    private sealed class LineBuffers(int length)
    {
        private readonly Vector256<double>[] _data = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _output = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _scratch = new Vector256<double>[length * Vectors];

        public Span<Vector256<double>> Data => _data;

        public ReadOnlySpan<Vector256<double>> Output => _output;

        public Span<double> DataScalars => MemoryMarshal.Cast<Vector256<double>, double>(_data.AsSpan());

        public ReadOnlySpan<double> OutputScalars => MemoryMarshal.Cast<Vector256<double>, double>(_output.AsSpan());

        public void Run(RecursiveGaussianCoefficients coefficients) =>
            RecursiveGaussianLineFilter.Filter(_data, _output, _scratch, coefficients, Vectors);
    }
}
