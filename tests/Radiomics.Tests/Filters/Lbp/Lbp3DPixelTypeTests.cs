using Radiomics.Configuration;
using Radiomics.Filters.Lbp;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Lbp;

/// <summary>
/// LBP3D on a float32 image without resampling: scipy's <c>map_coordinates</c> returns float32 samples for a float32
/// array, so in flat regions of integer-valued CT a sample rounds exactly onto the centre value and passes
/// <c>sample ≥ centre</c>, where a double sample a few ulps below the centre fails it.
/// </summary>
public sealed class Lbp3DPixelTypeTests
{
    private static readonly Size3 ReferenceSize = new(11, 9, 6);

    [Fact]
    public void Samples_OfFloat32FlatCt_AreTheFloat32RoundedSplineValues_AndDoubleSamplesFlipSomeSigns()
    {
        // Independent of the implementation: coefficients by a tridiagonal solve per line (not the recursive filter),
        // values by the explicit cubic B-spline kernel, rounded to float32.
        Volume<double> image = FlatCt();
        Volume<byte> mask = ReferenceMask();
        double[][] vertices = Icosphere.Vertices(1, 1);
        double[] coefficients = BruteForceSpline.Coefficients(image);
        double[] float32 = LocalBinaryPattern3D.Samples(image, mask, 1, 1, VoxelType.Float32);
        double[] float64 = LocalBinaryPattern3D.Samples(image, mask, 1, 1, VoxelType.Float64);
        int position = 0, flipped = 0, ties = 0;
        for (int i = 0; i < image.Length; i++)
        {
            if (mask.Voxels[i] == 0)
            {
                continue;
            }

            Index3 p = image.Size.IndexOf(i);
            double centre = image.Voxels[i];
            foreach (double[] v in vertices)
            {
                double exact = BruteForceSpline.Sample(coefficients, image.Size, p.X + v[2], p.Y + v[1], p.Z + v[0]);
                float expected = (float)exact;
                Assert.Equal(expected >= centre, float32[position] >= centre);
                Assert.Equal(expected, float32[position]);
                ties += float32[position] == centre ? 1 : 0;
                flipped += (float64[position] >= centre) != (float32[position] >= centre) ? 1 : 0;
                position++;
            }
        }

        Assert.Equal(float32.Length, position);
        Assert.True(ties > 100, $"{ties} samples tie their centre");
        Assert.True(flipped > 10, $"double samples decide {flipped} sign tests differently");
    }

    [Fact]
    public void Lbp3D_Float32Image_MatchesPyRadiomicsWithFloat32Samples_AndDiffersFromDoubleSampling()
    {
        // Reference/generate_lbp_references.py (scipy 1.10.1): PyRadiomics' getLBP3DImage steps on the float32 array.
        Volume<double> image = FlatCt();
        Volume<byte> mask = ReferenceMask();
        double[] reference = LbpReferenceFiles.Doubles("pyradiomics-lbp3d-float32-output.f64");
        var settings = RadiomicsSettings.Default with { Filters = new FilterSettings { Lbp3DLevels = 2, Lbp3DIcosphereRadius = 1, Lbp3DIcosphereSubdivision = 1 } };
        var float32 = LbpImages.Produce3D(image, mask, settings, VoxelType.Float32).ToList();
        var float64 = LbpImages.Produce3D(image, mask, settings, VoxelType.Float64).ToList();
        Assert.Equal(["lbp-3D-m1", "lbp-3D-m2", "lbp-3D-k"], float32.Select(p => p.Prefix));
        int position = 0, differing = 0;
        for (int map = 0; map < float32.Count; map++)
        {
            for (int i = 0; i < image.Length; i++)
            {
                double expected = reference[position + i], ours = float32[map].Image.Voxels[i];
                if (double.IsNaN(expected))
                {
                    Assert.True(double.IsNaN(ours), $"{float32[map].Prefix} voxel {i}: {ours} vs NaN");
                }
                else
                {
                    // The levels to 1e-12 (complex sums in another order); the float32 kurtosis exactly.
                    double tolerance = map < 2 ? 1e-12 * Math.Max(1, Math.Abs(expected)) : 0;
                    Assert.True(Math.Abs(ours - expected) <= tolerance, $"{float32[map].Prefix} voxel {i}: {ours} vs {expected}");
                }

                double other = float64[map].Image.Voxels[i];
                differing += map < 2 && Math.Abs(other - expected) > 1e-6 * Math.Max(1, Math.Abs(expected)) ? 1 : 0;
            }

            position += image.Length;
        }

        Assert.Equal(reference.Length, position);
        Assert.True(differing > 0, "double sampling should change some level values of this flat image");
    }

    [Fact]
    public void MapCoordinatesOutput_StoresAsScipy()
    {
        Assert.Equal(0.1f, MapCoordinatesOutput.Store(0.1, VoxelType.Float32));
        Assert.Equal(3, MapCoordinatesOutput.Store(2.5, VoxelType.Int16));
        Assert.Equal(-3, MapCoordinatesOutput.Store(-2.5, VoxelType.Int16));
        Assert.Equal(-2, MapCoordinatesOutput.Store(-2.4999, VoxelType.Int16));
        Assert.Equal(short.MaxValue, MapCoordinatesOutput.Store(1e6, VoxelType.Int16));
        Assert.Equal(0, MapCoordinatesOutput.Store(-7.2, VoxelType.UInt8));
        Assert.Equal(255, MapCoordinatesOutput.Store(255.4, VoxelType.UInt8));
        Assert.Equal(0.1, MapCoordinatesOutput.Store(0.1, VoxelType.Float64));
    }

