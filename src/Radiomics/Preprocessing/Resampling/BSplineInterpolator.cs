using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
[System.Runtime.CompilerServices.SkipLocalsInit]
internal sealed class BSplineInterpolator : IResamplingInterpolator, IDisposable
{
    private readonly ScratchArray<double> _pooled;
    private readonly double[] _coefficients;
    private readonly Index3 _boxStart;
    private readonly Size3 _boxSize;
    private readonly Size3 _imageSize;

    /// <summary>Prefilters the part of <c>image</c> that points with continuous indices in [lower, upper] can read.</summary>
    public BSplineInterpolator(Volume<double> image, Vector3D lower, Vector3D upper, ParallelOptions? parallel = null)
        : this(image.Size, image.Buffer, null, lower, upper, parallel)
    {
    }

    /// <summary>
    /// Prefilters the part of the image as stored that points in [lower, upper] can read, converting its rows on the
    /// way (no whole-image double copy); the coefficients equal those of <c>image.ToDoubleVolume()</c>.
    /// </summary>
    public BSplineInterpolator(ImageData image, Vector3D lower, Vector3D upper, ParallelOptions? parallel = null)
        : this(image.Geometry.Size, null, image, lower, upper, parallel)
    {
    }

    private BSplineInterpolator(Size3 imageSize, double[]? values, ImageData? stored, Vector3D lower, Vector3D upper, ParallelOptions? parallel)
    {
        _imageSize = imageSize;
        int[] start = new int[3], end = new int[3];
        for (int a = 0; a < 3; a++)
        {
            (start[a], end[a]) = SupportRange(lower[a], upper[a], _imageSize[a]);
        }

        _boxStart = new Index3(start[0], start[1], start[2]);
        _boxSize = new Size3(end[0] - start[0] + 1, end[1] - start[1] + 1, end[2] - start[2] + 1);
        _pooled = Decompose(imageSize, values, stored, _boxStart, _boxSize, ParallelDefaults.OrDefault(parallel));
        _coefficients = _pooled.Array;
    }

    /// <summary>Returns the pooled coefficients; the interpolator must not be used afterwards.</summary>
    public void Dispose() => _pooled.Dispose();

    /// <summary>The coefficients of the box, x fastest (see <see cref="BoxStart"/> and <see cref="BoxSize"/>), in the first elements of a pooled array.</summary>
    public double[] Coefficients => _coefficients;

    /// <summary>The first image voxel of the coefficient box.</summary>
    public Index3 BoxStart => _boxStart;

    /// <summary>The extent of the coefficient box.</summary>
    public Size3 BoxSize => _boxSize;

    /// <summary>The size of the image the coefficients come from (mirroring is relative to it).</summary>
    public Size3 ImageSize => _imageSize;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        // w = ((wx·wy)·wz), as ITK forms it (its leading 1.0·wx is exact), so wx·wy can be shared across z.
        Span<Vector256<double>> wxy = stackalloc Vector256<double>[16];
        for (int j = 0; j < 4; j++)
        {
            var wyj = Vector256.Create(wy[j], wy[4 + j], wy[8 + j], wy[12 + j]);
            for (int i = 0; i < 4; i++)
            {
                wxy[j * 4 + i] = Vector256.Create(wx[i], wx[4 + i], wx[8 + i], wx[12 + i]) * wyj;
            }
        }

        Vector256<double> interpolated = Vector256<double>.Zero;
        for (int k = 0; k < 4; k++)
        {
            var wzk = Vector256.Create(wz[k], wz[4 + k], wz[8 + k], wz[12 + k]);
            for (int j = 0; j < 4; j++)
            {
                int r0 = iz[k] * strideZ + iy[j] * strideY;
                int r1 = iz[4 + k] * strideZ + iy[4 + j] * strideY;
                int r2 = iz[8 + k] * strideZ + iy[8 + j] * strideY;
                int r3 = iz[12 + k] * strideZ + iy[12 + j] * strideY;
                for (int i = 0; i < 4; i++)
                {
                    var coefficient = Vector256.Create(c[r0 + ix[i]], c[r1 + ix[4 + i]], c[r2 + ix[8 + i]], c[r3 + ix[12 + i]]);
                    interpolated += wxy[j * 4 + i] * wzk * coefficient;
                }
            }
        }

