using Radiomics.Features.Texture.Glcm;

namespace Radiomics.Tests.Features.Texture;

/// <summary>GLCM MCC with PyRadiomics' ε in <c>Q = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k) + ε)</c>.</summary>
public sealed class GlcmMccEpsilonTests
{
    private const double Epsilon = 2.220446049250313e-16;

    [Fact]
    public void Mcc_TwoDisconnectedLevels_RareLevelRootLoweredByEpsilon()
    {
        // Two grey levels that only co-occur with themselves: Q = diag(a²/(a² + ε), b²/(b² + ε)), so λ₂ is the rare
        // level's entry (b = 10⁻⁶: 1 − 2.2·10⁻⁴), not the ε-free 1.
        var m = new GlcmProbabilities([999_999, 0, 0, 1], [1, 2], 2);
        double b = m.Probability(1, 1);

        double mcc = GlcmFeatures.Mcc(m);

        Assert.Equal(Math.Sqrt(b * b / ((b * b) + Epsilon)), mcc, 15);
        Assert.True(mcc < 1 - 1e-4);
    }

    [Fact]
    public void Mcc_CommonLevels_EpsilonNegligible()
    {
        // A connected 2×2 GLCM: Q has eigenvalues 1 and (p₁₁p₂₂ − p₁₂²)² / (pₓ(1)pₓ(2))² for symmetric p; ε changes
        // entries by ~10⁻¹⁶ relative.
        var m = new GlcmProbabilities([4, 1, 1, 2], [1, 2], 2);
        double p11 = m.Probability(0, 0), p12 = m.Probability(0, 1), p22 = m.Probability(1, 1);
        double px1 = p11 + p12, px2 = p12 + p22;
        double expected = Math.Abs((p11 * p22) - (p12 * p12)) / (px1 * px2);

        Assert.Equal(expected, GlcmFeatures.Mcc(m), 14);
    }

    [Fact]
    public void Mcc_SymmetricGlcm_SquaredEigenvaluesMatchTheProductMatrix()
    {
        // A symmetric GLCM over 12 levels with a rare level (ε matters there): the shortcut (eigenvalues of B, squared)
        // and the general route (eigenvalues of S = B Bᵀ) agree to rounding.
        const int n = 12;
        var counts = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double c = Math.Abs(i - j) <= 2 ? 1000.0 / (1 + Math.Abs(i - j)) + 37 * ((i * 7 + j * 3) % 5) : 0;
                counts[i * n + j] = counts[j * n + i] = c;
            }
        }

        counts[(n - 1) * n + (n - 2)] = counts[(n - 2) * n + (n - 1)] = 1e-9;
        var m = new GlcmProbabilities(counts, Enumerable.Range(1, n).ToArray(), n);

        double shortcut = MaximalCorrelationCoefficient.Compute(m, allowSymmetricShortcut: true);
        double general = MaximalCorrelationCoefficient.Compute(m, allowSymmetricShortcut: false);

        Assert.InRange(shortcut, 0.1, 1 - 1e-6);
        Assert.Equal(general, shortcut, 14);
    }
}
