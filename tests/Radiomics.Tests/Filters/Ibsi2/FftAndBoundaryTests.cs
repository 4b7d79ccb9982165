using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Numerics.Fourier;

namespace Radiomics.Tests.Filters.Ibsi2;

public class FftAndBoundaryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(12)]
    [InlineData(201)]
    public void Fft_MatchesTheDirectDft_AndInverts(int n)
    {
        var random = new Random(n);
        double[] re = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        double[] im = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        double[] fr = (double[])re.Clone(), fi = (double[])im.Clone();
        var plan = new FftPlan(n);
        plan.Transform(fr, fi, inverse: false);
        for (int k = 0; k < n; k++)
        {
            double sr = 0, si = 0;
            for (int t = 0; t < n; t++)
            {
                double angle = -2 * Math.PI * ((long)k * t % n) / n;
                sr += re[t] * Math.Cos(angle) - im[t] * Math.Sin(angle);
                si += re[t] * Math.Sin(angle) + im[t] * Math.Cos(angle);
            }

            Assert.Equal(sr, fr[k], 9);
            Assert.Equal(si, fi[k], 9);
        }

        plan.Transform(fr, fi, inverse: true);
        for (int t = 0; t < n; t++)
        {
            Assert.Equal(re[t], fr[t], 12);
            Assert.Equal(im[t], fi[t], 12);
        }
    }

    [Fact]
    public void FftRows_MatchesPerLineTransform()
    {
        const int n = 16, batch = 5;
        var random = new Random(1);
        double[] re = Enumerable.Range(0, n * batch).Select(_ => random.NextDouble()).ToArray();
        double[] im = new double[n * batch];
        double[] rowsRe = (double[])re.Clone(), rowsIm = (double[])im.Clone();
        var plan = new FftPlan(n);
        plan.TransformRows(rowsRe, rowsIm, batch, batch, inverse: false);
        for (int b = 0; b < batch; b++)
        {
            double[] lr = Enumerable.Range(0, n).Select(t => re[t * batch + b]).ToArray();
            double[] li = new double[n];
            plan.Transform(lr, li, inverse: false);
            for (int t = 0; t < n; t++)
            {
                Assert.Equal(lr[t], rowsRe[t * batch + b], 12);
                Assert.Equal(li[t], rowsIm[t * batch + b], 12);
            }
        }
    }

    [Theory]
    [InlineData(BoundaryMode.Zero, "0 0 0 | a b c d | 0 0 0")]
    [InlineData(BoundaryMode.Nearest, "a a a | a b c d | d d d")]
    [InlineData(BoundaryMode.Periodic, "b c d | a b c d | a b c")]
    [InlineData(BoundaryMode.Mirror, "c b a | a b c d | d c b")]
    public void Boundary_ExtendsLikeIbsi(BoundaryMode mode, string expected)
    {
        string Sample(int i)
        {
            int source = Boundary.Map(i, 4, mode);
            return source < 0 ? "0" : ((char)('a' + source)).ToString();
        }

        string text = string.Join(" ", Enumerable.Range(-3, 3).Select(Sample)) + " | " + string.Join(" ", Enumerable.Range(0, 4).Select(Sample)) + " | " + string.Join(" ", Enumerable.Range(4, 3).Select(Sample));
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Mirror_FarOutside_KeepsReflecting()
    {
        // Period 2n: a b c d d c b a a b c d …
        Assert.Equal(new[] { 3, 2, 1, 0, 0, 1 }, Enumerable.Range(4, 6).Select(i => Boundary.Map(i, 4, BoundaryMode.Mirror)).ToArray());
        Assert.Equal(new[] { 0, 1, 2, 3 }, Enumerable.Range(-8, 4).Select(i => Boundary.Map(i, 4, BoundaryMode.Mirror)).ToArray());
    }

    [Fact]
    public void Parallel_AndSingleThreaded_AreBitIdentical()
    {
        var image = FilterInvariantTests.Random(new Radiomics.Imaging.Size3(20, 18, 16), seed: 5);
        Ibsi2Filter[] filters =
        [
            new GaborFilter(4, 3, 0.5, 0, FilterDimension.Volume3D, BoundaryMode.Mirror, Math.PI / 4),
            new LawsFilter("E5L5S5", FilterDimension.Volume3D, BoundaryMode.Mirror, true, RotationPooling.Max, 2),
            new SimoncelliWaveletFilter(2, FilterDimension.Volume3D),
            new RieszTransformedFilter(new LaplacianOfGaussianFilter(2, FilterDimension.Volume3D, BoundaryMode.Zero), [0, 1, 1]),
        ];
        foreach (Ibsi2Filter filter in filters)
        {
            double[] one = filter.Apply(image, FilterExecution.SingleThreaded).Voxels.ToArray();
            double[] many = filter.Apply(image, new FilterExecution(4)).Voxels.ToArray();
            Assert.Equal(one, many);
        }
    }
}
