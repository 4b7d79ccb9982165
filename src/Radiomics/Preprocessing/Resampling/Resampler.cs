using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// PyRadiomics' image loading step (<c>featureextractor.loadImage</c> → <c>imageoperations.resampleImage</c>,
/// or <c>cropToTumorMask</c> when only <c>preCrop</c> is set), with SimpleITK's <c>ResampleImageFilter</c>
/// semantics: identity transform, output index → physical point → input continuous index, voxels whose
/// continuous index falls outside [−½, size − ½) get the default value 0, and values are stored in the
/// input's voxel type.
/// </summary>
public static class Resampler
{
    /// <summary>
    /// Resamples (when <c>resampledPixelSpacing</c> is set) or pre-crops (when <c>preCrop</c> is set) the image
    /// and its binary ROI mask (1 = ROI, as <see cref="ImageData.ToBinaryMask"/> gives it) as PyRadiomics does;
    /// otherwise returns them unchanged. The mask defines the grid; the image may have another geometry as long
    /// as the ROI lies inside it. <c>imageVoxelType</c> is the stored type of the image: SimpleITK resamples into
    /// it (float32 for the IBSI CT phantom), so values are rounded to it.
    /// </summary>
    public static ResampledImageAndMask ResampleImageAndMask(
        Volume<double> image, Volume<byte> mask, RadiomicsSettings settings,
        VoxelType imageVoxelType = VoxelType.Float64, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Resampling.Spacing is { } requested)
        {
            return Resample(image, mask, requested, settings.Resampling.Interpolator, settings.Resampling.PadDistance, imageVoxelType, parallel, settings.Limits);
        }

        if (settings.Resampling.PreCrop)
        {
            BoundingBox roi = RoiBox(mask);
            return Crop(image, mask, roi, settings.Resampling.PadDistance, imageVoxelType);
        }