    [Fact]
    public void PairwiseSum_FollowsNumpysBlocks()
    {
        // 1e8 then 299 ones in float32 (ulp(1e8) = 8): added one by one every 1 is lost. numpy (np.sum of this array
        // gives 1e8 + 288) splits 300 into 144 + 156, 144 into 72 + 72; the first 72 go to 8 partial sums, of which
        // only the one holding 1e8 loses its ones, and the halves of ones are summed exactly before meeting 1e8.
        float[] values = [1e8f, .. Enumerable.Repeat(1f, 299)];
        float sequential = 0;
        foreach (float v in values)
        {
            sequential += v;
        }

        Assert.Equal(1e8f, sequential);
        Assert.Equal(1e8f + 288f, SphericalKurtosis.PairwiseSum(values));
    }

    /// <summary>The 11 × 9 × 6 float32 CT of generate_lbp_references.py: air, 40 HU tissue, a 300 HU block, noise.</summary>
    private static Volume<double> FlatCt() => new(ImageGeometry.Unit(ReferenceSize), LbpReferenceFiles.Singles("lbp-input-float32.f32"));

    private static Volume<byte> ReferenceMask() => new(ImageGeometry.Unit(ReferenceSize), LbpReferenceFiles.Bytes("lbp-mask.u8"));

    /// <summary>Cubic B-spline interpolation with mirror boundaries, written out directly for the test.</summary>
    private static class BruteForceSpline
    {
        /// <summary>Coefficients c with Σ_k c_k β₃(i − k) = f_i on every line (mirror: c_{−1} = c_1, c_n = c_{n−2}), axes z, y, x.</summary>
        public static double[] Coefficients(Volume<double> image)
        {
            Size3 size = image.Size;
            double[] c = image.Voxels.ToArray();
            foreach (int axis in new[] { 2, 1, 0 })
            {
                int n = size[axis];
                int stride = axis == 0 ? 1 : axis == 1 ? size.X : size.X * size.Y;
                for (int start = 0; start < c.Length; start++)
                {
                    Index3 p = size.IndexOf(start);
                    if ((axis == 0 ? p.X : axis == 1 ? p.Y : p.Z) != 0)
                    {
                        continue;
                    }

                    double[] line = [.. Enumerable.Range(0, n).Select(i => c[start + (i * stride)])];
                    double[] solved = SolveLine(line);
                    for (int i = 0; i < n; i++)
                    {
                        c[start + (i * stride)] = solved[i];
                    }
                }
            }

            return c;
        }

        public static double Sample(double[] c, Size3 size, double x, double y, double z)
        {
            if (x < 0 || x > size.X - 1 || y < 0 || y > size.Y - 1 || z < 0 || z > size.Z - 1)
            {
                return 0;
            }

            double sum = 0;
            for (int k = (int)Math.Floor(z) - 1; k <= (int)Math.Floor(z) + 2; k++)
            {
                for (int j = (int)Math.Floor(y) - 1; j <= (int)Math.Floor(y) + 2; j++)
                {
                    for (int i = (int)Math.Floor(x) - 1; i <= (int)Math.Floor(x) + 2; i++)
                    {
                        double w = Beta3(x - i) * Beta3(y - j) * Beta3(z - k);
                        sum += w * c[size.Offset(Mirror(i, size.X), Mirror(j, size.Y), Mirror(k, size.Z))];
                    }
                }
            }

            return sum;
        }

        private static double Beta3(double d)
        {
            d = Math.Abs(d);
            return d < 1 ? (2.0 / 3) - (d * d) + (d * d * d / 2) : d < 2 ? Math.Pow(2 - d, 3) / 6 : 0;
        }

        /// <summary>Reflects an index about the end samples until it lands on the grid (… 2 1 | 0 1 … n−1 | n−2 …).</summary>
        private static int Mirror(int i, int n)
        {
            while (n > 1 && (i < 0 || i > n - 1))
            {
                i = i < 0 ? -i : (2 * (n - 1)) - i;
            }

            return n > 1 ? i : 0;
        }

        /// <summary>The tridiagonal system (1/6, 4/6, 1/6) with mirrored ends, by the Thomas algorithm.</summary>
        private static double[] SolveLine(double[] f)
        {
            int n = f.Length;
            if (n == 1)
            {
                return [f[0]];
            }

            var lower = new double[n];
            var diagonal = new double[n];
            var upper = new double[n];
            for (int i = 0; i < n; i++)
            {
                (lower[i], diagonal[i], upper[i]) = (1.0 / 6, 4.0 / 6, 1.0 / 6);
            }

            upper[0] = 2.0 / 6; // c_{−1} = c_1
            lower[n - 1] = 2.0 / 6; // c_n = c_{n−2}
            double[] d = [.. f];
            for (int i = 1; i < n; i++)
            {
                double m = lower[i] / diagonal[i - 1];
                diagonal[i] -= m * upper[i - 1];
                d[i] -= m * d[i - 1];
            }

            var x = new double[n];
            x[n - 1] = d[n - 1] / diagonal[n - 1];
            for (int i = n - 2; i >= 0; i--)
            {
                x[i] = (d[i] - (upper[i] * x[i + 1])) / diagonal[i];
            }

            return x;
        }
    }
}
