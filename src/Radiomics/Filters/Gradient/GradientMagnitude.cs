using Radiomics.Imaging;

namespace Radiomics.Filters.Gradient;

/// <summary>
/// PyRadiomics' <c>gradient</c> image type: SimpleITK's <c>GradientMagnitudeImageFilter</c>. Per axis a central
/// difference with ITK's derivative operator (coefficients ±½, scaled by 1/spacing when
/// <c>gradientUseSpacing</c>), evaluated as ITK's inner product <c>(c·f(i−1) + 0·f(i)) + (−c)·f(i+1)</c>, with
/// zero-flux Neumann boundaries (the edge voxel repeats; an axis of one voxel contributes 0); magnitude
/// √(Σ g²) accumulated over x, y, z and stored as float32 (SimpleITK's output type).
/// </summary>
public static class GradientMagnitude
{
    /// <summary>The gradient magnitude of <paramref name="image"/>, on its grid, each value rounded to float32.</summary>
    /// <param name="image">The image (intensity units).</param>
    /// <param name="useSpacing">PyRadiomics' <c>gradientUseSpacing</c>: true for derivatives per mm (units per mm), false per voxel.</param>
    /// <param name="parallel">The degree of parallelism over slices, or null for the default; the result does not depend on it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public static Volume<double> Apply(Volume<double> image, bool useSpacing, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        Size3 n = image.Size;
        double[] source = image.Buffer;
        var coefficient = new double[3];
        for (int a = 0; a < 3; a++)
        {
            double spacing = image.Geometry.Spacing[a];
            if (useSpacing && spacing == 0.0)
            {
                throw new InvalidOperationException("Image spacing cannot be zero.");
            }

            coefficient[a] = useSpacing ? 0.5 * (1.0 / spacing) : 0.5;
        }

        var result = new Volume<double>(image.Geometry);
        double[] target = result.Buffer;
        int strideY = n.X, strideZ = n.X * n.Y;
        Parallel.For(0, n.Z, ParallelDefaults.OrDefault(parallel), z =>
        {
            int zm = Math.Max(z - 1, 0) - z, zp = Math.Min(z + 1, n.Z - 1) - z;
            for (int y = 0; y < n.Y; y++)
            {
                int ym = Math.Max(y - 1, 0) - y, yp = Math.Min(y + 1, n.Y - 1) - y;
                int row = strideY * y + strideZ * z;
                for (int x = 0; x < n.X; x++)
                {
                    int xm = Math.Max(x - 1, 0) - x, xp = Math.Min(x + 1, n.X - 1) - x;
                    int i = row + x;
                    double gx = Derivative(source, i, xm, xp, coefficient[0]);
                    double gy = Derivative(source, i, ym * strideY, yp * strideY, coefficient[1]);
                    double gz = Derivative(source, i, zm * strideZ, zp * strideZ, coefficient[2]);
                    double sum = 0.0;
                    sum += gx * gx;
                    sum += gy * gy;
                    sum += gz * gz;
                    target[i] = (float)Math.Sqrt(sum);
                }
            }
        });

        return result;
    }

    /// <summary>ITK's inner product of the neighbourhood (i − 1, i, i + 1) with the operator (c, 0, −c).</summary>
    private static double Derivative(double[] v, int i, int minus, int plus, double c)
    {
        double sum = 0.0;
        sum += c * v[i + minus];
        sum += 0.0 * v[i];
        sum += -c * v[i + plus];
        return sum;
    }
}
