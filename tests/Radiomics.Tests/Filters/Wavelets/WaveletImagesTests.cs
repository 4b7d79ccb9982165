using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Wavelets;

public sealed class WaveletImagesTests
{
    private static readonly double C = 1 / Math.Sqrt(2);

    private static readonly string[] ThreeDNames =
        ["wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL"];

    [Fact]
    public void Haar_On4x4x4_MatchesHandComputedSubBands()
    {
        // f = x + 10y + 100z. Haar, pywt swt alignment: low(o) = c·(v[o] + v[o+1]), high(o) = c·(v[o] − v[o+1]),
        // indices modulo 4 (periodic). Along z: v[z] − v[z+1] = −100, except z = 3: 300 − 0 = 300.
        Volume<double> image = Build(new Size3(4, 4, 4), (x, y, z) => x + (10 * y) + (100 * z));
        Dictionary<string, Volume<double>> bands = WaveletImages.Produce(image, Settings("haar")).ToDictionary(b => b.Prefix, b => b.Image);
        Assert.Equal(ThreeDNames, bands.Keys);

        double c3 = C * C * C;
        for (int z = 0; z < 4; z++)
        {
            for (int y = 0; y < 4; y++)
            {
                for (int x = 0; x < 4; x++)
                {
                    double dx = x == 3 ? 3 : -1, dy = y == 3 ? 30 : -10, dz = z == 3 ? 300 : -100;
                    double sum = 0;
                    for (int k = 0; k < 8; k++)
                    {
                        sum += image[(x + (k & 1)) % 4, (y + ((k >> 1) & 1)) % 4, (z + (k >> 2)) % 4];
                    }

                    // Low along two axes sums four values whose differences along the third axis are all equal.
                    Assert.Equal(c3 * sum, bands["wavelet-LLL"][x, y, z], 1e-12);
                    Assert.Equal(c3 * 4 * dz, bands["wavelet-LLH"][x, y, z], 1e-12);
                    Assert.Equal(c3 * 4 * dy, bands["wavelet-LHL"][x, y, z], 1e-12);
                    Assert.Equal(c3 * 4 * dx, bands["wavelet-HLL"][x, y, z], 1e-12);
                    Assert.Equal(0, bands["wavelet-LHH"][x, y, z], 1e-12);
                    Assert.Equal(0, bands["wavelet-HHH"][x, y, z], 1e-12);
                }
            }
        }
    }

    [Fact]
    public void OddLength_IsWrapPaddedThenCropped_AsPyRadiomics()
    {
        // A 5×2×2 volume constant along y and z; PyRadiomics pads x to 6 with numpy 'wrap': p = [v0..v4, v0].
        // coif1 low-pass along x: out[o] = Σ_k dec_lo[k]·p[(o + 3 − k) mod 6]; y and z are low-passed constants (×√2 each).
        double[] line = [3, -1, 4, 1, -5];
        Volume<double> image = Build(new Size3(5, 2, 2), (x, _, _) => line[x]);
        double[] padded = [.. line, line[0]];
        ReadOnlySpan<double> lo = WaveletFilterBank.Get("coif1").DecompositionLowPass;
        Volume<double> lll = WaveletImages.Produce(image, Settings("coif1")).Single(b => b.Prefix == "wavelet-LLL").Image;
        Assert.Equal(image.Size, lll.Size);
        for (int o = 0; o < 5; o++)
        {
            double expected = 0;
            for (int k = 0; k < lo.Length; k++)
            {
                expected += lo[k] * padded[(((o + 3 - k) % 6) + 6) % 6];
            }

            Assert.Equal(2 * expected, lll[o, 1, 1], 1e-12);
        }
    }

