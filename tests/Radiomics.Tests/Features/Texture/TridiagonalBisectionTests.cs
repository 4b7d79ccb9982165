using Radiomics.Features.Texture;
using Radiomics.Numerics.LinearAlgebra;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// Sturm-sequence bisection (<see cref="SymmetricEigenvalues.Bisect"/>, <see cref="SymmetricEigenvalues.SecondLargestMagnitude"/>),
/// which the GLCM MCC uses, against the dense reference: the full implicit QL on the same tridiagonal form, and
/// matrices with known eigenvalues.
/// </summary>
/// <remarks>
/// Tolerance: the Sturm count is exact for a tridiagonal matrix within about 2.5ε of T entry by entry, so a bisected
/// eigenvalue is within ≈ 3ε‖T‖ of an exact one of T plus one ulp (the stopping rule: the bracket's ends are adjacent);
/// QL is backward stable with an error p(n)ε‖T‖, p growing about linearly in n (its O(n) rotations per eigenvalue;
/// n = 120 random matrices differ by up to ≈ 17ε‖T‖). The tolerance (16 + n/4)ε‖T‖∞ covers both and still fails on
/// any real error (a wrong count, a wrong rank, a wrong sign, a bisection stopped early), which are ≥ 1e-8 here.
/// </remarks>
public sealed class TridiagonalBisectionTests
{
    private const double Ulp = 2.220446049250313e-16;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(7, 4)]
    [InlineData(30, 5)]
    [InlineData(66, 6)]
    [InlineData(120, 7)]
    public void Bisect_EveryRank_MatchesQl_OnRandomSymmetric(int n, int seed)
    {
        var form = SymmetricTridiagonalForm.Reduce(RandomSymmetric(n, new Random(seed)), n);
        double[] reference = form.Eigenvalues();
        double tolerance = Tolerance(form);

        for (int k = 0; k < n; k++)
        {
            double value = SymmetricEigenvalues.Bisect(form.Diagonal, form.SubDiagonal, k);
            Assert.True(Math.Abs(value - reference[k]) <= tolerance, $"rank {k}: bisection {value:R}, QL {reference[k]:R}, tolerance {tolerance:R}");
        }
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(5, 12)]
    [InlineData(40, 13)]
    [InlineData(66, 14)]
    [InlineData(150, 15)]
    public void SecondLargestMagnitude_MatchesQl_OnRandomSymmetric(int n, int seed)
    {
        var form = SymmetricTridiagonalForm.Reduce(RandomSymmetric(n, new Random(seed)), n);

        AssertSecondLargestMagnitude(form);
    }

    [Theory]
    [InlineData(3, 21, 0.0)]
    [InlineData(20, 22, 0.0)]
    [InlineData(66, 23, 0.0)]
    [InlineData(66, 24, 0.7)]
    [InlineData(180, 25, 0.9)]
    public void SecondLargestMagnitude_MatchesQl_OnGlcmLikeMatrices(int n, int seed, double sparsity)
    {
        // B = D^(−½) P D^(−½) for a symmetric, non-negative P (a symmetric GLCM, some cells empty): its largest
        // eigenvalue is exactly 1 (eigenvector √pₓ), the MCC's μ₂ below it.
        var random = new Random(seed);
        var p = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = (i == j || Math.Abs(i - j) == 1 || random.NextDouble() >= sparsity) ? random.NextDouble() * Math.Exp(-0.05 * Math.Abs(i - j)) : 0;
                p[i * n + j] = p[j * n + i] = value;
            }
        }

        double[] px = Enumerable.Range(0, n).Select(i => p.AsSpan(i * n, n).ToArray().Sum()).ToArray();
        var b = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i * n + j] = p[i * n + j] / Math.Sqrt(px[i] * px[j]);
            }
        }

        var form = SymmetricTridiagonalForm.Reduce(b, n);

        Assert.Equal(1, SymmetricEigenvalues.Bisect(form.Diagonal, form.SubDiagonal, n - 1), 14);
        AssertSecondLargestMagnitude(form);
    }

    [Theory]
    [InlineData(new[] { 1.0, 0.9, 0.9 + 1e-14, -0.3, 0.1 }, 0.9 + 1e-14)] // clustered just above a double eigenvalue
    [InlineData(new[] { 1.0, 0.5, 0.5, 0.5, -0.2, 0.0 }, 0.5)] // triple second eigenvalue
    [InlineData(new[] { 1.0, -0.8, 0.3, 0.2, -0.1 }, -0.8)] // the second magnitude is negative
    [InlineData(new[] { 1.0, 0.6, -0.6, 0.1 }, 0.6)] // ±μ tie: either sign (rounding decides which is larger)
    [InlineData(new[] { 1.0, 1.0 - 1e-13, -0.5 }, 1.0 - 1e-13)] // nearly disconnected: top two almost equal
    [InlineData(new[] { -1.0, 1.0, 0.25, 0.0 }, 1.0)] // bipartite: μ = ±1, the second magnitude is 1
    [InlineData(new[] { 1.0, 0.0, 0.0 }, 0.0)] // second eigenvalue exactly 0
    public void SecondLargestMagnitude_OfKnownSpectra(double[] lambda, double expected)
    {
        int n = lambda.Length;
        var form = SymmetricTridiagonalForm.Reduce(Rotated(lambda, new Random(n)), n);
        double tolerance = 64 * Ulp; // ‖A‖ = 1 here; the rotation itself is accurate to a few ε

        double value = form.SecondLargestMagnitude();

        bool tie = lambda.Contains(-expected) && expected != 0;
        Assert.True(Math.Abs((tie ? Math.Abs(value) : value) - expected) <= tolerance, $"second magnitude {value:R}, expected {expected:R}");
        for (int k = 0; k < n; k++)
        {
            double sorted = lambda.Order().ElementAt(k);
            Assert.True(Math.Abs(SymmetricEigenvalues.Bisect(form.Diagonal, form.SubDiagonal, k) - sorted) <= tolerance, $"rank {k}");
        }
    }

    [Theory]
    [InlineData(2, 31)]
    [InlineData(3, 32)]
    [InlineData(5, 33)]
    [InlineData(17, 34)]
    [InlineData(66, 35)]
    [InlineData(177, 36)]
    public void SecondLargestMagnitude_TwoHalvingsPerPass_IsBitIdenticalToOne(int n, int seed)
    {
        // Random tridiagonals, some with zero diagonal entries and zero couplings (pivots at pivmin, split blocks),
        // a ±μ tie and a double eigenvalue: the vector path must take the scalar path's bracket step for step.
        var random = new Random(seed);
        var cases = new List<(double[] D, double[] E)>();
        for (int c = 0; c < 40; c++)
        {
            double[] d = [.. Enumerable.Range(0, n).Select(_ => c % 4 == 0 && random.NextDouble() < 0.3 ? 0 : random.NextDouble() * 2 - 1)];
            double[] e = [.. Enumerable.Range(0, n).Select(i => i == 0 || (c % 3 == 0 && random.NextDouble() < 0.2) ? 0 : random.NextDouble() - 0.5)];
            cases.Add((d, e));
        }

        double[] tie = [.. Enumerable.Range(0, n).Select(i => i == 0 ? 1.0 : i == 1 ? 0.6 : i == 2 ? -0.6 : 0.1 / i)];
        double[] repeated = [.. Enumerable.Range(0, n).Select(i => i == 0 ? 1.0 : i < 3 ? 0.5 : -0.2 / i)];
        foreach (double[] lambda in new[] { tie, repeated })
        {
            var form = SymmetricTridiagonalForm.Reduce(Rotated(lambda, new Random(seed)), n);
            cases.Add((form.Diagonal, form.SubDiagonal));
        }

        foreach (var (d, e) in cases)
        {
            double vector = SymmetricEigenvalues.SecondLargestMagnitudeCore(d, e, vectorised: true);
            double scalar = SymmetricEigenvalues.SecondLargestMagnitudeCore(d, e, vectorised: false);

            Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(vector));
        }
    }

    private static void AssertSecondLargestMagnitude(SymmetricTridiagonalForm form)
    {
        double[] reference = form.Eigenvalues().OrderByDescending(Math.Abs).ToArray();
        double tolerance = Tolerance(form);
        double value = form.SecondLargestMagnitude();

        Assert.True(Math.Abs(Math.Abs(value) - Math.Abs(reference[1])) <= tolerance, $"|μ₂|: bisection {value:R}, QL {reference[1]:R}");

        // The sign is that of the reference unless a value of the other sign has (to the tolerance) the same magnitude.
        bool ambiguous = reference.Any(x => Math.Sign(x) != Math.Sign(reference[1]) && Math.Abs(Math.Abs(x) - Math.Abs(reference[1])) <= 2 * tolerance);
        if (!ambiguous)
        {
            Assert.Equal(Math.Sign(reference[1]), Math.Sign(value));
        }
    }

    /// <summary>(16 + n/4)ε‖T‖∞ (see the class remarks).</summary>
    private static double Tolerance(SymmetricTridiagonalForm form)
    {
        double norm = 0;
        int n = form.Size;
        for (int i = 0; i < n; i++)
        {
            double row = Math.Abs(form.Diagonal[i]) + (i > 0 ? Math.Abs(form.SubDiagonal[i]) : 0) + (i + 1 < n ? Math.Abs(form.SubDiagonal[i + 1]) : 0);
            norm = Math.Max(norm, row);
        }

        return (16 + (n / 4.0)) * Ulp * norm + double.Epsilon;
    }

    private static double[] RandomSymmetric(int n, Random random)
    {
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                a[i * n + j] = a[j * n + i] = (2 * random.NextDouble()) - 1;
            }
        }

        return a;
    }

    /// <summary><c>Q diag(λ) Qᵀ</c>, Q a product of three random reflections (dense, with eigenvalues λ to a few ε).</summary>
    private static double[] Rotated(double[] lambda, Random random)
    {
        int n = lambda.Length;
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = lambda[i];
        }

        for (int reflection = 0; reflection < 3; reflection++)
        {
            double[] w = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
            double ww = w.Sum(x => x * x);
            var h = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    h[i * n + j] = (i == j ? 1 : 0) - (2 * w[i] * w[j] / ww);
                }
            }

            a = Multiply(Multiply(h, a, n), h, n);
        }

        return a;
    }

    private static double[] Multiply(double[] x, double[] y, int n)
    {
        var z = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += x[i * n + k] * y[k * n + j];
                }

                z[i * n + j] = sum;
            }
        }

        return z;
    }
}
