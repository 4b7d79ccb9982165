using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.Numerics.Fourier;

namespace Radiomics.Tests.Filters.Ibsi2;

/// <summary>
/// The batched paths (blocks of lines gathered and transformed together, column blocks, the vectorised x pass) must
/// give the one-line results bit for bit: the filters' values, and so the compliance figures, do not depend on them.
/// </summary>
public class FftBatchedTransformTests
{
    [Theory]
    [InlineData(16, 5, false)]
    [InlineData(16, 37, true)]
    [InlineData(12, 21, false)] // Bluestein
    [InlineData(197, 18, true)] // Bluestein, a prime length
    public void TransformLines_ContiguousLines_EqualPerLineTransformBitForBit(int n, int count, bool inverse)
    {
        var random = new Random(n * 100 + count);
        double[] re = Random(random, n * count), im = Random(random, n * count);
        double[] batchedRe = (double[])re.Clone(), batchedIm = (double[])im.Clone();
        var plan = new FftPlan(n);

        plan.TransformLines(batchedRe, batchedIm, 1, n, count, inverse);

        for (int line = 0; line < count; line++)
        {
            double[] lr = re[(line * n)..((line + 1) * n)], li = im[(line * n)..((line + 1) * n)];
            plan.Transform(lr, li, inverse);
            Assert.Equal(lr, batchedRe[(line * n)..((line + 1) * n)]);
            Assert.Equal(li, batchedIm[(line * n)..((line + 1) * n)]);
        }
    }

    [Theory]
    [InlineData(32, 150)] // more columns than one block
    [InlineData(20, 70)]  // Bluestein through TransformRows
    public void TransformRows_ManyColumns_EqualPerLineTransformBitForBit(int n, int batch)
    {
        var random = new Random(n + batch);
        double[] re = Random(random, n * batch), im = Random(random, n * batch);
        double[] rowsRe = (double[])re.Clone(), rowsIm = (double[])im.Clone();
        var plan = new FftPlan(n);

        plan.TransformRows(rowsRe, rowsIm, batch, batch, inverse: false);

        for (int b = 0; b < batch; b++)
        {
            double[] lr = Enumerable.Range(0, n).Select(t => re[t * batch + b]).ToArray();
            double[] li = Enumerable.Range(0, n).Select(t => im[t * batch + b]).ToArray();
            plan.Transform(lr, li, inverse: false);
            Assert.Equal(lr, Enumerable.Range(0, n).Select(t => rowsRe[t * batch + b]));
            Assert.Equal(li, Enumerable.Range(0, n).Select(t => rowsIm[t * batch + b]));
        }
    }

    [Theory]
    [InlineData(BoundaryMode.Mirror)]
    [InlineData(BoundaryMode.Zero)]
    public void ConvolveAxisX_EqualsTheScalarTapSumBitForBit(BoundaryMode mode)
    {
        var size = new Size3(23, 3, 2);
        var random = new Random(3);
        double[] source = Random(random, (int)size.VoxelCount);
        double[] kernel = Random(random, 7);
        double[] target = new double[source.Length];

        SeparableConvolution.ConvolveAxis(source, target, size, 0, kernel, mode, FilterExecution.SingleThreaded);

        for (int row = 0; row < size.Y * size.Z; row++)
        {
            for (int x = 0; x < size.X; x++)
            {
                double sum = 0;
                for (int t = 0; t < kernel.Length; t++)
                {
                    int at = Boundary.Map(x + kernel.Length / 2 - t, size.X, mode);
                    sum += kernel[t] * (at < 0 ? 0 : source[row * size.X + at]);
                }

                Assert.Equal(sum, target[row * size.X + x]);
            }
        }
    }

    private static double[] Random(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5).ToArray();
}
