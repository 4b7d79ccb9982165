using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Ibsi2;

/// <summary>Properties every IBSI 2 filter must have, independent of the reference maps.</summary>
public class FilterInvariantTests
{
    private const FilterDimension D2 = FilterDimension.Slice2D;
    private const FilterDimension D3 = FilterDimension.Volume3D;

    public static TheoryData<string> ZeroMeanFilters() => new(ZeroMean.Keys);

    private static readonly Dictionary<string, Ibsi2Filter> ZeroMean = new()
    {
        ["laws-E5L5S5-rot"] = new LawsFilter("E5L5S5", D3, BoundaryMode.Mirror, rotationInvariant: true),
        ["laws-L5S5-2D"] = new LawsFilter("L5S5", D2, BoundaryMode.Nearest),
        ["laws-E3W5R5"] = new LawsFilter("E3W5R5", D3, BoundaryMode.Periodic),
        ["db2-LHL"] = new SeparableWaveletFilter("db2", "LHL", 1, D3, BoundaryMode.Mirror),
        ["coif1-HHL-rot"] = new SeparableWaveletFilter("coif1", "HHL", 1, D3, BoundaryMode.Periodic, rotationInvariant: true),
        ["haar-HHH-level2"] = new SeparableWaveletFilter("haar", "HHH", 2, D3, BoundaryMode.Nearest),
        ["simoncelli-1"] = new SimoncelliWaveletFilter(1, D3),
        ["simoncelli-2-2D"] = new SimoncelliWaveletFilter(2, D2),
        ["riesz-log"] = new RieszTransformedFilter(new LaplacianOfGaussianFilter(3, D3, BoundaryMode.Mirror), [1, 0, 0]),
    };

    [Theory]
    [MemberData(nameof(ZeroMeanFilters))]
    public void ConstantImage_ZeroMeanFilter_GivesZeroResponse(string name)
    {
        Volume<double> constant = Constant(new Size3(16, 12, 10), 100);
        Volume<double> response = ZeroMean[name].Apply(constant);
        Assert.All(response.Voxels.ToArray(), v => Assert.True(Math.Abs(v) < 1e-9, $"{name}: {v}"));
    }

    [Theory]
    [InlineData(BoundaryMode.Mirror)]
    [InlineData(BoundaryMode.Nearest)]
    [InlineData(BoundaryMode.Periodic)]
    public void ConstantImage_LaplacianOfGaussian_IsZeroUpToKernelTruncation(BoundaryMode boundary)
    {
        // The sampled kernel truncated at 4σ sums to zero only approximately: the second moment lost beyond 4σ,
        // about 2·4·φ(4) ≈ 1.1e-3 of σ², leaves −3 · 1.1e-3/σ² of the intensity (σ = 3 voxels here: ≈ 4e-4).
        // The response is uniform (the extension of a constant is constant) and below 1e-3 of the intensity.
        Volume<double> response = new LaplacianOfGaussianFilter(3, D3, boundary).Apply(Constant(new Size3(16, 16, 16), 100));
        double first = response.Voxels[0];
        Assert.True(Math.Abs(first) < 0.1, first.ToString());
        Assert.All(response.Voxels.ToArray(), v => Assert.Equal(first, v, 10));
    }

    [Theory]
    [InlineData(BoundaryMode.Mirror, D3)]
    [InlineData(BoundaryMode.Nearest, D3)]
    [InlineData(BoundaryMode.Periodic, D2)]
    public void ConstantImage_MeanFilter_PreservesIt(BoundaryMode boundary, FilterDimension dimension)
    {
        Volume<double> response = new MeanFilter(5, dimension, boundary).Apply(Constant(new Size3(9, 8, 7), 42));
        Assert.All(response.Voxels.ToArray(), v => Assert.Equal(42, v, 12));
    }

    public static TheoryData<string> RotationInvariantFilters() => new(RotationInvariant.Keys);

    private static readonly Dictionary<string, Ibsi2Filter> RotationInvariant = new()
    {
        ["laws-3D-max"] = new LawsFilter("E5L5S5", D3, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max),
        ["laws-3D-energy"] = new LawsFilter("E3W5R5", D3, BoundaryMode.Zero, rotationInvariant: true, RotationPooling.Max, energyDistance: 2),
        ["laws-2D-max"] = new LawsFilter("L5E5", D2, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max),
        ["laws-3D-average"] = new LawsFilter("E5S5R5", D3, BoundaryMode.Nearest, rotationInvariant: true, RotationPooling.Average),
        ["gabor-2D"] = new GaborFilter(4, 3, 0.5, 0, D2, BoundaryMode.Mirror, orientationStep: Math.PI / 4),
        ["gabor-2.5D"] = new GaborFilter(4, 3, 1.5, 0, D3, BoundaryMode.Zero, orientationStep: Math.PI / 8),
    };

    [Theory]
    [MemberData(nameof(RotationInvariantFilters))]
    public void RotationInvariantFilter_IsInvariantTo90DegreeRotationInPlane(string name)
    {
        Ibsi2Filter filter = RotationInvariant[name];
        Volume<double> image = Random(new Size3(14, 14, 9), seed: 7);
        Volume<double> direct = filter.Apply(image);
        Volume<double> viaRotation = RotateInPlane(filter.Apply(RotateInPlane(image)), times: 3);
        AssertClose(direct, viaRotation, 1e-9);
    }

