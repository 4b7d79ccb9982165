using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// Cubic B-spline resampling onto an axis-aligned grid (<see cref="AxisAlignedMapping"/>) as three 1-D passes over
/// the coefficients: Σ_k wz_k · (Σ_j wy_j · (Σ_i wx_i · c_ijk)). The weights and mirrored support indices are ITK's
/// (<see cref="BSplineInterpolator.Support"/>), computed once per output index of each axis; the value is ITK's
/// tensor-product sum regrouped, so it differs from ITK's 64-term order only by rounding (≈ 1e-16 relative),
/// at a twelfth of the arithmetic. Passes run x, y, then z (z last because PyRadiomics' typical resampling
/// upsamples the thick axis, which keeps the intermediate volumes small).
/// <para>
/// Every output value is computed by the same code whatever the partition, so the result does not depend on the
/// thread count.
/// </para>
/// </summary>
internal static class SeparableBSplineResampler
{
    /// <summary>
    /// Writes the resampled image into <paramref name="target"/> (the output grid, x fastest): each voxel inside
    /// the input buffer stored as <paramref name="outputType"/>, every other voxel 0.
    /// </summary>
    public static void Resample(
        BSplineInterpolator spline, AxisAlignedMapping mapping, Size3 n, VoxelType outputType, double[] target, ParallelOptions parallel)
    {
        AxisWeights wx = AxisWeights.Create(spline, mapping, 0, n.X);
        AxisWeights wy = AxisWeights.Create(spline, mapping, 1, n.Y);
        AxisWeights wz = AxisWeights.Create(spline, mapping, 2, n.Z);
        Size3 box = spline.BoxSize;
        double[] coefficients = spline.Coefficients;

        // Passes x and y, one coefficient slice kz at a time: the x pass maps the slice's box rows (cX) onto the
        // output columns (n.X × cY, a per-thread buffer), then output row y = Σ_j wy_j · (x-pass row iy_j).
        using var passY = new ScratchArray<double>(checked(n.X * n.Y * box.Z));
        double[] alongY = passY.Array;
        Parallel.For(0, box.Z, parallel, () => new double[n.X * box.Y], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (kz, _, alongX) =>
        {
            for (int jy = 0; jy < box.Y; jy++)
            {
                ReadOnlySpan<double> row = coefficients.AsSpan(box.X * (jy + box.Y * kz), box.X);
                Span<double> output = alongX.AsSpan(n.X * jy, n.X);
                for (int x = 0; x < n.X; x++)
                {
                    int s = 4 * x;
                    output[x] = wx.Weights[s] * row[wx.Indices[s]] + wx.Weights[s + 1] * row[wx.Indices[s + 1]]
                        + wx.Weights[s + 2] * row[wx.Indices[s + 2]] + wx.Weights[s + 3] * row[wx.Indices[s + 3]];
                }
            }

            for (int y = 0; y < n.Y; y++)
            {
                Combine(alongX, 0, n.X, wy, y, alongY.AsSpan(n.X * (y + n.Y * kz), n.X));
            }

            return alongX;
        }, _ => { });

        // Pass z: output slice z = Σ_k wz_k · (y-pass slice iz_k), then ITK's inside test and the voxel cast.
        int slice = n.X * n.Y;
        bool[] insideX = [.. Enumerable.Range(0, n.X).Select(x => mapping.Inside(0, x))];
        bool allInsideX = Array.TrueForAll(insideX, inside => inside);
        Parallel.For(0, n.Z, parallel, () => new double[n.X], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, row) =>
        {
            bool insideZ = mapping.Inside(2, z);
            for (int y = 0; y < n.Y; y++)
            {
                Span<double> output = target.AsSpan(n.X * (y + n.Y * z), n.X);
                if (!insideZ || !mapping.Inside(1, y))
                {
                    output.Clear();
                    continue;
                }

                Combine(alongY, n.X * y, slice, wz, z, row);
                VoxelCast.Apply(row, output, outputType);
                if (!allInsideX)
                {
                    for (int x = 0; x < n.X; x++)
                    {
                        if (!insideX[x])
                        {
                            output[x] = 0.0;
                        }
                    }
                }
            }

            return row;
        }, _ => { });
    }

    /// <summary>
    /// <c>output = ((w₀·r₀ + w₁·r₁) + w₂·r₂) + w₃·r₃</c> for the four rows <c>r_k</c> at
    /// <c>first + stride · index_k</c> of output <paramref name="o"/>'s support, vectorised along x.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Combine(double[] source, int first, int stride, AxisWeights weights, int o, Span<double> output)
    {
        int s = 4 * o;
        int length = output.Length;
        ReadOnlySpan<double> r0 = source.AsSpan(first + stride * weights.Indices[s], length);
        ReadOnlySpan<double> r1 = source.AsSpan(first + stride * weights.Indices[s + 1], length);
        ReadOnlySpan<double> r2 = source.AsSpan(first + stride * weights.Indices[s + 2], length);
        ReadOnlySpan<double> r3 = source.AsSpan(first + stride * weights.Indices[s + 3], length);
        double w0 = weights.Weights[s], w1 = weights.Weights[s + 1], w2 = weights.Weights[s + 2], w3 = weights.Weights[s + 3];
        int i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<double>.Count)
        {
            var v0 = new Vector<double>(w0);
            var v1 = new Vector<double>(w1);
            var v2 = new Vector<double>(w2);
            var v3 = new Vector<double>(w3);
            ReadOnlySpan<Vector<double>> a0 = MemoryMarshal.Cast<double, Vector<double>>(r0);
            ReadOnlySpan<Vector<double>> a1 = MemoryMarshal.Cast<double, Vector<double>>(r1);
            ReadOnlySpan<Vector<double>> a2 = MemoryMarshal.Cast<double, Vector<double>>(r2);
            ReadOnlySpan<Vector<double>> a3 = MemoryMarshal.Cast<double, Vector<double>>(r3);
            Span<Vector<double>> result = MemoryMarshal.Cast<double, Vector<double>>(output);
            for (int v = 0; v < result.Length; v++)
            {
                result[v] = v0 * a0[v] + v1 * a1[v] + v2 * a2[v] + v3 * a3[v];
            }

            i = result.Length * Vector<double>.Count;
        }

        for (; i < length; i++)
        {
            output[i] = w0 * r0[i] + w1 * r1[i] + w2 * r2[i] + w3 * r3[i];
        }
    }

    /// <summary>The four cubic weights and coefficient-box indices of every output index along one axis.</summary>
    private sealed class AxisWeights
    {
        private AxisWeights(double[] weights, int[] indices)
        {
            Weights = weights;
            Indices = indices;
        }

        public double[] Weights { get; }

        public int[] Indices { get; }

        /// <summary>Outputs outside the input buffer get weight 0 on box index 0 (their voxels are written as 0).</summary>
        public static AxisWeights Create(BSplineInterpolator spline, AxisAlignedMapping mapping, int axis, int length)
        {
            var weights = new double[4 * length];
            var indices = new int[4 * length];
            for (int i = 0; i < length; i++)
            {
                if (mapping.Inside(axis, i))
                {
                    BSplineInterpolator.Support(
                        mapping.Indices[axis][i], spline.ImageSize[axis], spline.BoxStart[axis], weights.AsSpan(4 * i, 4), indices.AsSpan(4 * i, 4));
                }
            }

            return new AxisWeights(weights, indices);
        }
    }
}
