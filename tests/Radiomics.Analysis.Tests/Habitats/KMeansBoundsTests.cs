using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>
/// The bound-accelerated assignment must reproduce plain Lloyd exactly: a straightforward exhaustive Lloyd loop written
/// here (R's C loop) gives the same labels, iteration count and bit-identical centres on random data.
/// </summary>
public class KMeansBoundsTests
{
    [Theory]
    [InlineData(2, 500, 3, 1)]
    [InlineData(7, 2000, 4, 2)]
    [InlineData(20, 3000, 10, 3)]
    [InlineData(50, 4000, 6, 4)]
    public void Fit_EqualsExhaustiveLloyd(int k, int rows, int columns, int seed)
    {
        var random = new Random(seed);
        // Overlapping groups on a coarse grid of values, so exact ties between centres occur too.
        double[][] data = [.. Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, columns).Select(c => (i % 5) + Math.Round(random.NextDouble() * 8) / 4).ToArray())];
        double[][] start = [.. Enumerable.Range(0, k).Select(j => (double[])data[j * rows / k].Clone())];
        KMeansResult fit = KMeans.Fit(VoxelFeatureMatrix.FromRows(data), new KMeansOptions
        {
            ClusterCount = k,
            Initialisation = KMeansInitialisation.Given,
            InitialCentres = start,
            MaxIterations = 1000,
            EmptyClusters = EmptyClusterPolicy.Fail,
        });
        (int[] labels, double[][] centres, int iterations) = ExhaustiveLloyd(data, start, 1000);
        Assert.Equal(labels, fit.Labels);
        Assert.Equal(iterations, fit.Iterations);
        for (int j = 0; j < k; j++)
        {
            Assert.Equal(centres[j], fit.Centres[j]);
        }
    }

    private static (int[] Labels, double[][] Centres, int Iterations) ExhaustiveLloyd(double[][] x, double[][] start, int maxIterations)
    {
        int n = x.Length, k = start.Length, p = x[0].Length;
        double[][] centres = [.. start.Select(c => (double[])c.Clone())];
        var labels = Enumerable.Repeat(-1, n).ToArray();
        int iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            bool updated = false;
            for (int i = 0; i < n; i++)
            {
                double best = double.PositiveInfinity;
                int chosen = 0;
                for (int j = 0; j < k; j++)
                {
                    double d = 0;
                    for (int c = 0; c < p; c++)
                    {
                        double t = x[i][c] - centres[j][c];
                        d += t * t;
                    }

                    if (d < best)
                    {
                        best = d;
                        chosen = j;
                    }
                }

                updated |= labels[i] != chosen;
                labels[i] = chosen;
            }

            if (!updated)
            {
                break;
            }

            var sums = new double[k, p];
            var counts = new int[k];
            for (int i = 0; i < n; i++)
            {
                counts[labels[i]]++;
                for (int c = 0; c < p; c++)
                {
                    sums[labels[i], c] += x[i][c];
                }
            }

            for (int j = 0; j < k; j++)
            {
                for (int c = 0; c < p; c++)
                {
                    centres[j][c] = sums[j, c] / counts[j];
                }
            }
        }

        return (labels, centres, iteration + 1);
    }
}
