using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// ITK's cubic <c>BSplineInterpolateImageFunction</c> (SimpleITK's <c>sitkBSpline</c>): coefficients from
/// <see cref="BSplineDecomposition"/> along x, then y, then z; the support of a point is
/// ⌊(float)index⌋ − 1 … ⌊(float)index⌋ + 2 (ITK rounds the index to float first), indices outside the image are
/// mirrored (−k → k, n − 1 + k → n − 1 − k), and the 64 products are summed with x fastest, as ITK does.
/// <para>
/// Memory: coefficients are kept only for the box of voxels the output grid can touch. Each line is still
/// filtered over its full length (the prefilter is recursive), so the kept values equal a whole-image
/// decomposition exactly.
/// </para>
/// </summary>
internal sealed class BSplineInterpolator : IResamplingInterpolator
{
    private readonly double[] _coefficients;
    private readonly Index3 _boxStart;
    private readonly Size3 _boxSize;
    private readonly Size3 _imageSize;

    /// <summary>Prefilters the part of <c>image</c> that points with continuous indices in [lower, upper] can read.</summary>
    public BSplineInterpolator(Volume<double> image, Vector3D lower, Vector3D upper, ParallelOptions? parallel = null)
    {
        _imageSize = image.Size;
        int[] start = new int[3], end = new int[3];
        for (int a = 0; a < 3; a++)
        {
            (start[a], end[a]) = SupportRange(lower[a], upper[a], _imageSize[a]);
        }

        _boxStart = new Index3(start[0], start[1], start[2]);
        _boxSize = new Size3(end[0] - start[0] + 1, end[1] - start[1] + 1, end[2] - start[2] + 1);
        _coefficients = Decompose(image, _boxStart, _boxSize, parallel ?? new ParallelOptions());
    }

    public double Evaluate(double x, double y, double z)
    {
        Span<double> result = stackalloc double[Lanes];
        EvaluateLanes([x, x, x, x], [y, y, y, y], [z, z, z, z], result);
        return result[0];
    }

    /// <summary>
    /// Evaluates four points at once, one per SIMD lane. Each lane performs ITK's scalar operations in ITK's
    /// order (weights, then the 64 products summed x fastest), so a lane's value equals <see cref="Evaluate"/>'s
    /// bit for bit; the lanes only let four independent sums proceed together.
    /// </summary>
    public void EvaluateLanes(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, Span<double> result)
    {
        Span<double> wx = stackalloc double[16];
        Span<double> wy = stackalloc double[16];
        Span<double> wz = stackalloc double[16];
        Span<int> ix = stackalloc int[16];
        Span<int> iy = stackalloc int[16];
        Span<int> iz = stackalloc int[16];
        for (int lane = 0; lane < Lanes; lane++)
        {
            Support(x[lane], _imageSize.X, _boxStart.X, wx.Slice(lane * 4, 4), ix.Slice(lane * 4, 4));
            Support(y[lane], _imageSize.Y, _boxStart.Y, wy.Slice(lane * 4, 4), iy.Slice(lane * 4, 4));
            Support(z[lane], _imageSize.Z, _boxStart.Z, wz.Slice(lane * 4, 4), iz.Slice(lane * 4, 4));
        }

        int strideY = _boxSize.X;
        int strideZ = _boxSize.X * _boxSize.Y;
        double[] c = _coefficients;
        Vector256<double> interpolated = Vector256<double>.Zero;
        for (int k = 0; k < 4; k++)
        {
            var wzk = Vector256.Create(wz[k], wz[4 + k], wz[8 + k], wz[12 + k]);
            for (int j = 0; j < 4; j++)
            {
                var wyj = Vector256.Create(wy[j], wy[4 + j], wy[8 + j], wy[12 + j]);
                int r0 = iz[k] * strideZ + iy[j] * strideY;
                int r1 = iz[4 + k] * strideZ + iy[4 + j] * strideY;
                int r2 = iz[8 + k] * strideZ + iy[8 + j] * strideY;
                int r3 = iz[12 + k] * strideZ + iy[12 + j] * strideY;
                for (int i = 0; i < 4; i++)
                {
                    var wxi = Vector256.Create(wx[i], wx[4 + i], wx[8 + i], wx[12 + i]);
                    var coefficient = Vector256.Create(c[r0 + ix[i]], c[r1 + ix[4 + i]], c[r2 + ix[8 + i]], c[r3 + ix[12 + i]]);
                    interpolated += wxi * wyj * wzk * coefficient;
                }
            }
        }

        interpolated.CopyTo(result);
    }

