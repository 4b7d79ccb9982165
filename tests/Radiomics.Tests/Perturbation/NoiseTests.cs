using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Tests.Perturbation;

public class NoiseTests
{
    [Fact]
    public void ChangSigma_SmoothPhantomWithGaussianNoiseOfTen_WithinTwoPercent()
    {
        Volume<double> smooth = SmoothPhantom(new Size3(160, 144, 12));
        Volume<double> noisy = GaussianNoise.Add(smooth, 10, seed: 7, repetition: 1);

        double sigma = NoiseEstimation.ChangSigma(noisy);

        Assert.InRange(sigma, 9.8, 10.2);
        Assert.True(NoiseEstimation.ChangSigma(smooth) < 0.5, "a smooth image has almost no HH energy");
    }

    [Fact]
    public void ChangSigma_IsTheExactMedianOfTheHighHighBand()
    {
        // A 1-slice image: the band is small enough to compute here independently (scipy's convolve1d, mode reflect).
        var random = new Random(3);
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(9, 8, 1)));
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = random.NextDouble() * 100;
        }

        double[] h = Radiomics.Filters.Wavelets.WaveletFilterBank.Get("coif1").DecompositionHighPass.ToArray();
        var along = new double[image.Length];
        var band = new double[image.Length];
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 9; x++)
            {
                double sum = 0;
                for (int k = 0; k < h.Length; k++)
                {
                    sum += h[k] * image[x, Mirror(y + 1 - k, 8), 0];
                }

                along[x + 9 * y] = sum;
            }
        }

        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 9; x++)
            {
                double sum = 0;
                for (int k = 0; k < h.Length; k++)
                {
                    sum += h[k] * along[Mirror(x + 1 - k, 9) + 9 * y];
                }

                band[x + 9 * y] = Math.Abs(sum);
            }
        }

        Array.Sort(band);
        double median = (band[35] + band[36]) / 2; // 72 values: numpy's median
        Assert.Equal(median / 0.6744897501960817, NoiseEstimation.ChangSigma(image), 12);
        Assert.Equal(NoiseEstimation.ChangSigma(image), NoiseEstimation.ChangSigma(image, null, collectLimit: 0)); // bit by bit: the same
    }

    [Fact]
    public void Deviates_AreStandardNormal()
    {
        var values = new double[400_000];
        GaussianNoise.Deviates(GaussianNoise.StreamOf(11, 1), 0, values);

        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(sd, 0.99, 1.01);
        Assert.InRange(values.Count(v => Math.Abs(v) <= 1.959963984540054) / (double)values.Length, 0.947, 0.953);
    }

    [Fact]
    public void Deviates_DependOnlyOnSeedRepetitionAndIndex()
    {
        SplitMixStream stream = GaussianNoise.StreamOf(5, 2);
        var whole = new double[3001];
        GaussianNoise.Deviates(stream, 0, whole);
        var part = new double[1000];
        GaussianNoise.Deviates(stream, 1001, part); // starts on the second voxel of a pair

        Assert.Equal(whole.AsSpan(1001, 1000).ToArray(), part);
        var again = new double[3001];
        GaussianNoise.Deviates(GaussianNoise.StreamOf(5, 2), 0, again);
        Assert.Equal(whole, again);
        GaussianNoise.Deviates(GaussianNoise.StreamOf(5, 3), 0, again);
        Assert.NotEqual(whole, again);
    }

    [Fact]
    public void Add_SameWhateverTheThreadCount()
    {
        Volume<double> image = SmoothPhantom(new Size3(33, 17, 9));
        double[] one = GaussianNoise.Add(image, 4, 1, 1, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Voxels.ToArray();
        double[] many = GaussianNoise.Add(image, 4, 1, 1, new ParallelOptions { MaxDegreeOfParallelism = 4 }).Voxels.ToArray();
        Assert.Equal(one, many);
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-5)]
    [InlineData(0.3)]
    [InlineData(0.7071067811865476)]
    [InlineData(0.999999999)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(12345.678)]
    public void PortableLog_AgreesWithTheMathLibrary(double x)
    {
        double expected = Math.Log(x);
        double ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
        Assert.True(Math.Abs(PortableMath.Log(x) - expected) <= 4 * ulp, $"{PortableMath.Log(x):R} vs {expected:R}");
    }

    [Theory]
    [InlineData(-700.0)]
    [InlineData(-8.0)]
    [InlineData(-0.3465)]
    [InlineData(0.0)]
    [InlineData(1e-9)]
    [InlineData(2.5)]
    public void PortableExp_AgreesWithTheMathLibrary(double x)
    {
        double expected = Math.Exp(x);
        Assert.True(Math.Abs(PortableMath.Exp(x) - expected) <= 4 * (Math.BitIncrement(expected) - expected), $"{PortableMath.Exp(x):R} vs {expected:R}");
    }

    /// <summary>Slowly varying intensities (no voxel-scale structure).</summary>
    internal static Volume<double> SmoothPhantom(Size3 size)
    {
        var image = new Volume<double>(new ImageGeometry(size, new Vector3D(0.8, 0.8, 2.5), Vector3D.Zero, Direction3.Identity));
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    image[x, y, z] = 100 + 40 * Math.Sin(x / 23.0) * Math.Cos(y / 31.0) + 3 * z;
                }
            }
        }

        return image;
    }

    private static int Mirror(int i, int n) => i < 0 ? -i - 1 : i >= n ? 2 * n - i - 1 : i;
}
