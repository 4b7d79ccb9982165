using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// Runs <see cref="RecursiveGaussianLineFilter"/> along every line of one axis of a volume, storing each result
/// rounded to float32 as ITK stores the intermediate images of <c>LaplacianRecursiveGaussianImageFilter</c>
/// (its internal pixel type is float). Lines are grouped sixteen at a time into SIMD lanes; every line is filtered
/// on its own, so the result does not depend on the grouping or on the thread count. May run in place.
/// </summary>
internal static class SeparableRecursivePass
{
    /// <summary>Vectors of four lanes interleaved per element (their recursions run side by side).</summary>
    private const int Vectors = 4;

    /// <summary>Lines filtered together.</summary>
    private const int Lanes = 4 * Vectors;

    public static void Apply(double[] source, double[] target, Size3 n, int axis, RecursiveGaussianCoefficients coefficients, ParallelOptions parallel)
    {
        int length = n[axis];
        switch (axis)
        {
            case 0:
                Parallel.For(0, n.Z, parallel, () => new LineBuffers(length), (z, _, buffers) =>
                {
                    for (int y = 0; y < n.Y; y += Lanes)
                    {
                        Span<double> data = buffers.DataScalars;
                        for (int lane = 0; lane < Lanes; lane++)
                        {
                            int row = n.X * (Math.Min(y + lane, n.Y - 1) + n.Y * z);
                            for (int i = 0; i < length; i++)
                            {
                                data[i * Lanes + lane] = source[row + i];
                            }
                        }

                        buffers.Run(coefficients);
                        ReadOnlySpan<double> result = buffers.OutputScalars;
                        for (int lane = 0; lane < Lanes && y + lane < n.Y; lane++)
                        {
                            int row = n.X * (y + lane + n.Y * z);
                            for (int i = 0; i < length; i++)
                            {
                                target[row + i] = (float)result[i * Lanes + lane];
                            }
                        }
                    }

                    return buffers;
                }, _ => { });
                break;
            case 1:
                Parallel.For(0, n.Z, parallel, () => new LineBuffers(length), (z, _, buffers) =>
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
                Parallel.For(0, n.Y, parallel, () => new LineBuffers(length), (y, _, buffers) =>
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

    /// <summary>Lines x … x + 3 (contiguous in memory) along an axis with stride <paramref name="stride"/>.</summary>
    private static void Strided(double[] source, double[] target, int x, int sizeX, int baseOffset, int stride, int length, LineBuffers buffers, RecursiveGaussianCoefficients coefficients)
    {
        int lanes = Math.Min(Lanes, sizeX - x);
        Span<double> data = buffers.DataScalars;
        for (int i = 0; i < length; i++)
        {
            int offset = baseOffset + stride * i + x;
            for (int lane = 0; lane < Lanes; lane++)
            {
                data[i * Lanes + lane] = source[offset + Math.Min(lane, lanes - 1)];
            }
        }

        buffers.Run(coefficients);
        ReadOnlySpan<double> result = buffers.OutputScalars;
        for (int i = 0; i < length; i++)
        {
            int offset = baseOffset + stride * i + x;
            for (int lane = 0; lane < lanes; lane++)
            {
                target[offset + lane] = (float)result[i * Lanes + lane];
            }
        }
    }

    private sealed class LineBuffers(int length)
    {
        private readonly Vector256<double>[] _data = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _output = new Vector256<double>[length * Vectors];
        private readonly Vector256<double>[] _scratch = new Vector256<double>[length * Vectors];

        public Span<double> DataScalars => MemoryMarshal.Cast<Vector256<double>, double>(_data.AsSpan());

        public ReadOnlySpan<double> OutputScalars => MemoryMarshal.Cast<Vector256<double>, double>(_output.AsSpan());

        public void Run(RecursiveGaussianCoefficients coefficients) =>
            RecursiveGaussianLineFilter.Filter(_data, _output, _scratch, coefficients, Vectors);
    }
}
