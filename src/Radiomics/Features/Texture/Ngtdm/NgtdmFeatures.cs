namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// NGTDM features (see <see cref="NgtdmMatrix"/> for the symbols); sums run over grey levels with pᵢ &gt; 0. The
/// formulas take the matrix's <see cref="NgtdmCoefficients"/> (segment-based family and voxel kernel alike).
/// </summary>
public static class NgtdmFeatures
{
    /// <summary>
    /// Busyness <c>Σ pᵢsᵢ / Σᵢⱼ |i·pᵢ − j·pⱼ|</c>. IBSI: NQ30 (the IBSI denominator is restricted the same way).
    /// PyRadiomics: Busyness. Edge case: a zero denominator (one grey level) gives 0.
    /// </summary>
    public static double Busyness(in NgtdmCoefficients m) =>
        m.BusynessDenominator == 0 ? 0 : m.WeightedDifference / m.BusynessDenominator;

    /// <summary>
    /// Coarseness <c>1 / Σ pᵢsᵢ</c>. IBSI: QCDE. PyRadiomics: Coarseness. Edge case: Σ pᵢsᵢ = 0 (a homogeneous
    /// region) gives 10⁶, PyRadiomics' arbitrary value.
    /// </summary>
    public static double Coarseness(in NgtdmCoefficients m) => m.WeightedDifference == 0 ? 1_000_000 : 1 / m.WeightedDifference;

    /// <summary>
    /// Complexity <c>Σᵢⱼ |i − j| (pᵢsᵢ + pⱼsⱼ)/(pᵢ + pⱼ) / N_vp</c>. IBSI: HDEZ. PyRadiomics: Complexity.
    /// </summary>
    public static double Complexity(in NgtdmCoefficients m) => m.ComplexitySum / m.VoxelTotal;

    /// <summary>
    /// Contrast <c>[Σᵢⱼ pᵢpⱼ(i − j)² / (N_gp(N_gp − 1))] · Σ sᵢ / N_vp</c>. IBSI: 65HE. PyRadiomics: Contrast.
    /// Edge case: N_gp ≤ 1 gives 0.
    /// </summary>
    public static double Contrast(in NgtdmCoefficients m) =>
        m.LevelCount <= 1 ? 0 : m.Spread / (m.LevelCount * (m.LevelCount - 1.0)) * (m.DifferenceSum / m.VoxelTotal);

    /// <summary>
    /// Strength <c>Σᵢⱼ (pᵢ + pⱼ)(i − j)² / Σ sᵢ</c>. IBSI: 1X9X. PyRadiomics: Strength. Edge case: Σ sᵢ = 0 gives 0.
    /// </summary>
    public static double Strength(in NgtdmCoefficients m) => m.DifferenceSum == 0 ? 0 : m.StrengthSum / m.DifferenceSum;
}
