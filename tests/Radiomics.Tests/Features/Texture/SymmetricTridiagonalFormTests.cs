using Radiomics.Features.Texture;
using Radiomics.Numerics.LinearAlgebra;
using Radiomics.Numerics.Simd;

namespace Radiomics.Tests.Features.Texture;

/// <summary>The Householder tridiagonal form behind the GLCM MCC: its eigenvalues and inverse-iteration eigenvectors.</summary>
public sealed class SymmetricTridiagonalFormTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(40)]
    public void Eigenvalues_OfReflectedDiagonal_AreTheDiagonal(int n)
    {
        // A = H diag(λ) H with H = I − 2wwᵀ/wᵀw a reflection: a dense symmetric matrix with known eigenvalues.
        double[] lambda = Enumerable.Range(0, n).Select(k => Math.Cos(0.7 * k) * (k % 3 == 0 ? 1 : 0.25)).ToArray();
        double[] a = Reflected(lambda, out _);

        double[] values = SymmetricTridiagonalForm.Reduce(a, n).Eigenvalues();

        double[] expected = lambda.Order().ToArray();
        for (int k = 0; k < n; k++)
        {
            Assert.Equal(expected[k], values[k], 13);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(40)]
    public void Eigenvector_SatisfiesTheEigenEquation(int n)
    {
        double[] lambda = Enumerable.Range(0, n).Select(k => 1.0 / (k + 1)).ToArray();
        double[] a = Reflected(lambda, out double[] original);
        var form = SymmetricTridiagonalForm.Reduce(a, n);

        foreach (double target in new[] { lambda[0], lambda[1], lambda[n - 1] })
        {
            double[] v = form.Eigenvector(target) ?? throw new InvalidOperationException("no eigenvector");

            Assert.Equal(1, Math.Sqrt(v.Sum(x => x * x)), 12);
            for (int i = 0; i < n; i++)
            {
                double av = 0;
                for (int j = 0; j < n; j++)
                {
                    av += original[i * n + j] * v[j];
                }

                Assert.True(Math.Abs(av - target * v[i]) < 1e-12, $"row {i}: (Av)ᵢ = {av}, λvᵢ = {target * v[i]}");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(177)]
    public void EigenvectorUpdate_MultiplyAddOfNegatedFactor_IsBitIdenticalToTheScalarSubtraction(int length)
    {
        var random = new Random(length + 1);
        double[] target = [.. Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5)];
        double[] x = [.. Enumerable.Range(0, length + 3).Select(_ => (random.NextDouble() - 0.5) * 1e3)];
        double f = random.NextDouble() * 1e-3;
        double[] expected = [.. target];
        for (int k = 0; k < length; k++)
        {
            expected[k] -= f * x[k];
        }

        // The eigenvector's reflection update, y[k] −= f·u[k], as the shared kernel runs it.
        SpanArithmetic.MultiplyAdd(x, -f, target);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), target.Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(176)]
    public void ReductionSums_VectorQuotients_AreBitIdenticalToTheScalarLoops(int length)
    {
        // The reduction's u[k] /= scale; h += u[k]² and p[j] /= h; f += p[j]u[j], as first written.
        var random = new Random(length + 7);
        double[] u = [.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.5) * 1e2)];
        double[] p = [.. Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.5) * 1e-3)];
        double scale = 3.7 + random.NextDouble(), divisor = 0.3 + random.NextDouble();
        double[] expectedU = [.. u], expectedP = [.. p];
        double expectedH = 0, expectedF = 0;
        for (int k = 0; k < length; k++)
        {
            expectedU[k] /= scale;
            expectedH += expectedU[k] * expectedU[k];
        }

        for (int j = 0; j < length; j++)
        {
            expectedP[j] /= divisor;
            expectedF += expectedP[j] * expectedU[j];
        }

        double h = SymmetricTridiagonalForm.ScaleAndSumSquares(u, scale);
        double f = SymmetricTridiagonalForm.DivideAndDot(p, divisor, u);

        Assert.Equal(BitConverter.DoubleToInt64Bits(expectedH), BitConverter.DoubleToInt64Bits(h));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expectedF), BitConverter.DoubleToInt64Bits(f));
        Assert.Equal(expectedU.Select(BitConverter.DoubleToInt64Bits), u.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expectedP.Select(BitConverter.DoubleToInt64Bits), p.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Eigenvalues_OfDiagonalMatrix_NeedNoReflection()
    {
        double[] a = [3, 0, 0, 0, -1, 0, 0, 0, 2];

        Assert.Equal([-1.0, 2.0, 3.0], SymmetricTridiagonalForm.Reduce(a, 3).Eigenvalues());
    }

    private static double[] Reflected(double[] lambda, out double[] copy)
    {
        int n = lambda.Length;
        double[] w = Enumerable.Range(0, n).Select(k => 1.0 + 0.3 * k - 0.01 * k * k).ToArray();
        double ww = w.Sum(x => x * x);
        var h = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                h[i * n + j] = (i == j ? 1 : 0) - 2 * w[i] * w[j] / ww;
            }
        }

        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += h[i * n + k] * lambda[k] * h[j * n + k];
                }

                a[i * n + j] = sum;
            }
        }

        copy = (double[])a.Clone();
        return a;
    }
}
