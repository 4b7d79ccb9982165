using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// The exact Euclidean distance transform of a binary mask on an anisotropic grid, in physical units: for every voxel
/// the squared distance in mm² between its centre and the centre of the nearest target voxel.
/// </summary>
/// <remarks>
/// Separable (Saito and Toriwaki; the lower envelope of parabolas of Felzenszwalb and Huttenlocher): one 1D pass along x,
/// then y, then z, each with that axis's spacing. Exact, not a chamfer approximation: the values equal
/// <c>scipy.ndimage.distance_transform_edt(…, sampling=spacing)²</c> (the same sum of squares in the same order; they
/// can differ only in the last bit where two target voxels are equally near). Each pass runs its lines in parallel and
/// every line is computed alone, so the result does not depend on the thread count. The direction matrix is ignored: a
/// distance between voxel centres depends on the spacing only.
/// </remarks>
public static class DistanceTransform
{
    /// <summary>
    /// Squared distances (mm²) from every voxel of <paramref name="mask"/>'s grid to the nearest voxel of
    /// <paramref name="target"/>; <see cref="double.PositiveInfinity"/> everywhere when the grid holds no such voxel.
    /// </summary>
    public static Volume<double> SquaredDistances(Volume<byte> mask, DistanceTarget target, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var result = new Volume<double>(mask.Geometry);
        SquaredDistances(mask, target, result.Buffer, parallel);
        return result;
    }

    /// <summary>
    /// <see cref="SquaredDistances(Volume{byte}, DistanceTarget, ParallelOptions?)"/> into the first voxel-count values
    /// of <paramref name="values"/> (x fastest), so a caller can use a pooled buffer.
    /// </summary>
    internal static void SquaredDistances(Volume<byte> mask, DistanceTarget target, double[] values, ParallelOptions? parallel)
    {
        ReadOnlySpan<byte> voxels = mask.Voxels;
        bool siteIsNonZero = target == DistanceTarget.Inside;
        for (int i = 0; i < voxels.Length; i++)
        {
            values[i] = (voxels[i] != 0) == siteIsNonZero ? 0.0 : double.PositiveInfinity;
        }

        Size3 size = mask.Size;
        Vector3D spacing = mask.Geometry.Spacing;
        ParallelOptions options = ParallelDefaults.OrDefault(parallel);
        int rowLength = size.X, sliceLength = size.X * size.Y;
        RunPass(values, size.X, 1, size.Y * size.Z, line => line % size.Y * rowLength + line / size.Y * sliceLength, spacing.X, options);
        RunPass(values, size.Y, rowLength, size.X * size.Z, line => line % size.X + line / size.X * sliceLength, spacing.Y, options);
        RunPass(values, size.Z, sliceLength, sliceLength, line => line, spacing.Z, options);
    }

    /// <summary>Transforms <paramref name="lineCount"/> lines of <paramref name="length"/> voxels, <paramref name="stride"/> apart, starting at <paramref name="start"/>(line).</summary>
    private static void RunPass(double[] values, int length, int stride, int lineCount, Func<int, int> start, double spacing, ParallelOptions options)
    {
        if (length == 0 || lineCount == 0)
        {
            return;
        }

        Parallel.For(
            0,
            lineCount,
            options,
            () => new LineScratch(length),
            (line, _, scratch) =>
            {
                int first = start(line);
                Span<double> buffer = scratch.Line;
                for (int i = 0; i < length; i++)
                {
                    buffer[i] = values[first + i * stride];
                }

                ParabolaEnvelope.Transform(buffer, spacing, scratch.Sites, scratch.Bounds, scratch.Result);
                for (int i = 0; i < length; i++)
                {
                    values[first + i * stride] = buffer[i];
                }

                return scratch;
            },
            _ => { });
    }

    /// <summary>One worker's buffers for a pass.</summary>
    private sealed class LineScratch(int length)
    {
        public double[] Line { get; } = new double[length];

        public double[] Result { get; } = new double[length];

        public int[] Sites { get; } = new int[length];

        public double[] Bounds { get; } = new double[length + 1];
    }
}