        return new ResampledImageAndMask(image, mask, imageVoxelType);
    }

    /// <summary>
    /// <see cref="ResampleImageAndMask(Volume{double}, Volume{byte}, RadiomicsSettings, VoxelType, ParallelOptions?)"/>
    /// of the image as stored (its first component): B-spline resampling onto an axis-aligned grid prefilters the
    /// stored rows directly, converting them on the way, so the whole image is never copied to doubles; every other
    /// case converts it first (<see cref="ImageData.ToDoubleVolume(int)"/>). The results are the same either way.
    /// </summary>
    /// <param name="buffers">When given, the B-spline path takes the resampled image's buffer from it (see <see cref="ResampledImageAndMask.PooledImageBuffer"/>).</param>
    /// <param name="image">The image as read (its first component is resampled).</param>
    /// <param name="mask">The binary ROI mask, on the image's grid.</param>
    /// <param name="settings">The resampling settings (spacing, interpolator, padDistance).</param>
    /// <param name="imageVoxelType">The stored voxel type, which decides the rounding of the resampled values as SimpleITK's output type would.</param>
    /// <param name="parallel">The degree of parallelism, or null for the default; the result does not depend on it.</param>
    internal static ResampledImageAndMask ResampleImageAndMask(
        ImageData image, Volume<byte> mask, RadiomicsSettings settings, VoxelType imageVoxelType, ParallelOptions? parallel = null,
        ExactLengthArrayPool? buffers = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Resampling.Spacing is { } requested && settings.Resampling.Interpolator == Interpolator.BSpline)
        {
            BoundingBox roi = RoiBox(mask);
            CheckRoiInsideImage(image.Geometry, mask.Geometry, roi);
            Vector3D spacing = ResamplingGrid.EffectiveSpacing(mask.Geometry, roi, requested);
            ImageGeometry grid = ResamplingGrid.Compute(mask.Geometry, roi, spacing, settings.Resampling.PadDistance, settings.Limits);
            if (!ResamplingGrid.AllClose(image.Geometry.Spacing, spacing) && AxisAlignedMapping.TryCreate(grid, image.Geometry) is { } mapping)
            {
                parallel = ParallelDefaults.OrDefault(parallel);
                (Vector3D lower, Vector3D upper) = ContinuousIndexBounds(grid, image.Geometry);
                using var spline = new BSplineInterpolator(image, lower, upper, parallel);
                int count = checked((int)grid.Size.VoxelCount);
                double[] voxels = buffers?.Rent<double>(count) ?? GC.AllocateUninitializedArray<double>(count);
                var resampled = new Volume<double>(grid, voxels);
                SeparableBSplineResampler.Resample(spline, mapping, grid.Size, imageVoxelType, resampled.Buffer, parallel);
                return new ResampledImageAndMask(resampled, ResampleMask(mask, grid, parallel), imageVoxelType)
                {
                    PooledImageBuffer = buffers is null ? null : voxels,
                };
            }
        }

        return ResampleImageAndMask(image.ToDoubleVolume(), mask, settings, imageVoxelType, parallel);
    }

    /// <summary>
    /// PyRadiomics' <c>resampleImage</c> with explicit arguments (see <see cref="ResamplingGrid"/> for the grid, refused
    /// when larger than <paramref name="limits"/>, the defaults when null).
    /// </summary>
    public static ResampledImageAndMask Resample(
        Volume<double> image, Volume<byte> mask, IReadOnlyList<double> resampledPixelSpacing, Interpolator interpolator,
        int padDistance, VoxelType imageVoxelType = VoxelType.Float64, ParallelOptions? parallel = null, InputLimits? limits = null)
    {
        BoundingBox roi = RoiBox(mask);
        CheckRoiInsideImage(image.Geometry, mask.Geometry, roi);
        Vector3D spacing = ResamplingGrid.EffectiveSpacing(mask.Geometry, roi, resampledPixelSpacing);

        if (ResamplingGrid.AllClose(image.Geometry.Spacing, spacing))
        {
            // PyRadiomics: spacing already right; only bring the mask onto the image grid, then crop with padding.
            Volume<byte> onImageGrid = mask.Geometry == image.Geometry ? mask : ResampleMask(mask, image.Geometry, parallel);
            return Crop(image, onImageGrid, RoiBox(onImageGrid), padDistance, imageVoxelType);
        }

        ImageGeometry grid = ResamplingGrid.Compute(mask.Geometry, roi, spacing, padDistance, limits);
        Volume<double> resampledImage = ResampleImage(image, grid, interpolator, imageVoxelType, parallel);
        Volume<byte> resampledMask = ResampleMask(mask, grid, parallel);
        return new ResampledImageAndMask(resampledImage, resampledMask, imageVoxelType);
    }

    /// <summary>
    /// Samples <paramref name="image"/> on <paramref name="grid"/> with <paramref name="interpolator"/>, storing
    /// each value as <paramref name="outputType"/> (ITK's bounds-checked cast); 0 outside the input.
    /// </summary>
    public static Volume<double> ResampleImage(
        Volume<double> image, ImageGeometry grid, Interpolator interpolator,
        VoxelType outputType = VoxelType.Float64, ParallelOptions? parallel = null)
    {
        parallel = ParallelDefaults.OrDefault(parallel);
        if (interpolator == Interpolator.BSpline && AxisAlignedMapping.TryCreate(grid, image.Geometry) is { } mapping)
        {
            using var spline = (BSplineInterpolator)CreateInterpolator(image, grid, interpolator, parallel);
            var separable = new Volume<double>(grid, GC.AllocateUninitializedArray<double>(checked((int)grid.Size.VoxelCount)));
            SeparableBSplineResampler.Resample(spline, mapping, grid.Size, outputType, separable.Buffer, parallel);
            return separable;
        }

        return ResamplePointwise(image, grid, interpolator, outputType, parallel);
    }

    /// <summary>
    /// <see cref="ResampleImage"/> point by point, as ITK walks the output (any orientation; for the B-spline, ITK's
    /// 64-term sum order). Used when the grids are not axis-aligned, and by tests as the reference of the
    /// separable path.
    /// </summary>
    internal static Volume<double> ResamplePointwise(
        Volume<double> image, ImageGeometry grid, Interpolator interpolator, VoxelType outputType, ParallelOptions parallel)
    {
        IResamplingInterpolator sampler = CreateInterpolator(image, grid, interpolator, parallel);
        using var pooled = sampler as IDisposable;
        var result = new Volume<double>(grid);
        double[] target = result.Buffer;
        WalkRows(grid, image.Geometry, parallel, (rowOffset, cx, cy, cz, inside) =>
        {
            int length = cx.Length;
            Span<double> four = stackalloc double[BSplineInterpolator.Lanes];
            for (int x = 0; x < length;)
            {
                if (sampler is BSplineInterpolator bspline && x + 4 <= length && !inside.Slice(x, 4).Contains(false))
                {
                    bspline.EvaluateLanes(cx.Slice(x, 4), cy.Slice(x, 4), cz.Slice(x, 4), four);
                    for (int lane = 0; lane < 4; lane++)
                    {
                        target[rowOffset + x + lane] = VoxelCast.Apply(four[lane], outputType);
                    }

                    x += 4;
                    continue;
                }

                if (inside[x])
                {
                    target[rowOffset + x] = VoxelCast.Apply(sampler.Evaluate(cx[x], cy[x], cz[x]), outputType);
                }

                x++;
            }
        });
        return result;
    }

    /// <summary>Nearest-neighbour resampling of a mask onto <paramref name="grid"/> (0 outside the mask's extent).</summary>
    public static Volume<byte> ResampleMask(Volume<byte> mask, ImageGeometry grid, ParallelOptions? parallel = null)
    {
        if (AxisAlignedMapping.TryCreate(grid, mask.Geometry) is { } mapping)
        {
            return SeparableNearestNeighbour.Resample(mask, grid, mapping, ParallelDefaults.OrDefault(parallel));
        }

        return ResampleMaskPointwise(mask, grid, ParallelDefaults.OrDefault(parallel));
    }

    /// <summary><see cref="ResampleMask"/> point by point, as ITK walks the output (any orientation).</summary>
    internal static Volume<byte> ResampleMaskPointwise(Volume<byte> mask, ImageGeometry grid, ParallelOptions parallel)
    {
        var sampler = new NearestNeighbourInterpolator<byte>(mask, v => v);
        var result = new Volume<byte>(grid);
        byte[] target = result.Buffer;
        WalkRows(grid, mask.Geometry, parallel, (rowOffset, cx, cy, cz, inside) =>
        {
            for (int x = 0; x < cx.Length; x++)
            {
                if (inside[x])
                {
                    target[rowOffset + x] = sampler.Sample(cx[x], cy[x], cz[x]);
                }
            }
        });
        return result;
    }

    private delegate void RowAction(int rowOffset, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, ReadOnlySpan<bool> inside);

    /// <summary>
    /// Visits every output row with the input continuous index of each voxel and whether it is inside the
    /// input buffer. As ITK's <c>ResampleImageFilter::LinearThreadedGenerateData</c>, the continuous index of
    /// voxel x on a scanline is interpolated between the mapped indices of x = 0 and x = size:
    /// start·(1 − α) + end·α with α = x / size. Rows are independent (parallel over z).
    /// </summary>
    private static void WalkRows(ImageGeometry output, ImageGeometry input, ParallelOptions parallel, RowAction action)
    {
        var outputMapping = new ItkIndexMapping(output);
        var inputMapping = new ItkIndexMapping(input);
        Size3 n = output.Size;
        Size3 inputSize = input.Size;
        Parallel.For(0, n.Z, parallel, () => new RowBuffers(n.X), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, row) =>
        {
            for (int y = 0; y < n.Y; y++)
            {
                Vector3D start = inputMapping.ToContinuousIndex(outputMapping.ToPhysical(0, y, z));
                Vector3D end = inputMapping.ToContinuousIndex(outputMapping.ToPhysical(n.X, y, z));
                for (int x = 0; x < n.X; x++)
                {
                    double alpha = x / (double)n.X;
                    double oneMinusAlpha = 1.0 - alpha;
                    double cx = start.X * oneMinusAlpha + end.X * alpha;
                    double cy = start.Y * oneMinusAlpha + end.Y * alpha;
                    double cz = start.Z * oneMinusAlpha + end.Z * alpha;
                    row.X[x] = cx;
                    row.Y[x] = cy;
                    row.Z[x] = cz;
                    row.Inside[x] = Inside(cx, inputSize.X) && Inside(cy, inputSize.Y) && Inside(cz, inputSize.Z);
                }

                action(n.X * (y + n.Y * z), row.X, row.Y, row.Z, row.Inside);
            }

            return row;
        }, _ => { });
    }

    private sealed class RowBuffers(int length)
    {
        public double[] X { get; } = new double[length];
        public double[] Y { get; } = new double[length];
        public double[] Z { get; } = new double[length];
        public bool[] Inside { get; } = new bool[length];
    }

    /// <summary>ITK's IsInsideBuffer for a continuous index: −½ ≤ index &lt; size − ½ (NaN is outside).</summary>
    private static bool Inside(double index, int length) => index >= -0.5 && index < length - 0.5;

    private static IResamplingInterpolator CreateInterpolator(Volume<double> image, ImageGeometry grid, Interpolator interpolator, ParallelOptions parallel)
    {
        switch (interpolator)
        {
            case Interpolator.NearestNeighbor:
                return new NearestNeighbourInterpolator<double>(image, v => v);
            case Interpolator.Linear:
                return new LinearInterpolator(image);
            case Interpolator.BSpline:
                (Vector3D lower, Vector3D upper) = ContinuousIndexBounds(grid, image.Geometry);
                return new BSplineInterpolator(image, lower, upper, parallel);
            default:
                throw new NotSupportedException(
                    $"interpolator sitk{interpolator} is not supported yet; use sitkNearestNeighbor, sitkLinear or sitkBSpline.");
        }
    }

    /// <summary>The per-axis range of input continuous indices the output grid maps to (its 8 corners; the map is affine).</summary>
    private static (Vector3D Lower, Vector3D Upper) ContinuousIndexBounds(ImageGeometry output, ImageGeometry input)
    {
        var outputMapping = new ItkIndexMapping(output);
        var inputMapping = new ItkIndexMapping(input);
        var lower = new Vector3D(double.MaxValue, double.MaxValue, double.MaxValue);
        var upper = new Vector3D(double.MinValue, double.MinValue, double.MinValue);
        foreach (int cx in new[] { 0, output.Size.X })
        {
            foreach (int cy in new[] { 0, output.Size.Y - 1 })
            {
                foreach (int cz in new[] { 0, output.Size.Z - 1 })
                {
                    Vector3D c = inputMapping.ToContinuousIndex(outputMapping.ToPhysical(cx, cy, cz));
                    lower = new Vector3D(Math.Min(lower.X, c.X), Math.Min(lower.Y, c.Y), Math.Min(lower.Z, c.Z));
                    upper = new Vector3D(Math.Max(upper.X, c.X), Math.Max(upper.Y, c.Y), Math.Max(upper.Z, c.Z));
                }
            }
        }

        for (int a = 0; a < 3; a++)
        {
            if (!(upper[a] >= -0.5 && lower[a] <= input.Size[a] - 0.5))
            {
                // Only a spacing far larger than the image puts the whole grid beside it (PyRadiomics shifts the grid
                // by half a new voxel): nothing would be sampled.
                throw new ExtractionException(FormattableString.Invariant(
                    $"resampledPixelSpacing ({output.Spacing.X:G6}, {output.Spacing.Y:G6}, {output.Spacing.Z:G6}) mm puts every resampled voxel outside the image; use a spacing smaller than the image"));
            }
        }

        return (lower, upper);
    }

    /// <summary>PyRadiomics' <c>cropToTumorMask</c> with <c>padDistance</c>: the ROI box grown by the padding, clipped to the image.</summary>
    private static ResampledImageAndMask Crop(Volume<double> image, Volume<byte> mask, BoundingBox roi, int padDistance, VoxelType type)
    {
        if (image.Size != mask.Size)
        {
            throw new ArgumentException($"Image ({image.Size}) and mask ({mask.Size}) must share a grid to be cropped.", nameof(mask));
        }

        BoundingBox box = roi.Pad(padDistance, image.Size);
        return new ResampledImageAndMask(image.Crop(box.Lower, box.Size), mask.Crop(box.Lower, box.Size), type);
    }

    private static BoundingBox RoiBox(Volume<byte> mask) =>
        BoundingBox.Of(mask) ?? throw new InvalidOperationException("The mask holds no ROI voxel (label not present).");

    /// <summary>
    /// PyRadiomics' <c>_checkROI</c>: the ROI box's corners, mapped into the image's index space, must lie within
    /// [−½, size − ½] with a tolerance of 1e-3.
    /// </summary>
    private static void CheckRoiInsideImage(ImageGeometry image, ImageGeometry mask, BoundingBox roi)
    {
        var maskMapping = new ItkIndexMapping(mask);
        var imageMapping = new ItkIndexMapping(image);
        Vector3D a = imageMapping.ToContinuousIndex(maskMapping.ToPhysical(roi.Lower.X - 0.5, roi.Lower.Y - 0.5, roi.Lower.Z - 0.5));
        Vector3D b = imageMapping.ToContinuousIndex(maskMapping.ToPhysical(roi.Upper.X + 0.5, roi.Upper.Y + 0.5, roi.Upper.Z + 0.5));
        const double tolerance = 1e-3;
        for (int axis = 0; axis < 3; axis++)
        {
            if (Math.Min(a[axis], b[axis]) < -0.5 - tolerance || Math.Max(a[axis], b[axis]) > image.Size[axis] - 0.5 + tolerance)
            {
                throw new InvalidOperationException(
                    $"Bounding box of ROI is larger than image space: ROI bounds (image index space) {a} – {b}, image size {image.Size}.");
            }
        }
    }
}
