using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Numerics.Simd;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// 1D convolution along one axis of an x-fastest volume, and separable 2D/3D convolution built from it.
/// A kernel is an odd-length array whose centre tap multiplies the voxel itself:
/// <c>out[n] = Σ_t w[t] · in[n + c − t]</c>, c = (length − 1)/2 (true convolution, as SciPy's <c>convolve1d</c>).
/// Lines are independent and each output line is written by one worker, so results do not depend on threading.
/// </summary>
internal static class SeparableConvolution
{
    /// <summary>
    /// Convolves along every axis that has a kernel (null = leave that axis), z first, then y, then x.
    /// Returns a new buffer; <paramref name="source"/> is not changed.
    /// </summary>
    public static double[] Apply(double[] source, Imaging.Size3 size, double[]?[] kernels, BoundaryMode mode, FilterExecution execution)
    {
        double[] current = source;
        double[]? spare = null; // the buffer two passes back, free again (a pass overwrites its whole target)
        for (int axis = 2; axis >= 0; axis--)
        {
            double[]? kernel = kernels[axis];
            if (kernel is null)
            {
                continue;
            }

            double[] next = spare ?? new double[source.Length];
            ConvolveAxis(current, next, size, axis, kernel, mode, execution);
            spare = ReferenceEquals(current, source) ? null : current;
            current = next;
        }

        return ReferenceEquals(current, source) ? (double[])source.Clone() : current;
    }

    /// <summary>Convolves every line along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) of <paramref name="source"/> into <paramref name="target"/>.</summary>
    public static void ConvolveAxis(double[] source, double[] target, Imaging.Size3 size, int axis, double[] kernel, BoundaryMode mode, FilterExecution execution)
    {
        if ((kernel.Length & 1) == 0)
        {
            throw new ArgumentException("Convolution kernels must have an odd length (centre tap at the voxel).", nameof(kernel));
        }

        int nx = size.X, ny = size.Y, nz = size.Z;
        int slice = nx * ny;
        int c = kernel.Length / 2;
        switch (axis)
        {
            case 0:
                execution.For(nz, z =>
                {
                    var padded = new double[nx + kernel.Length - 1];
                    for (int y = 0; y < ny; y++)
                    {
                        int offset = z * slice + y * nx;
                        Boundary.Extend(source.AsSpan(offset, nx), padded, c, mode);
                        Span<double> output = target.AsSpan(offset, nx);
                        int last = kernel.Length - 1;
                        int n = ConvolveRowVectorised(padded, output, kernel);
                        for (; n < nx; n++)
                        {
                            double sum = 0;
                            for (int t = 0; t < kernel.Length; t++)
                            {
                                sum += kernel[t] * padded[n + last - t];
                            }

                            output[n] = sum;
                        }
                    }
                });
                break;
            case 1:
                execution.For(nz, z =>
                {
                    for (int y = 0; y < ny; y++)
                    {
                        Span<double> output = target.AsSpan(z * slice + y * nx, nx);
                        output.Clear();
                        for (int t = 0; t < kernel.Length; t++)
                        {
                            int row = Boundary.Map(y + c - t, ny, mode);
                            if (row >= 0 && kernel[t] != 0)
                            {
                                SpanArithmetic.MultiplyAdd(source.AsSpan(z * slice + row * nx, nx), kernel[t], output);
                            }
                        }
                    }
                });
                break;
            case 2:
                execution.For(nz, z =>
                {
                    Span<double> output = target.AsSpan(z * slice, slice);
                    output.Clear();
                    for (int t = 0; t < kernel.Length; t++)
                    {
                        int plane = Boundary.Map(z + c - t, nz, mode);
                        if (plane >= 0 && kernel[t] != 0)
                        {
                            SpanArithmetic.MultiplyAdd(source.AsSpan(plane * slice, slice), kernel[t], output);
                        }
                    }
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(axis));
        }
    }

    /// <summary>
    /// The x pass on whole vectors of outputs: each lane sums the taps in the same order, from zero, as the scalar loop
    /// does, so the values are identical. Returns how many outputs it wrote (the scalar loop finishes the row).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one-shot runs (ibsi-check) would otherwise spend their first calls in tier-0 code
    private static int ConvolveRowVectorised(ReadOnlySpan<double> padded, Span<double> output, double[] kernel)
    {
        int width = Vector<double>.Count;
        if (!Vector.IsHardwareAccelerated || output.Length < width)
        {
            return 0;
        }

        int last = kernel.Length - 1;
        int n = 0;
        for (; n <= output.Length - width; n += width)
        {
            Vector<double> sum = Vector<double>.Zero;
            for (int t = 0; t < kernel.Length; t++)
            {
                sum += new Vector<double>(kernel[t]) * new Vector<double>(padded.Slice(n + last - t, width));
            }

            sum.CopyTo(output.Slice(n, width));
        }

        return n;
    }
}