    [Fact]
    public void RotationInvariantLaws3D_IsInvariantToRotationAboutTheFirstAxis()
    {
        var filter = new LawsFilter("E5L5S5", D3, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max);
        Volume<double> image = Random(new Size3(9, 11, 11), seed: 3);
        Volume<double> direct = filter.Apply(image);
        Volume<double> viaRotation = RotateAboutX(RotateAboutX(RotateAboutX(filter.Apply(RotateAboutX(image)))));
        AssertClose(direct, viaRotation, 1e-9);
    }

    [Theory]
    [InlineData(D3, 2.8284271247461903)]
    [InlineData(D2, 2.0)]
    public void HaarSubBands_SumBackToTheScaledInput(FilterDimension dimension, double gain)
    {
        // Undecimated Haar: per axis L + H = [a, a, 0] + [−a, a, 0] = √2·δ, so the sub-bands sum to (√2)^N · input.
        Volume<double> image = Random(new Size3(10, 9, 8), seed: 11);
        int axes = dimension == D3 ? 3 : 2;
        var sum = new double[image.Length];
        for (int band = 0; band < 1 << axes; band++)
        {
            string letters = new(Enumerable.Range(0, axes).Select(a => (band & (1 << a)) != 0 ? 'H' : 'L').ToArray());
            Volume<double> response = new SeparableWaveletFilter("haar", letters, 1, dimension, BoundaryMode.Mirror).Apply(image);
            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += response.Voxels[i];
            }
        }

        for (int i = 0; i < sum.Length; i++)
        {
            Assert.Equal(gain * image.Voxels[i], sum[i], 9);
        }
    }

    [Fact]
    public void Impulse_2DFilter_StaysInItsSlice()
    {
        Volume<double> impulse = Constant(new Size3(9, 9, 5), 0);
        impulse[4, 4, 2] = 1;
        foreach (Ibsi2Filter filter in new Ibsi2Filter[]
                 {
                     new MeanFilter(3, D2, BoundaryMode.Zero), new LaplacianOfGaussianFilter(2, D2, BoundaryMode.Zero),
                     new GaborFilter(2, 2, 1, 0.3, D2, BoundaryMode.Zero), new SimoncelliWaveletFilter(1, D2),
                 })
        {
            Volume<double> response = filter.Apply(impulse);
            for (int z = 0; z < 5; z++)
            {
                double energy = response.Slice(z).ToArray().Sum(Math.Abs);
                Assert.True(z == 2 ? energy > 0 : energy < 1e-12, $"{filter.Describe()} slice {z}: {energy}");
            }
        }
    }

    [Fact]
    public void Gabor_SingleOrientation_ImpulseResponseIsTheEnvelope()
    {
        // |h| on an impulse is exp(−(x̃² + γ²ỹ²)/(2σ²)) at the offset from the impulse (1 mm spacing).
        var filter = new GaborFilter(3, 2, 0.5, Math.PI / 3, D2, BoundaryMode.Zero);
        Volume<double> impulse = Constant(new Size3(21, 21, 1), 0);
        impulse[10, 10, 0] = 1;
        Volume<double> response = filter.Apply(impulse);
        foreach ((int dx, int dy) in new[] { (0, 0), (2, -1), (-3, 4), (5, 0) })
        {
            double xr = dx * Math.Cos(Math.PI / 3) + dy * Math.Sin(Math.PI / 3);
            double yr = -dx * Math.Sin(Math.PI / 3) + dy * Math.Cos(Math.PI / 3);
            Assert.Equal(Math.Exp(-(xr * xr + 0.25 * yr * yr) / 18), response[10 + dx, 10 + dy, 0], 9);
        }
    }

    internal static Volume<double> Constant(Size3 size, double value)
    {
        var volume = new Volume<double>(ImageGeometry.Unit(size) with { Spacing = new Vector3D(1, 1, 1) });
        volume.Voxels.Fill(value);
        return volume;
    }

    internal static Volume<double> Random(Size3 size, int seed)
    {
        var random = new Random(seed);
        Volume<double> volume = Constant(size, 0);
        for (int i = 0; i < volume.Length; i++)
        {
            volume.Voxels[i] = random.Next(256);
        }

        return volume;
    }

    /// <summary>Rotates by 90° about z: (x, y) → (n_y − 1 − y, x).</summary>
    private static Volume<double> RotateInPlane(Volume<double> v, int times = 1)
    {
        for (int t = 0; t < times; t++)
        {
            Size3 s = v.Size;
            Volume<double> r = Constant(new Size3(s.Y, s.X, s.Z), 0);
            for (int z = 0; z < s.Z; z++)
            {
                for (int y = 0; y < s.Y; y++)
                {
                    for (int x = 0; x < s.X; x++)
                    {
                        r[s.Y - 1 - y, x, z] = v[x, y, z];
                    }
                }
            }

            v = r;
        }

        return v;
    }

    /// <summary>Rotates by 90° about x: (y, z) → (n_z − 1 − z, y).</summary>
    private static Volume<double> RotateAboutX(Volume<double> v)
    {
        Size3 s = v.Size;
        Volume<double> r = Constant(new Size3(s.X, s.Z, s.Y), 0);
        for (int z = 0; z < s.Z; z++)
        {
            for (int y = 0; y < s.Y; y++)
            {
                for (int x = 0; x < s.X; x++)
                {
                    r[x, s.Z - 1 - z, y] = v[x, y, z];
                }
            }
        }

        return r;
    }

    private static void AssertClose(Volume<double> expected, Volume<double> actual, double tolerance)
    {
        Assert.Equal(expected.Size, actual.Size);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected.Voxels[i] - actual.Voxels[i]) <= tolerance * (1 + Math.Abs(expected.Voxels[i])),
                $"voxel {expected.Size.IndexOf(i)}: {expected.Voxels[i]} vs {actual.Voxels[i]}");
        }
    }
}
