using Radiomics.Filters.LaplacianOfGaussian;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.LaplacianOfGaussian;

/// <summary>
/// The vectorised, fused LoG (lines in SIMD groups, float32 intermediates, terms summed in the last pass) against a
/// plain scalar statement of ITK's algorithm: each pass filters one line at a time in double and stores float32,
/// each term is the second derivative along d then smoothing along the other axes in increasing order, and the
/// terms are summed as (float)(acc + term / spacing_d²). The two must agree bit for bit.
/// </summary>
public class LaplacianOfGaussianScalarReferenceTests
{
    [Theory]
    [InlineData(23, 19, 17, 1.0)] // no axis a multiple of the 16-line group: partial groups everywhere
    [InlineData(33, 16, 9, 2.5)]
    [InlineData(4, 40, 6, 0.7)]
    [InlineData(71, 50, 37, 1.5)] // rows: a 32-row group, then the last 18 in one; y and z lines: 71 in one group
    [InlineData(140, 9, 12, 1.2)] // y and z lines: a 32-line group, then the last 108 in one
    public void VectorisedPasses_EqualScalarItkReference_BitForBit(int nx, int ny, int nz, double sigma)
    {
        var geometry = new ImageGeometry(new Size3(nx, ny, nz), new Vector3D(0.9, 1.1, 1.7), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var random = new Random(nx * 1000 + ny);
        Span<double> voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() * 2000 - 1000;
        }

        Volume<double> actual = LaplacianOfGaussianFilter.Apply(image, sigma);
        double[] expected = ScalarLoG(image, sigma);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i].Equals(actual.Voxels[i]), $"voxel {i}: expected {expected[i]:R}, got {actual.Voxels[i]:R}");
        }
    }

    /// <summary>
    /// A kept box (the last two passes of each term then run slab by slab) against the scalar reference cropped, on one
    /// thread and on three.
    /// </summary>
    [Theory]
    [InlineData(37, 21, 19, 1.3, 5, 3, 2, 33, 20, 15)] // a partial 16-column slab across x and y
    [InlineData(20, 35, 11, 0.8, 0, 1, 1, 19, 34, 9)]
    [InlineData(18, 17, 13, 2.0, 7, 8, 6, 7, 8, 6)] // one voxel
    [InlineData(60, 52, 40, 1.1, 3, 2, 4, 54, 50, 38)] // a box 52 wide and 49 deep: one wide group, one of 16, a partial one
    public void KeptBox_EqualsScalarItkReferenceCropped_AtAnyThreadCount(int nx, int ny, int nz, double sigma, int x0, int y0, int z0, int x1, int y1, int z1)
    {
        var geometry = new ImageGeometry(new Size3(nx, ny, nz), new Vector3D(1.0, 0.8, 1.9), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var random = new Random(nx + ny + nz);
        Span<double> voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() * 3000 - 1000;
        }

        var keep = new BoundingBox(new Index3(x0, y0, z0), new Index3(x1, y1, z1));
        double[] expected = ScalarLoG(image, sigma);
        foreach (int threads in new[] { 1, 3 })
        {
            Volume<double> actual = LaplacianOfGaussianFilter.Apply(
                image, sigma, keep, geometry.SubRegion(keep.Lower, keep.Size), new ParallelOptions { MaxDegreeOfParallelism = threads });
            for (int z = z0; z <= z1; z++)
            {
                for (int y = y0; y <= y1; y++)
                {
                    for (int x = x0; x <= x1; x++)
                    {
                        double value = actual.Voxels[keep.Size.Offset(x - x0, y - y0, z - z0)];
                        Assert.True(expected[image.Size.Offset(x, y, z)].Equals(value), $"({x}, {y}, {z}), {threads} threads: expected {expected[image.Size.Offset(x, y, z)]:R}, got {value:R}");
                    }
                }
            }
        }
    }

    private static double[] ScalarLoG(Volume<double> image, double sigma)
    {
        Size3 n = image.Size;
        Vector3D spacing = image.Geometry.Spacing;
        var accumulated = new double[image.Length];
        for (int d = 0; d < 3; d++)
        {
            double[] term = image.Voxels.ToArray();
            Pass(term, n, d, RecursiveGaussianCoefficients.Create(sigma, spacing[d], GaussianOrder.Second, normalizeAcrossScale: true));
            for (int other = 0; other < 3; other++)
            {
                if (other != d)
                {
                    Pass(term, n, other, RecursiveGaussianCoefficients.Create(sigma, spacing[other], GaussianOrder.Zero, normalizeAcrossScale: true));
                }
            }

            double inverse = 1.0 / (spacing[d] * spacing[d]);
            for (int i = 0; i < accumulated.Length; i++)
            {
                accumulated[i] = (float)(accumulated[i] + term[i] * inverse);
            }
        }

        return accumulated;
    }

    /// <summary>Filters every line along <paramref name="axis"/> in place, storing float32.</summary>
    private static void Pass(double[] volume, Size3 n, int axis, RecursiveGaussianCoefficients c)
    {
        int length = n[axis];
        int stride = axis == 0 ? 1 : axis == 1 ? n.X : n.X * n.Y;
        var line = new double[length];
        var output = new double[length];
        for (int z = 0; z < (axis == 2 ? 1 : n.Z); z++)
        {
            for (int y = 0; y < (axis == 1 ? 1 : n.Y); y++)
            {
                for (int x = 0; x < (axis == 0 ? 1 : n.X); x++)
                {
                    int first = x + n.X * (y + n.Y * z);
                    for (int i = 0; i < length; i++)
                    {
                        line[i] = volume[first + i * stride];
                    }

                    FilterLine(line, output, c);
                    for (int i = 0; i < length; i++)
                    {
                        volume[first + i * stride] = (float)output[i];
                    }
                }
            }
        }
    }

    /// <summary>ITK's RecursiveSeparableImageFilter::FilterDataArray for one line (edge value extended to infinity).</summary>
    private static void FilterLine(double[] x, double[] y, RecursiveGaussianCoefficients c)
    {
        int ln = x.Length;
        var s1 = new double[ln];
        var s2 = new double[ln];
        double v1 = x[0];
        s1[0] = v1 * c.N0 + v1 * c.N1 + v1 * c.N2 + v1 * c.N3;
        s1[1] = x[1] * c.N0 + v1 * c.N1 + v1 * c.N2 + v1 * c.N3;
        s1[2] = x[2] * c.N0 + x[1] * c.N1 + v1 * c.N2 + v1 * c.N3;
        s1[3] = x[3] * c.N0 + x[2] * c.N1 + x[1] * c.N2 + v1 * c.N3;
        s1[0] -= v1 * c.BN1 + v1 * c.BN2 + v1 * c.BN3 + v1 * c.BN4;
        s1[1] -= s1[0] * c.D1 + v1 * c.BN2 + v1 * c.BN3 + v1 * c.BN4;
        s1[2] -= s1[1] * c.D1 + s1[0] * c.D2 + v1 * c.BN3 + v1 * c.BN4;
        s1[3] -= s1[2] * c.D1 + s1[1] * c.D2 + s1[0] * c.D3 + v1 * c.BN4;
        for (int i = 4; i < ln; i++)
        {
            s1[i] = x[i] * c.N0 + x[i - 1] * c.N1 + x[i - 2] * c.N2 + x[i - 3] * c.N3;
            s1[i] -= s1[i - 1] * c.D1 + s1[i - 2] * c.D2 + s1[i - 3] * c.D3 + s1[i - 4] * c.D4;
        }

        double v2 = x[ln - 1];
        s2[ln - 1] = v2 * c.M1 + v2 * c.M2 + v2 * c.M3 + v2 * c.M4;
        s2[ln - 2] = x[ln - 1] * c.M1 + v2 * c.M2 + v2 * c.M3 + v2 * c.M4;
        s2[ln - 3] = x[ln - 2] * c.M1 + x[ln - 1] * c.M2 + v2 * c.M3 + v2 * c.M4;
        s2[ln - 4] = x[ln - 3] * c.M1 + x[ln - 2] * c.M2 + x[ln - 1] * c.M3 + v2 * c.M4;
        s2[ln - 1] -= v2 * c.BM1 + v2 * c.BM2 + v2 * c.BM3 + v2 * c.BM4;
        s2[ln - 2] -= s2[ln - 1] * c.D1 + v2 * c.BM2 + v2 * c.BM3 + v2 * c.BM4;
        s2[ln - 3] -= s2[ln - 2] * c.D1 + s2[ln - 1] * c.D2 + v2 * c.BM3 + v2 * c.BM4;
        s2[ln - 4] -= s2[ln - 3] * c.D1 + s2[ln - 2] * c.D2 + s2[ln - 1] * c.D3 + v2 * c.BM4;
        for (int i = ln - 4; i > 0; i--)
        {
            s2[i - 1] = x[i] * c.M1 + x[i + 1] * c.M2 + x[i + 2] * c.M3 + x[i + 3] * c.M4;
            s2[i - 1] -= s2[i] * c.D1 + s2[i + 1] * c.D2 + s2[i + 2] * c.D3 + s2[i + 3] * c.D4;
        }

        for (int i = 0; i < ln; i++)
        {
            y[i] = s1[i] + s2[i];
        }
    }
}
