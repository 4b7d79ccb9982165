using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// ITK's <c>LinearInterpolateImageFunction</c> (its optimised 3D path): per axis the base index is ⌊index⌋
/// raised to 0 when below the buffer, the fraction is index − base, and an axis whose fraction is ≤ 0 or
/// whose next voxel lies past the end is not interpolated (the edge voxel is used). Interpolates along x,
/// then y, then z, each step <c>a + (b − a)·t</c> as ITK does.
/// </summary>
internal sealed class LinearInterpolator(Volume<double> image) : IResamplingInterpolator
{
    private readonly double[] _voxels = image.Buffer;
    private readonly Size3 _size = image.Size;

    public double Evaluate(double x, double y, double z)
    {
        Axis(x, _size.X, out int x0, out int x1, out double tx);
        Axis(y, _size.Y, out int y0, out int y1, out double ty);
        Axis(z, _size.Z, out int z0, out int z1, out double tz);
        double c0 = Plane(x0, x1, tx, y0, y1, ty, z0);
        if (z1 < 0)
        {
            return c0;
        }

        double c1 = Plane(x0, x1, tx, y0, y1, ty, z1);
        return c0 + (c1 - c0) * tz;
    }

    private double Plane(int x0, int x1, double tx, int y0, int y1, double ty, int z)
    {
        double r0 = Row(x0, x1, tx, y0, z);
        if (y1 < 0)
        {
            return r0;
        }

        double r1 = Row(x0, x1, tx, y1, z);
        return r0 + (r1 - r0) * ty;
    }

    private double Row(int x0, int x1, double tx, int y, int z)
    {
        int offset = _size.X * (y + _size.Y * z);
        double v0 = _voxels[offset + x0];
        if (x1 < 0)
        {
            return v0;
        }

        double v1 = _voxels[offset + x1];
        return v0 + (v1 - v0) * tx;
    }

    /// <summary>The base index, the next index (−1 when this axis is not interpolated) and the fraction.</summary>
    private static void Axis(double index, int length, out int lower, out int upper, out double fraction)
    {
        lower = (int)Math.Floor(index);
        if (lower < 0)
        {
            lower = 0;
        }

        fraction = index - lower;
        upper = fraction <= 0 || lower + 1 > length - 1 ? -1 : lower + 1;
    }
}