    /// <summary>Points evaluated together by <see cref="EvaluateLanes"/>.</summary>
    public const int Lanes = 4;

    /// <summary>ITK's cubic weights and mirrored support indices (relative to the coefficient box) on one axis.</summary>
    private static void Support(double index, int length, int boxStart, Span<double> weights, Span<int> indices)
    {
        long first = (long)Math.Floor((float)index) - 1;
        double w = index - (first + 1);
        weights[3] = (1.0 / 6.0) * w * w * w;
        weights[0] = (1.0 / 6.0) + 0.5 * w * (w - 1.0) - weights[3];
        weights[2] = w + weights[0] - 2.0 * weights[3];
        weights[1] = 1.0 - weights[0] - weights[2] - weights[3];
        for (int k = 0; k < 4; k++)
        {
            indices[k] = (int)Mirror(first + k, length) - boxStart;
        }
    }

    /// <summary>ITK's ApplyMirrorBoundaryConditions for one index (both tests applied in turn, as ITK does).</summary>
    private static long Mirror(long index, int length)
    {
        if (length == 1)
        {
            return 0;
        }

        long end = length - 1;
        if (index < 0)
        {
            index = -index;
        }

        if (index >= end)
        {
            index = end - (index - end);
        }

        return index;
    }

    /// <summary>The range of coefficient indices any point in [lower, upper] can read, after mirroring.</summary>
    private static (int Start, int End) SupportRange(double lower, double upper, int length)
    {
        lower = Math.Max(lower, -0.5);
        upper = Math.Min(upper, length - 0.5);
        long first = (long)Math.Floor(lower) - 2;
        long last = (long)Math.Floor(upper) + 3;
        long min = long.MaxValue, max = long.MinValue;
        for (long k = first; k <= last; k++)
        {
            long m = Mirror(k, length);
            min = Math.Min(min, m);
            max = Math.Max(max, m);
        }

        return ((int)Math.Clamp(min, 0, length - 1), (int)Math.Clamp(max, 0, length - 1));
    }

    /// <summary>
    /// Separable decomposition restricted to the box: x-lines over all (y, z) keeping the box's x range, then
    /// y-lines over the box's x and all z, then z-lines over the box's x and y. Lines are independent, so the
    /// parallel loops give the same bits whatever the thread count.
    /// </summary>
    private static double[] Decompose(Volume<double> image, Index3 start, Size3 box, ParallelOptions parallel)
    {
        Size3 n = image.Size;
        double[] source = image.Buffer;

        // Pass 1 (x): box.X × n.Y × n.Z.
        var passX = new double[(long)box.X * n.Y * n.Z];
        Parallel.For(0, n.Z, parallel, () => new double[n.X], (z, _, line) =>
        {
            for (int y = 0; y < n.Y; y++)
            {
                source.AsSpan(n.X * (y + n.Y * z), n.X).CopyTo(line);
                BSplineDecomposition.ToCoefficients(line);
                line.AsSpan(start.X, box.X).CopyTo(passX.AsSpan(box.X * (y + n.Y * z), box.X));
            }

            return line;
        }, _ => { });

        // Pass 2 (y): box.X × box.Y × n.Z.
        var passY = new double[(long)box.X * box.Y * n.Z];
        Parallel.For(0, n.Z, parallel, () => new double[n.Y], (z, _, line) =>
        {
            for (int x = 0; x < box.X; x++)
            {
                for (int y = 0; y < n.Y; y++)
                {
                    line[y] = passX[x + box.X * (y + n.Y * z)];
                }

                BSplineDecomposition.ToCoefficients(line);
                for (int y = 0; y < box.Y; y++)
                {
                    passY[x + box.X * (y + box.Y * z)] = line[start.Y + y];
                }
            }

            return line;
        }, _ => { });

        // Pass 3 (z): box.X × box.Y × box.Z.
        var result = new double[(long)box.X * box.Y * box.Z];
        int sliceLength = box.X * box.Y;
        Parallel.For(0, box.Y, parallel, () => new double[n.Z], (y, _, line) =>
        {
            for (int x = 0; x < box.X; x++)
            {
                int column = x + box.X * y;
                for (int z = 0; z < n.Z; z++)
                {
                    line[z] = passY[column + sliceLength * z];
                }

                BSplineDecomposition.ToCoefficients(line);
                for (int z = 0; z < box.Z; z++)
                {
                    result[column + sliceLength * z] = line[start.Z + z];
                }
            }

            return line;
        }, _ => { });

        return result;
    }
}
