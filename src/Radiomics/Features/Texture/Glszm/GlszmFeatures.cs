namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// GLSZM features on one size zone matrix <c>P(i, j)</c> (i grey level, j zone size), with <c>N_z = ΣP</c> zones,
/// <c>N_p = Σ P·j</c> voxels, <c>p_g(i) = Σⱼ P</c>, <c>p_s(j) = Σᵢ P</c>.
/// The formulas take the matrix's <see cref="SizeMatrixCoefficients"/> (segment-based families and voxel kernels alike).
/// </summary>
public static class GlszmFeatures
{
    /// <summary>Grey level non-uniformity <c>Σᵢ p_g(i)² / N_z</c>. IBSI: JNSA. PyRadiomics: GrayLevelNonUniformity.</summary>
    public static double GrayLevelNonUniformity(in SizeMatrixCoefficients m) => m.LevelNonUniformity;

    /// <summary>Normalised grey level non-uniformity <c>Σᵢ p_g(i)² / N_z²</c>. IBSI: Y1RO. PyRadiomics: GrayLevelNonUniformityNormalized.</summary>
    public static double GrayLevelNonUniformityNormalized(in SizeMatrixCoefficients m) => m.LevelNonUniformity / m.Total;

    /// <summary>Grey level variance <c>Σ p(i,j)(i − μ)²</c>, p = P/N_z. IBSI: BYLV. PyRadiomics: GrayLevelVariance.</summary>
    public static double GrayLevelVariance(in SizeMatrixCoefficients m) => m.LevelVariance;

    /// <summary>High grey level zone emphasis <c>Σ P·i² / N_z</c>. IBSI: 5GN9. PyRadiomics: HighGrayLevelZoneEmphasis.</summary>
    public static double HighGrayLevelZoneEmphasis(in SizeMatrixCoefficients m) => m.HighLevelEmphasis;

    /// <summary>Large area (zone) emphasis <c>Σ P·j² / N_z</c>. IBSI: 48P8. PyRadiomics: LargeAreaEmphasis.</summary>
    public static double LargeAreaEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeEmphasis;

    /// <summary>Large zone high grey level emphasis <c>Σ P·i²j² / N_z</c>. IBSI: J17V. PyRadiomics: LargeAreaHighGrayLevelEmphasis.</summary>
    public static double LargeAreaHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeHighLevelEmphasis;

    /// <summary>Large zone low grey level emphasis <c>Σ P·j²/i² / N_z</c>. IBSI: YH51. PyRadiomics: LargeAreaLowGrayLevelEmphasis.</summary>
    public static double LargeAreaLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeLowLevelEmphasis;

    /// <summary>Low grey level zone emphasis <c>Σ P/i² / N_z</c>. IBSI: XMSY. PyRadiomics: LowGrayLevelZoneEmphasis.</summary>
    public static double LowGrayLevelZoneEmphasis(in SizeMatrixCoefficients m) => m.LowLevelEmphasis;

    /// <summary>Zone size non-uniformity <c>Σⱼ p_s(j)² / N_z</c>. IBSI: 4JP3. PyRadiomics: SizeZoneNonUniformity.</summary>
    public static double SizeZoneNonUniformity(in SizeMatrixCoefficients m) => m.SizeNonUniformity;

    /// <summary>Normalised zone size non-uniformity <c>Σⱼ p_s(j)² / N_z²</c>. IBSI: VB3A. PyRadiomics: SizeZoneNonUniformityNormalized.</summary>
    public static double SizeZoneNonUniformityNormalized(in SizeMatrixCoefficients m) => m.SizeNonUniformity / m.Total;

    /// <summary>Small area (zone) emphasis <c>Σ P/j² / N_z</c>. IBSI: 5QRC. PyRadiomics: SmallAreaEmphasis.</summary>
    public static double SmallAreaEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeEmphasis;

    /// <summary>Small zone high grey level emphasis <c>Σ P·i²/j² / N_z</c>. IBSI: HW1V. PyRadiomics: SmallAreaHighGrayLevelEmphasis.</summary>
    public static double SmallAreaHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeHighLevelEmphasis;

    /// <summary>Small zone low grey level emphasis <c>Σ P/(i²j²) / N_z</c>. IBSI: 5RAI. PyRadiomics: SmallAreaLowGrayLevelEmphasis.</summary>
    public static double SmallAreaLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeLowLevelEmphasis;

    /// <summary>Zone size entropy <c>−Σ p log₂(p + ε)</c>, p = P/N_z. IBSI: GU8N. PyRadiomics: ZoneEntropy.</summary>
    public static double ZoneEntropy(in SizeMatrixCoefficients m) => m.Entropy;

    /// <summary>Zone percentage <c>N_z / N_p</c> (N_p = Σ P·j, the ROI voxels). IBSI: P30P. PyRadiomics: ZonePercentage.</summary>
    public static double ZonePercentage(in SizeMatrixCoefficients m) => 1 / m.MeanSize;

    /// <summary>Zone size variance <c>Σ p(i,j)(j − μ)²</c>, p = P/N_z. IBSI: 3NSA. PyRadiomics: ZoneVariance.</summary>
    public static double ZoneVariance(in SizeMatrixCoefficients m) => m.SizeVariance;
}
