using System.Numerics;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Filters.Lbp;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Lbp;

public sealed class LbpImagesTests
{
    private static readonly Size3 ReferenceSize = new(11, 9, 6);

    [Fact]
    public void Lbp2D_FourSamples_MatchesHandComputedDefaultAndUniform()
    {
        // P = 4, R = 1: neighbours i = 0..3 at (row, col) offsets (0, +1), (−1, 0), (0, −1), (+1, 0), exactly on pixels;
        // outside the plane the value is 0. Plane (rows y, columns x):
        //   1 2 3
        //   4 5 6
        //   7 8 9
        // Centre 5: neighbours 6, 2, 4, 8 → s = 1, 0, 0, 1 → default 1 + 8 = 9; uniform: changes 1→0→0→1 = 2 → 2 ones.
        // Corner (0, 0) = 1: neighbours 2, 0 (outside), 0 (outside), 4 → s = 1, 0, 0, 1 → 9 and 2.
        // (0, 1) = 2: neighbours 3, 0, 1, 5 → s = 1, 0, 0, 1 → 9 and 2. (1, 2) = 6: 0, 3, 5, 9 → s = 0, 0, 0, 1 → 8 and 1.
        // (2, 2) = 9: 0, 6, 8, 0 → all 0 → 0 and 0. (1, 0) = 4: 5, 1, 0, 7 → 1, 0, 0, 1 → 9 and 2.
        Volume<double> image = Plane(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        Volume<double> lbpDefault = Lbp2D(image, 4, 1, "default");
        Volume<double> lbpUniform = Lbp2D(image, 4, 1, "uniform");
        Assert.Equal(9, lbpDefault[1, 1, 0]);
        Assert.Equal(2, lbpUniform[1, 1, 0]);
        Assert.Equal(9, lbpDefault[0, 0, 0]);
        Assert.Equal(9, lbpDefault[1, 0, 0]);
        Assert.Equal(8, lbpDefault[2, 1, 0]);
        Assert.Equal(1, lbpUniform[2, 1, 0]);
        Assert.Equal(0, lbpDefault[2, 2, 0]);
        Assert.Equal(0, lbpUniform[2, 2, 0]);
        Assert.Equal(9, lbpDefault[0, 1, 0]);
    }

    [Fact]
    public void Lbp2D_UniformCountsChangesWithoutWrapAround_AsScikitImage()
    {
        // Centre 5 with neighbours (P = 4) 0-valued except i = 1 and i = 2 → s = 0, 1, 1, 0: changes 2 → uniform = 2.
        // s = 1, 0, 1, 0 (i = 0 and 2 high): 3 changes → P + 1 = 5. s = 1, 0, 0, 1 would be 4 transitions cyclically
        // yet skimage counts only i = 0..P−2, giving 2 (checked above).
        Volume<double> twoOnes = Plane(3, 3, [0, 9, 0, 9, 5, 0, 0, 0, 0]);
        Assert.Equal(2, Lbp2D(twoOnes, 4, 1, "uniform")[1, 1, 0]);
        Volume<double> alternating = Plane(3, 3, [0, 0, 0, 9, 5, 9, 0, 0, 0]);
        Assert.Equal(5, Lbp2D(alternating, 4, 1, "uniform")[1, 1, 0]);
        Assert.Equal(1 + 4, Lbp2D(alternating, 4, 1, "default")[1, 1, 0]);
    }

    [Fact]
    public void Lbp2D_EightSamples_InterpolatesDiagonalsBilinearly()
    {
        // P = 8, R = 1: sample 1 sits at (row, col) = (−0.70711, +0.70711) (skimage rounds to 5 decimals).
        // Around the centre (1, 1) of a 3×3 plane f = 10·row + col the bilinear value is exact for this linear
        // function: 10·(1 − 0.70711) + (1 + 0.70711) = 4.63600, below the centre 11 → bit 1 is 0.
        // Samples with offsets (0, +1) = 12, (+0.70711, +0.70711) → 18.778, (+1, 0) = 21, (+0.70711, −0.70711) → 17.364
        // are ≥ 11 (bits 0, 7, 6, 5); (−1, 0) = 1, (0, −1) = 10, (−0.70711, −0.70711) → 3.222 are not.
        Volume<double> image = Plane(3, 3, [0, 1, 2, 10, 11, 12, 20, 21, 22]);
        Assert.Equal(1 + 32 + 64 + 128, Lbp2D(image, 8, 1, "default")[1, 1, 0]);
        Assert.Equal(4, Lbp2D(image, 8, 1, "uniform")[1, 1, 0]); // s = 1,0,0,0,0,1,1,1: 2 changes, 4 ones
    }

    [Fact]
    public void Lbp2D_MatchesScikitImageReference_BitForBit()
    {
        // Reference/generate_lbp_references.py: skimage 0.19.3 local_binary_pattern per slice, as PyRadiomics.
        (int P, double R, string Method, int Axis)[] cases =
        [
            (8, 1, "uniform", 0), (8, 1, "uniform", 1), (8, 1, "uniform", 2), (9, 1, "uniform", 0), (12, 1.5, "default", 0),
            (8, 2, "ror", 1), (8, 1, "nri_uniform", 2), (8, 1, "var", 0), (16, 2.5, "uniform", 0),
        ];
        Volume<double> image = ReferenceImage();
        double[] reference = ReadDoubles("skimage-lbp2d-output.f64");
        int position = 0;
        foreach ((int p, double r, string method, int axis) in cases)
        {
            RadiomicsSettings settings = RadiomicsSettings.Default with
            {
                Filters = new FilterSettings { Lbp2DSamples = p, Lbp2DRadius = r, Lbp2DMethod = Method(method) },
                Features = new FeatureSettings { Force2D = true, Force2DDimension = axis },
            };
            (string prefix, Volume<double> lbp) = Assert.Single(LbpImages.Produce2D(image, settings));
            Assert.Equal("lbp-2D", prefix);
            Assert.Equal(image.Geometry, lbp.Geometry);
            double[] expected = reference.AsSpan(position, lbp.Length).ToArray();
            Assert.True(expected.SequenceEqual(lbp.Voxels.ToArray()), $"P={p} R={r} {method} axis {axis} differs from skimage");
            position += lbp.Length;
        }

        Assert.Equal(reference.Length, position);
    }

    [Fact]
    public void Lbp3D_MatchesPyRadiomicsReference()
    {
        // Reference/generate_lbp_references.py: PyRadiomics' getLBP3DImage steps with scipy 1.10 (map_coordinates,
        // kurtosis, sph_harm). Samples that tie the centre (flat patch, exact grid vertices) are decided as scipy does.
        Volume<double> image = ReferenceImage();
        var mask = new Volume<byte>(image.Geometry, LbpReferenceFiles.Bytes("lbp-mask.u8"));
        double[] reference = ReadDoubles("pyradiomics-lbp3d-output.f64");
        int position = 0;
        foreach ((int levels, double radius, int subdivision) in new[] { (2, 1.0, 1), (3, 1.5, 2) })
        {
            RadiomicsSettings settings = RadiomicsSettings.Default with
            {
                Filters = new FilterSettings { Lbp3DLevels = levels, Lbp3DIcosphereRadius = radius, Lbp3DIcosphereSubdivision = subdivision },
            };
            var produced = LbpImages.Produce3D(image, mask, settings).ToList();
            Assert.Equal([.. Enumerable.Range(1, levels).Select(l => $"lbp-3D-m{l}"), "lbp-3D-k"], produced.Select(p => p.Prefix));
            foreach ((string prefix, Volume<double> map) in produced)
            {
                for (int i = 0; i < map.Length; i++)
                {
                    double expected = reference[position + i];
                    Assert.True(
                        Math.Abs(map.Voxels[i] - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)),
                        $"{prefix} (levels {levels}, radius {radius}, subdivision {subdivision}) voxel {i}: {map.Voxels[i]} vs {expected}");
                }

                position += map.Length;
            }
        }

        Assert.Equal(reference.Length, position);
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(1, 42)]
    [InlineData(2, 162)]
    public void Icosphere_HasTrimeshVertexCountOnTheSphere(int subdivisions, int count)
    {
        double[][] vertices = Icosphere.Vertices(subdivisions, 2.5);
        Assert.Equal(count, vertices.Length);
        foreach (double[] v in vertices)
        {
            Assert.Equal(2.5, Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2])), 1e-14);
        }
    }

    [Fact]
    public void SphericalHarmonics_FollowScipyConvention()
    {
        // scipy sph_harm(m, n, theta = azimuth, phi = polar); closed forms with the Condon–Shortley phase.
        double az = 0.3, polar = 1.1;
        Assert.Equal(0.5 / Math.Sqrt(Math.PI), SphericalHarmonics.Y(0, 0, az, polar).Real, 1e-15);
        Assert.Equal(Math.Sqrt(3 / (4 * Math.PI)) * Math.Cos(polar), SphericalHarmonics.Y(0, 1, az, polar).Real, 1e-15);
        Complex y21 = -Math.Sqrt(15 / (8 * Math.PI)) * Math.Sin(polar) * Math.Cos(polar) * Complex.FromPolarCoordinates(1, az);
        AssertClose(y21, SphericalHarmonics.Y(1, 2, az, polar));
        AssertClose(-Complex.Conjugate(y21), SphericalHarmonics.Y(-1, 2, az, polar));
        Complex y22 = 0.25 * Math.Sqrt(15 / (2 * Math.PI)) * Math.Pow(Math.Sin(polar), 2) * Complex.FromPolarCoordinates(1, 2 * az);
        AssertClose(y22, SphericalHarmonics.Y(2, 2, az, polar));
        AssertClose(Complex.Conjugate(y22), SphericalHarmonics.Y(-2, 2, az, polar));
    }

    [Fact]
    public void Kurtosis_IsFisherBiased_AndNaNForConstantSamples()
    {
        // [1, 0, 0, 0]: mean ¼, m2 = 3/16, m4 = 21/256 → m4/m2² − 3 = 7/3 − 3 = −2/3.
        Assert.Equal(-2.0 / 3, SphericalKurtosis.Float64([1, 0, 0, 0]), 1e-14);
        Assert.True(double.IsNaN(SphericalKurtosis.Float64([4, 4, 4, 4, 4])));
    }

    [Fact]
    public void CubicBSpline_InterpolatesGridValues_AndIsZeroOutside()
    {
        Volume<double> image = ReferenceImage();
        var sampler = new CubicBSplineSampler(image);
        for (int i = 0; i < image.Length; i += 7)
        {
            Index3 p = image.Size.IndexOf(i);
            Assert.Equal(image.Voxels[i], sampler.Sample(p.X, p.Y, p.Z), 1e-10);
        }

        Assert.Equal(0, sampler.Sample(-0.01, 3, 3));
        Assert.Equal(0, sampler.Sample(3, 3, 5.2));
    }

    private static void AssertClose(Complex expected, Complex actual)
    {
        Assert.Equal(expected.Real, actual.Real, 1e-14);
        Assert.Equal(expected.Imaginary, actual.Imaginary, 1e-14);
    }

    private static Volume<double> Lbp2D(Volume<double> image, int samples, double radius, string method) =>
        LbpImages.Produce2D(image, RadiomicsSettings.Default with { Filters = new FilterSettings { Lbp2DSamples = samples, Lbp2DRadius = radius, Lbp2DMethod = Method(method) }, Features = new FeatureSettings { Force2D = true } })
            .Single().Image;

    /// <summary>scikit-image's method name as <c>lbp2DMethod</c> binds it.</summary>
    private static LbpMethod Method(string name) => (LbpMethod)SettingOverride.Of("lbp2DMethod", ParameterValue.FromText(name)).Value!;

    /// <summary>A one-slice volume whose plane (rows y, columns x) is <paramref name="values"/> in row-major order.</summary>
    private static Volume<double> Plane(int rows, int columns, double[] values) =>
        new(ImageGeometry.Unit(new Size3(columns, rows, 1)), values);

    private static Volume<double> ReferenceImage() =>
        new(ImageGeometry.Unit(ReferenceSize), ReadDoubles("lbp-input.f64"));

    private static double[] ReadDoubles(string name) => LbpReferenceFiles.Doubles(name);
}
