using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// PyRadiomics' <c>LBP2D</c> and <c>LBP3D</c> image types (<c>imageoperations.getLBP2DImage</c>, <c>getLBP3DImage</c>),
/// produced lazily with PyRadiomics' image-type names. Not IBSI filters.
/// </summary>
public static class LbpImages
{
    /// <summary>
    /// Yields <c>("lbp-2D", image)</c>: scikit-image's 2D LBP (<c>lbp2DSamples</c>, <c>lbp2DRadius</c>,
    /// <c>lbp2DMethod</c>) of every slice across <c>force2Ddimension</c>, as PyRadiomics applies it: numpy
    /// <c>swapaxes(0, force2Ddimension)</c>, so the planes are (rows y, columns x) for 0, (rows z, columns x) for 1 and
    /// (rows y, columns z) for 2. Slices are independent and computed in parallel (bit-identical for any thread count).
    /// PyRadiomics logs a warning when <c>force2D</c> is off; the filter still runs.
    /// </summary>
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce2D(Volume<double> image, RadiomicsSettings s, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(s);
        var kernel = new LocalBinaryPattern2D(s.Filters.Lbp2DSamples, s.Filters.Lbp2DRadius, s.Filters.Lbp2DMethod);
        int axis = s.Features.Force2DDimension;
        if (axis is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(s), axis, "force2Ddimension must be 0, 1 or 2.");
        }

        ParallelOptions options = ParallelDefaults.OrDefault(parallel);
        return Lazy(() => Apply2D(image, kernel, axis, options), "lbp-2D");
    }

    /// <summary>
    /// Yields <c>lbp-3D-m1</c> … <c>lbp-3D-m{lbp3DLevels}</c> and then <c>lbp-3D-k</c> (the spherical kurtosis), computed
    /// on the voxels of <paramref name="mask"/> (non-zero = ROI) as <see cref="LocalBinaryPattern3D"/> describes, with
    /// the samples held in <paramref name="pixelType"/>, the type PyRadiomics holds the image in (scipy's
    /// <c>map_coordinates</c> returns samples of the input's type).
    /// </summary>
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce3D(
        Volume<double> image, Volume<byte> mask, RadiomicsSettings s, VoxelType pixelType = VoxelType.Float64, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentOutOfRangeException.ThrowIfLessThan(s.Filters.Lbp3DLevels, 1);
        return Produce3DCore(image, mask, s, pixelType, ParallelDefaults.OrDefault(parallel));
    }

    private static IEnumerable<(string Prefix, Volume<double> Image)> Lazy(Func<Volume<double>> compute, string name)
    {
        yield return (name, compute());
    }

    private static IEnumerable<(string Prefix, Volume<double> Image)> Produce3DCore(Volume<double> image, Volume<byte> mask, RadiomicsSettings s, VoxelType pixelType, ParallelOptions parallel)
    {
        (Volume<double>[] levels, Volume<double> kurtosis) =
            LocalBinaryPattern3D.Compute(image, mask, s.Filters.Lbp3DLevels, s.Filters.Lbp3DIcosphereRadius, s.Filters.Lbp3DIcosphereSubdivision, pixelType, parallel);
        for (int l = 0; l < levels.Length; l++)
        {
            yield return ($"lbp-3D-m{l + 1}", levels[l]);
        }

        yield return ("lbp-3D-k", kurtosis);
    }

    private static Volume<double> Apply2D(Volume<double> image, LocalBinaryPattern2D kernel, int axis, ParallelOptions parallel)
    {
        Size3 size = image.Size;

        // numpy axis a ↔ our axis 2 − a. The slicing axis, then the plane's row and column axes (ours).
        (int slice, int rowAxis, int columnAxis) = axis switch
        {
            0 => (2, 1, 0),
            1 => (1, 2, 0),
            _ => (0, 1, 2),
        };
        int rows = size[rowAxis], columns = size[columnAxis];
        var result = new Volume<double>(image.Geometry);
        double[] source = image.Buffer, target = result.Buffer;
        Parallel.For(0, size[slice], parallel, () => (Plane: new double[rows * columns], Output: new double[rows * columns], Texture: new double[kernel.Samples]), (s, _, scratch) =>
        {
            Span<int> index = stackalloc int[3];
            index[slice] = s;
            for (int r = 0; r < rows; r++)
            {
                index[rowAxis] = r;
                for (int c = 0; c < columns; c++)
                {
                    index[columnAxis] = c;
                    scratch.Plane[(r * columns) + c] = source[size.Offset(index[0], index[1], index[2])];
                }
            }

            kernel.Apply(scratch.Plane, rows, columns, scratch.Output, scratch.Texture);
            for (int r = 0; r < rows; r++)
            {
                index[rowAxis] = r;
                for (int c = 0; c < columns; c++)
                {
                    index[columnAxis] = c;
                    target[size.Offset(index[0], index[1], index[2])] = scratch.Output[(r * columns) + c];
                }
            }

            return scratch;
        }, _ => { });
        return result;
    }
}