        interpolated.CopyTo(result);
    }

    /// <summary>Points evaluated together by <see cref="EvaluateLanes"/>.</summary>
    public const int Lanes = 4;

    /// <summary>ITK's cubic weights and mirrored support indices (relative to the coefficient box) on one axis.</summary>
    internal static void Support(double index, int length, int boxStart, Span<double> weights, Span<int> indices)
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
    /// y-lines over the box's x and all z, then z-lines over the box's x and y. The x and y passes of one slice run
    /// back to back on a slice-sized buffer, so no whole-volume x-pass intermediate exists. Lines are filtered
    /// sixteen at a time in SIMD lanes; each line is independent, so the result does not depend on grouping or
    /// thread count.
    /// </summary>
    private static ScratchArray<double> Decompose(Size3 n, double[]? values, ImageData? stored, Index3 start, Size3 box, ParallelOptions parallel)
    {

        // Passes x and y, slice by slice: box.X × box.Y × n.Z.
        using var passY = new ScratchArray<double>(checked(box.X * box.Y * n.Z));
        double[] afterY = passY.Array;
        Parallel.For(0, n.Z, parallel, () => new SliceBuffers(n, box), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffers) =>
        {
            // x: a group is 16 rows (y) of the slice, kept over the box's x range in a box.X × n.Y slice.
            double[] slice = buffers.Slice;
            for (int y0 = 0; y0 < n.Y; y0 += LineGroup.Lines)
            {
                int count = Math.Min(LineGroup.Lines, n.Y - y0);
                if (values is not null)
                {
                    buffers.X.Gather(values, n.X * (y0 + n.Y * z), n.X, 1, count, n.X);
                }
                else
                {
                    // The stored rows, converted as ToDoubleVolume converts them, then gathered alike.
                    double[] rows = buffers.Rows;
                    for (int row = 0; row < count; row++)
                    {
                        StoredRows.Read(stored!, y0 + row, z, rows.AsSpan(row * n.X, n.X));
                    }

                    buffers.X.Gather(rows, 0, n.X, 1, count, n.X);
                }

                buffers.X.Filter();
                buffers.X.Scatter(slice, box.X * y0 - start.X, box.X, 1, count, start.X, box.X);
            }

            // y: a group is 16 adjacent x columns of the slice.
            for (int x0 = 0; x0 < box.X; x0 += LineGroup.Lines)
            {
                int count = Math.Min(LineGroup.Lines, box.X - x0);
                buffers.Y.Gather(slice, x0, 1, box.X, count, n.Y);
                buffers.Y.Filter();
                buffers.Y.Scatter(afterY, x0 + box.X * box.Y * z - box.X * start.Y, 1, box.X, count, start.Y, box.Y);
            }

            return buffers;
        }, _ => { });

        // Pass z: box.X × box.Y × box.Z; a group is 16 adjacent x columns of one row.
        var pooled = new ScratchArray<double>(checked(box.X * box.Y * box.Z));
        double[] result = pooled.Array;
        int sliceLength = box.X * box.Y;
        Parallel.For(0, box.Y, parallel, () => new LineGroup(n.Z), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, group) =>
        {
            for (int x0 = 0; x0 < box.X; x0 += LineGroup.Lines)
            {
                int count = Math.Min(LineGroup.Lines, box.X - x0);
                group.Gather(afterY, x0 + box.X * y, 1, sliceLength, count, n.Z);
                group.Filter();
                group.Scatter(result, x0 + box.X * y - sliceLength * start.Z, 1, sliceLength, count, start.Z, box.Z);
            }

            return group;
        }, _ => { });

        return pooled;
    }

    /// <summary>One thread's buffers for the x and y passes of a slice.</summary>
    private sealed class SliceBuffers(Size3 n, Size3 box)
    {
        public LineGroup X { get; } = new(n.X);

        public LineGroup Y { get; } = new(n.Y);

        /// <summary>The x-pass result of one slice, box.X × n.Y.</summary>
        public double[] Slice { get; } = new double[box.X * n.Y];

        /// <summary>Sixteen converted rows of a stored image.</summary>
        public double[] Rows { get; } = new double[LineGroup.Lines * n.X];
    }

    /// <summary>Sixteen lines of one length, interleaved for <see cref="BSplineDecomposition.ToCoefficients(Span{Vector256{double}}, int)"/>.</summary>
    private sealed class LineGroup(int length)
    {
        private const int Vectors = 4;
        public const int Lines = 4 * Vectors;

        private readonly Vector256<double>[] _data = new Vector256<double>[length * Vectors];

        private Span<double> Scalars => MemoryMarshal.Cast<Vector256<double>, double>(_data.AsSpan());

        /// <summary>Line l (of <paramref name="count"/>; missing lanes repeat the last line) starts at first + l·lineStride; element i at + i·elementStride.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Gather(double[] source, int first, int lineStride, int elementStride, int count, int length)
        {
            Span<double> data = Scalars;
            if (lineStride == 1 && count == Lines)
            {
                for (int i = 0; i < length; i++)
                {
                    ReadOnlySpan<Vector256<double>> lines = MemoryMarshal.Cast<double, Vector256<double>>(source.AsSpan(first + i * elementStride, Lines));
                    _data[i * Vectors] = lines[0];
                    _data[i * Vectors + 1] = lines[1];
                    _data[i * Vectors + 2] = lines[2];
                    _data[i * Vectors + 3] = lines[3];
                }

                return;
            }

            if (elementStride == 1 && count == Lines && RegisterTranspose.IsSupported)
            {
                GatherRows(source, first, lineStride, length);
                return;
            }

            for (int lane = 0; lane < Lines; lane++)
            {
                int offset = first + Math.Min(lane, count - 1) * lineStride;
                for (int i = 0; i < length; i++)
                {
                    data[i * Lines + lane] = source[offset + i * elementStride];
                }
            }
        }

        public void Filter() => BSplineDecomposition.ToCoefficients(_data, Vectors);

        /// <summary>Writes elements keepStart … keepStart + keepLength − 1 of each line to first + l·lineStride + i·elementStride.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Scatter(double[] target, int first, int lineStride, int elementStride, int count, int keepStart, int keepLength)
        {
            ReadOnlySpan<double> data = Scalars;
            if (lineStride == 1 && count == Lines)
            {
                for (int i = keepStart; i < keepStart + keepLength; i++)
                {
                    Span<Vector256<double>> lines = MemoryMarshal.Cast<double, Vector256<double>>(target.AsSpan(first + i * elementStride, Lines));
                    lines[0] = _data[i * Vectors];
                    lines[1] = _data[i * Vectors + 1];
                    lines[2] = _data[i * Vectors + 2];
                    lines[3] = _data[i * Vectors + 3];
                }

                return;
            }

            if (lineStride == 1)
            {
                for (int i = keepStart; i < keepStart + keepLength; i++)
                {
                    data.Slice(i * Lines, count).CopyTo(target.AsSpan(first + i * elementStride, count));
                }

                return;
            }

            if (elementStride == 1 && count == Lines && RegisterTranspose.IsSupported)
            {
                ScatterRows(target, first, lineStride, keepStart, keepLength);
                return;
            }

            for (int i = keepStart; i < keepStart + keepLength; i++)
            {
                int offset = first + i * elementStride;
                for (int lane = 0; lane < count; lane++)
                {
                    target[offset + lane * lineStride] = data[i * Lines + lane];
                }
            }
        }

        /// <summary>Gather for sixteen whole rows (elements contiguous): four values of four rows at a time, transposed in registers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void GatherRows(double[] source, int first, int lineStride, int length)
        {
            if (first < 0 || (long)first + (long)lineStride * (Lines - 1) + length > source.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(first), "The rows must lie inside the source.");
            }

            ref double from = ref MemoryMarshal.GetArrayDataReference(source);
            ref Vector256<double> data = ref MemoryMarshal.GetArrayDataReference(_data);
            int i = 0;
            for (; i + 4 <= length; i += 4)
            {
                ref Vector256<double> element = ref Unsafe.Add(ref data, i * Vectors);
                for (int quad = 0; quad < Vectors; quad++)
                {
                    ref double row = ref Unsafe.Add(ref from, first + (lineStride * 4 * quad) + i);
                    RegisterTranspose.Of(
                        Vector256.LoadUnsafe(ref row), Vector256.LoadUnsafe(ref row, (nuint)lineStride),
                        Vector256.LoadUnsafe(ref row, (nuint)(2 * lineStride)), Vector256.LoadUnsafe(ref row, (nuint)(3 * lineStride)),
                        out Unsafe.Add(ref element, quad), out Unsafe.Add(ref element, Vectors + quad),
                        out Unsafe.Add(ref element, (2 * Vectors) + quad), out Unsafe.Add(ref element, (3 * Vectors) + quad));
                }
            }

            Span<double> scalars = Scalars;
            for (; i < length; i++)
            {
                for (int lane = 0; lane < Lines; lane++)
                {
                    scalars[i * Lines + lane] = source[first + lane * lineStride + i];
                }
            }
        }

        /// <summary>Scatter for sixteen whole rows (elements contiguous), transposed back in registers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScatterRows(double[] target, int first, int lineStride, int keepStart, int keepLength)
        {
            int end = keepStart + keepLength;
            if ((long)first + keepStart < 0 || (long)first + (long)lineStride * (Lines - 1) + end > target.Length || end * Vectors > _data.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(first), "The rows must lie inside the target.");
            }

            ref double to = ref MemoryMarshal.GetArrayDataReference(target);
            ref Vector256<double> data = ref MemoryMarshal.GetArrayDataReference(_data);
            int i = keepStart;
            for (; i + 4 <= end; i += 4)
            {
                ref Vector256<double> element = ref Unsafe.Add(ref data, i * Vectors);
                for (int quad = 0; quad < Vectors; quad++)
                {
                    RegisterTranspose.Of(
                        Unsafe.Add(ref element, quad), Unsafe.Add(ref element, Vectors + quad),
                        Unsafe.Add(ref element, (2 * Vectors) + quad), Unsafe.Add(ref element, (3 * Vectors) + quad),
                        out Vector256<double> r0, out Vector256<double> r1, out Vector256<double> r2, out Vector256<double> r3);
                    ref double row = ref Unsafe.Add(ref to, first + (lineStride * 4 * quad) + i);
                    r0.StoreUnsafe(ref row);
                    r1.StoreUnsafe(ref row, (nuint)lineStride);
                    r2.StoreUnsafe(ref row, (nuint)(2 * lineStride));
                    r3.StoreUnsafe(ref row, (nuint)(3 * lineStride));
                }
            }

            ReadOnlySpan<double> scalars = Scalars;
            for (; i < end; i++)
            {
                for (int lane = 0; lane < Lines; lane++)
                {
                    target[first + lane * lineStride + i] = scalars[i * Lines + lane];
                }
            }
        }
    }
}
