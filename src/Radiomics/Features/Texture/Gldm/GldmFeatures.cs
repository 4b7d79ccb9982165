namespace Radiomics.Features.Texture.Gldm;

/// <summary>
/// GLDM features on one dependence matrix <c>P(i, j)</c> (i grey level, j dependence count), with
/// <c>N_z = ΣP = N_p</c> (every ROI voxel has a dependence count), <c>p_g(i) = Σⱼ P</c>, <c>p_d(j) = Σᵢ P</c>.
/// The IBSI NGLDM features with the same formula carry its identifier.
/// The formulas take the matrix's <see cref="SizeMatrixCoefficients"/> (segment-based families and voxel kernels alike).
/// </summary>
public static class GldmFeatures
{
    /// <summary>Dependence entropy <c>−Σ p log₂(p + ε)</c>, p = P/N_z. IBSI: FCBV. PyRadiomics: DependenceEntropy.</summary>
    public static double DependenceEntropy(in SizeMatrixCoefficients m) => m.Entropy;

    /// <summary>Dependence non-uniformity <c>Σⱼ p_d(j)² / N_z</c>. IBSI: Z87G. PyRadiomics: DependenceNonUniformity.</summary>
    public static double DependenceNonUniformity(in SizeMatrixCoefficients m) => m.SizeNonUniformity;

    /// <summary>Normalised dependence non-uniformity <c>Σⱼ p_d(j)² / N_z²</c>. IBSI: OKJI. PyRadiomics: DependenceNonUniformityNormalized.</summary>
    public static double DependenceNonUniformityNormalized(in SizeMatrixCoefficients m) => m.SizeNonUniformity / m.Total;

    /// <summary>
    /// Dependence percentage <c>N_z / N_p</c>, always 1. IBSI: 6XV8. PyRadiomics: DependencePercentage (deprecated
    /// there, no value); computed only when requested by name.
    /// </summary>
    public static double DependencePercentage(in SizeMatrixCoefficients m) => m.Total / m.Total;

    /// <summary>Dependence variance <c>Σ p(i,j)(j − μ)²</c>, p = P/N_z. IBSI: DNX2. PyRadiomics: DependenceVariance.</summary>
    public static double DependenceVariance(in SizeMatrixCoefficients m) => m.SizeVariance;

    /// <summary>Grey level non-uniformity <c>Σᵢ p_g(i)² / N_z</c>. IBSI: FP8K. PyRadiomics: GrayLevelNonUniformity.</summary>
    public static double GrayLevelNonUniformity(in SizeMatrixCoefficients m) => m.LevelNonUniformity;

    /// <summary>
    /// Normalised grey level non-uniformity <c>Σᵢ p_g(i)² / N_z²</c> (equal to first-order Uniformity). IBSI: 5SPA.
    /// PyRadiomics: GrayLevelNonUniformityNormalized (deprecated there, no value); computed only when requested by name.
    /// </summary>
    public static double GrayLevelNonUniformityNormalized(in SizeMatrixCoefficients m) => m.LevelNonUniformity / m.Total;

    /// <summary>Grey level variance <c>Σ p(i,j)(i − μ)²</c>, p = P/N_z. IBSI: 1PFV. PyRadiomics: GrayLevelVariance.</summary>
    public static double GrayLevelVariance(in SizeMatrixCoefficients m) => m.LevelVariance;

    /// <summary>High grey level (count) emphasis <c>Σ P·i² / N_z</c>. IBSI: OAE7. PyRadiomics: HighGrayLevelEmphasis.</summary>
    public static double HighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.HighLevelEmphasis;

    /// <summary>Large (high) dependence emphasis <c>Σ P·j² / N_z</c>. IBSI: IMOQ. PyRadiomics: LargeDependenceEmphasis.</summary>
    public static double LargeDependenceEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeEmphasis;

    /// <summary>Large dependence high grey level emphasis <c>Σ P·i²j² / N_z</c>. IBSI: 9QMG. PyRadiomics: LargeDependenceHighGrayLevelEmphasis.</summary>
    public static double LargeDependenceHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeHighLevelEmphasis;

    /// <summary>Large dependence low grey level emphasis <c>Σ P·j²/i² / N_z</c>. IBSI: NBZI. PyRadiomics: LargeDependenceLowGrayLevelEmphasis.</summary>
    public static double LargeDependenceLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeLowLevelEmphasis;

    /// <summary>Low grey level (count) emphasis <c>Σ P/i² / N_z</c>. IBSI: TL9H. PyRadiomics: LowGrayLevelEmphasis.</summary>
    public static double LowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LowLevelEmphasis;

    /// <summary>Small (low) dependence emphasis <c>Σ P/j² / N_z</c>. IBSI: SODN. PyRadiomics: SmallDependenceEmphasis.</summary>
    public static double SmallDependenceEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeEmphasis;

    /// <summary>Small dependence high grey level emphasis <c>Σ P·i²/j² / N_z</c>. IBSI: JA6D. PyRadiomics: SmallDependenceHighGrayLevelEmphasis.</summary>
    public static double SmallDependenceHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeHighLevelEmphasis;

    /// <summary>Small dependence low grey level emphasis <c>Σ P/(i²j²) / N_z</c>. IBSI: EQ3F. PyRadiomics: SmallDependenceLowGrayLevelEmphasis.</summary>
    public static double SmallDependenceLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeLowLevelEmphasis;
}