    [Fact]
    public void MatchesPywtBasedPyRadiomicsReference_BitForBit()
    {
        // Reference/generate_pyradiomics_swt3.py: PyRadiomics' _swt3 steps with pywt 1.1.1 on a 7×6×5 random volume.
        string folder = Path.Combine(Path.GetDirectoryName(SourcePath())!, "Reference");
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(7, 6, 5)), ReadDoubles(Path.Combine(folder, "pyradiomics-swt3-input.f64")));
        double[] reference = ReadDoubles(Path.Combine(folder, "pyradiomics-swt3-output.f64"));
        (RadiomicsSettings Settings, string[] Names)[] cases =
        [
            (Settings("coif1"), ThreeDNames),
            (Settings("haar") with { Filters = Settings("haar").Filters with { WaveletLevel = 2, WaveletStartLevel = 1 } }, [.. ThreeDNames[..7], .. ThreeDNames[..7].Select(n => n.Replace("wavelet-", "wavelet2-")), "wavelet2-LLL"]),
            (Settings("db3"), ThreeDNames),
            (Settings("bior3.5"), ThreeDNames),
            (Settings("rbio2.8"), ThreeDNames),
            (Settings("dmey"), ThreeDNames),
            (Settings("sym4") with { Filters = Settings("sym4").Filters with { WaveletLevel = 2 }, Features = Settings("sym4").Features with { Force2D = true, Force2DDimension = 0 } }, ["wavelet-LH", "wavelet-HL", "wavelet-HH", "wavelet2-LH", "wavelet2-HL", "wavelet2-HH", "wavelet2-LL"]),
            (Settings("coif2") with { Features = Settings("coif2").Features with { Force2D = true, Force2DDimension = 1 } }, ["wavelet-LH", "wavelet-HL", "wavelet-HH", "wavelet-LL"]),
        ];

        int position = 0;
        foreach ((RadiomicsSettings settings, string[] names) in cases)
        {
            var produced = WaveletImages.Produce(image, settings).ToList();
            Assert.Equal(names, produced.Select(p => p.Prefix));
            foreach ((string prefix, Volume<double> band) in produced)
            {
                Assert.Equal(image.Geometry, band.Geometry);
                double[] expected = reference.AsSpan(position, band.Length).ToArray();
                Assert.True(expected.SequenceEqual(band.Voxels.ToArray()), $"{settings.Filters.Wavelet} {prefix} differs from pywt");
                position += band.Length;
            }
        }

        Assert.Equal(reference.Length, position);
    }

    [Theory]
    [InlineData("coif1", VoxelType.Float32, 1)]
    [InlineData("db3", VoxelType.Float64, 2)]
    public void KeptBox_EqualsWholeBandsCropped(string wavelet, VoxelType pixelType, int levels)
    {
        Volume<double> image = Build(new Size3(13, 10, 9), (x, y, z) => Math.Sin(x * 0.7) + (Math.Cos((y * 1.3) + z) * z) + ((x * y) % 5));
        RadiomicsSettings settings = Settings(wavelet) with { Filters = Settings(wavelet).Filters with { WaveletLevel = levels } };
        var keep = new BoundingBox(new Index3(2, 3, 1), new Index3(10, 7, 6));
        ImageGeometry geometry = image.Geometry.SubRegion(keep.Lower, keep.Size);
        var whole = WaveletImages.Produce(image, settings, pixelType).ToList();
        var kept = WaveletImages.Produce(image, settings, keep, geometry, pixelType).ToList();
        Assert.Equal(whole.Select(b => b.Prefix), kept.Select(b => b.Prefix));
        for (int i = 0; i < whole.Count; i++)
        {
            Assert.Equal(geometry, kept[i].Image.Geometry);
            Assert.Equal(whole[i].Image.Crop(keep.Lower, keep.Size).Voxels.ToArray(), kept[i].Image.Voxels.ToArray());
        }
    }

    [Theory]
    [InlineData("haar", 1e-12)]
    [InlineData("db4", 1e-12)]
    [InlineData("sym5", 1e-10)]
    [InlineData("coif3", 1e-12)]
    [InlineData("bior2.4", 1e-12)]
    [InlineData("rbio3.7", 1e-12)]
    [InlineData("dmey", 5e-3)] // an FIR approximation: not exactly orthogonal, so reconstruction is approximate
    public void SubBands_ReconstructTheInput(string wavelet, double relativeTolerance)
    {
        // Undecimated perfect reconstruction: x = (1/8) Σ_bands S_x S_y S_z (band), S = synthesis with rec_lo / rec_hi.
        Volume<double> image = Build(new Size3(12, 10, 8), (x, y, z) => Math.Sin(x * 0.7) + (Math.Cos((y * 1.3) + z) * z) + ((x * y) % 5));
        WaveletFilterBank bank = WaveletFilterBank.Get(wavelet);
        var sum = new double[image.Length];
        foreach ((string prefix, Volume<double> band) in WaveletImages.Produce(image, Settings(wavelet)))
        {
            string letters = prefix["wavelet-".Length..];
            Volume<double> r = band;
            for (int axis = 2; axis >= 0; axis--)
            {
                r = WaveletSynthesis.Synthesize(r, letters[axis] == 'L' ? bank.ReconstructionLowPass : bank.ReconstructionHighPass, axis, bank.Length, 1);
            }

            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += r.Voxels[i] / 8;
            }
        }

        double scale = image.Voxels.ToArray().Max(Math.Abs);
        for (int i = 0; i < sum.Length; i++)
        {
            Assert.True(Math.Abs(sum[i] - image.Voxels[i]) <= relativeTolerance * scale, $"{wavelet}: voxel {i} {sum[i]} vs {image.Voxels[i]}");
        }
    }

    [Fact]
    public void Levels_AreNotDilated_AsPyRadiomics()
    {
        // PyRadiomics calls swtn(level=1) on the previous approximation, so level 2 is level 1 applied twice.
        Volume<double> image = Build(new Size3(8, 8, 4), (x, y, z) => (x * x) - (3 * y) + (z * x));
        Volume<double> level1Approximation = WaveletImages.Produce(image, Settings("db2")).Last().Image;
        Volume<double> expected = WaveletImages.Produce(level1Approximation, Settings("db2")).First().Image;
        Volume<double> actual = WaveletImages.Produce(image, Settings("db2") with { Filters = Settings("db2").Filters with { WaveletLevel = 2 } }).First(b => b.Prefix == "wavelet2-LLH").Image;
        Assert.Equal(expected.Voxels.ToArray(), actual.Voxels.ToArray());

        List<string> names = [.. WaveletImages.Produce(image, Settings("db2") with { Filters = Settings("db2").Filters with { WaveletLevel = 1, WaveletStartLevel = 1 } }).Select(b => b.Prefix)];
        Assert.Equal(ThreeDNames, names);
    }

    [Fact]
    public void Produce_IsLazy_AndRejectsUnknownWavelets()
    {
        Volume<double> image = Build(new Size3(4, 4, 4), (x, _, _) => x);
        using IEnumerator<(string, Volume<double>)> bands = WaveletImages.Produce(image, Settings("coif1")).GetEnumerator();
        Assert.True(bands.MoveNext());
        Assert.Equal("wavelet-LLH", bands.Current.Item1);
        Assert.Throws<ArgumentException>(() => WaveletImages.Produce(image, Settings("db99")));
    }

    internal static RadiomicsSettings Settings(string wavelet) => RadiomicsSettings.Default with { Filters = new FilterSettings { Wavelet = wavelet } };

    internal static Volume<double> Build(Size3 size, Func<int, int, int, double> value)
    {
        var image = new Volume<double>(ImageGeometry.Unit(size) with { Spacing = new Vector3D(0.5, 0.7, 2), Origin = new Vector3D(1, 2, 3) });
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    image[x, y, z] = value(x, y, z);
                }
            }
        }

        return image;
    }

    private static double[] ReadDoubles(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var values = new double[bytes.Length / sizeof(double)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BitConverter.ToDouble(bytes, i * sizeof(double));
        }

        return values;
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
