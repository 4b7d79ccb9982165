using Radiomics.Features.Texture.Glcm;
using Radiomics.Numerics;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The GLCM work after the pair counts against its direct forms, bit for bit: the information measures' table of
/// logarithms over distinct marginal values and the Perron roots of disconnected blocks (terms in vector lanes or not,
/// and the loop that forms each term inside the sum).
/// </summary>
public sealed class GlcmPostCountKernelTests
{
    [Theory]
    [InlineData(1, 1, 0.0)]
    [InlineData(7, 2, 0.2)]
    [InlineData(40, 3, 0.5)] // many rare levels with the same few counts: repeated marginal values
    [InlineData(90, 4, 0.8)] // more than 256 cells in the table, empty rows
    [InlineData(300, 5, 0.9)] // more than 256 levels (pooled scratch)
    public void InformationMeasures_SymmetricMatrix_EqualTheDirectSums(int n, int seed, double rare)
    {
        GlcmProbabilities m = SymmetricMatrix(n, seed, rare);
        (double hx, double hy, double hxy1, double hxy2) = Direct(m);

        GlcmCoefficients c = m.Coefficients;
        Assert.Equal(Bits(hx), Bits(c.HX));
        Assert.Equal(Bits(hy), Bits(c.HY));
        Assert.Equal(Bits(hxy1), Bits(c.HXY1));
        Assert.Equal(Bits(hxy2), Bits(c.HXY2));
    }

    [Fact]
    public void InformationMeasures_RepeatedMarginals_AreSharedAndStillExact()
    {
        // Twelve levels that each only co-occur with themselves, twice: twelve equal marginals, one distinct value.
        const int n = 16;
        var counts = new double[n * n];
        for (int i = 0; i < 12; i++)
        {
            counts[(i * n) + i] = 2;
        }

        for (int i = 12; i < n; i++)
        {
            counts[(i * n) + i] = 100 + i;
        }

        var m = new GlcmProbabilities(counts, [.. Enumerable.Range(1, n)], n);
        (_, _, double hxy1, double hxy2) = Direct(m);

        Assert.Equal(Bits(hxy1), Bits(m.Coefficients.HXY1));
        Assert.Equal(Bits(hxy2), Bits(m.Coefficients.HXY2));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(17, 3)]
    [InlineData(60, 4)]
    public void PerronRoot_VectorAndScalarTerms_EqualTheDirectIteration(int n, int seed)
    {
        // Two disconnected blocks: levels 0 … n−1 and a rare level n (its own block).
        var counts = new double[(n + 1) * (n + 1)];
        var random = new Random(seed);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double c = Math.Abs(i - j) <= 3 && random.NextDouble() < 0.8 ? random.Next(1, 500) : 0;
                counts[(i * (n + 1)) + j] = counts[(j * (n + 1)) + i] = c;
            }

            counts[(i * (n + 1)) + i] += 1;
        }

        counts[(n * (n + 1)) + n] = 1;
        var m = new GlcmProbabilities(counts, [.. Enumerable.Range(1, n + 1)], n + 1);
        List<int> members = [.. Enumerable.Range(0, n)];

        double expected = DirectPerronRoot(m, members);
        double vector = DisconnectedGlcmBlocks.PerronRoot(m, members, vectorised: true);
        double scalar = DisconnectedGlcmBlocks.PerronRoot(m, members, vectorised: false);

        Assert.Equal(Bits(expected), Bits(scalar));
        Assert.Equal(Bits(expected), Bits(vector));
        Assert.InRange(expected, 0.5, 1 + 1e-12);
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    /// <summary>A symmetric count matrix; a share <paramref name="rare"/> of the levels occurs with one or two counts on the diagonal only.</summary>
    private static GlcmProbabilities SymmetricMatrix(int n, int seed, double rare)
    {
        var random = new Random(seed);
        var counts = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            if (random.NextDouble() < rare)
            {
                counts[(i * n) + i] = random.Next(0, 3);
                continue;
            }

            for (int j = 0; j <= i; j++)
            {
                if (counts[(j * n) + j] is > 0 and < 3 && i != j)
                {
                    continue;
                }

                double c = random.NextDouble() < 0.5 ? random.Next(1, 60) : 0;
                counts[(i * n) + j] = counts[(j * n) + i] = c;
            }
        }

        counts[0] += 5;
        return new GlcmProbabilities(counts, [.. Enumerable.Range(1, n)], n);
    }

    /// <summary>HX, HY, HXY1, HXY2 as their definitions read: one logarithm per term, row-major.</summary>
    private static (double HX, double HY, double HXY1, double HXY2) Direct(GlcmProbabilities m)
    {
        GlcmCoefficients c = m.Coefficients;
        int n = c.Size;
        double hx = 0, hy = 0, hxy1 = 0, hxy2 = 0;
        for (int i = 0; i < n; i++)
        {
            if (c.Px[i] != 0)
            {
                hx -= c.Px[i] * Math.Log2(c.Px[i] + MachineEpsilon.Value);
            }

            if (c.Py[i] != 0)
            {
                hy -= c.Py[i] * Math.Log2(c.Py[i] + MachineEpsilon.Value);
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double p = c.Probability(i, j);
                if (p != 0)
                {
                    hxy1 -= p * Math.Log2((c.Px[i] * c.Py[j]) + MachineEpsilon.Value);
                }

                double q = c.Px[i] * c.Py[j];
                if (q != 0)
                {
                    hxy2 -= q * Math.Log2(q + MachineEpsilon.Value);
                }
            }
        }

        return (hx, hy, hxy1, hxy2);
    }

    /// <summary>The power iteration as first written: each term <c>p·t / (pₓp_y + ε)</c> formed inside the row's sum.</summary>
    private static double DirectPerronRoot(GlcmProbabilities m, List<int> members)
    {
        GlcmCoefficients c = m.Coefficients;
        int n = c.Size;
        var x = new double[members.Count];
        var y = new double[members.Count];
        var t = new double[n];
        Array.Fill(x, 1.0);
        double root = 1;
        for (int iteration = 0; iteration < 500; iteration++)
        {
            Array.Clear(t);
            for (int a = 0; a < members.Count; a++)
            {
                for (int k = 0; k < n; k++)
                {
                    double p = c.Probability(members[a], k);
                    if (p != 0)
                    {
                        t[k] += p * x[a];
                    }
                }
            }

            double sumX = 0, sumY = 0;
            for (int a = 0; a < members.Count; a++)
            {
                int i = members[a];
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    double p = c.Probability(i, k);
                    if (p > 0)
                    {
                        sum += p * t[k] / ((c.Px[i] * c.Py[k]) + MachineEpsilon.Value);
                    }
                }

                y[a] = sum;
                sumX += x[a];
                sumY += sum;
            }

            double next = sumY / sumX;
            for (int a = 0; a < members.Count; a++)
            {
                x[a] = y[a] / next;
            }

            if (next == root && iteration > 0)
            {
                break;
            }

            root = next;
        }

        return root;
    }
}
