namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// GLSZM features on one size zone matrix <c>P(i, j)</c> (i grey level, j zone size), with <c>N_z = ΣP</c> zones,
/// <c>N_p = Σ P·j</c> voxels, <c>p_g(i) = Σⱼ P</c>, <c>p_s(j) = Σᵢ P</c>.
/// </summary>
public static class GlszmFeatures
{
    /// <summary>Grey level non-uniformity <c>Σᵢ p_g(i)² / N_z</c>. IBSI: JNSA. PyRadiomics: GrayLevelNonUniformity.</summary>
    public static double GrayLevelNonUniformity(GreyLevelSizeMatrix m) => m.LevelNonUniformity();

    /// <summary>Normalised grey level non-uniformity <c>Σᵢ p_g(i)² / N_z²</c>. IBSI: Y1RO. PyRadiomics: GrayLevelNonUniformityNormalized.</summary>
    public static double GrayLevelNonUniformityNormalized(GreyLevelSizeMatrix m) => m.LevelNonUniformity() / m.Total;

    /// <summary>Grey level variance <c>Σ p(i,j)(i − μ)²</c>, p = P/N_z. IBSI: BYLV. PyRadiomics: GrayLevelVariance.</summary>
    public static double GrayLevelVariance(GreyLevelSizeMatrix m) => m.LevelVariance();

    /// <summary>High grey level zone emphasis <c>Σ P·i² / N_z</c>. IBSI: 5GN9. PyRadiomics: HighGrayLevelZoneEmphasis.</summary>
    public static double HighGrayLevelZoneEmphasis(GreyLevelSizeMatrix m) => m.LevelWeighted(i => i * i);

    /// <summary>Large area (zone) emphasis <c>Σ P·j² / N_z</c>. IBSI: 48P8. PyRadiomics: LargeAreaEmphasis.</summary>
    public static double LargeAreaEmphasis(GreyLevelSizeMatrix m) => m.SizeWeighted(j => j * j);

    /// <summary>Large zone high grey level emphasis <c>Σ P·i²j² / N_z</c>. IBSI: J17V. PyRadiomics: LargeAreaHighGrayLevelEmphasis.</summary>
    public static double LargeAreaHighGrayLevelEmphasis(GreyLevelSizeMatrix m) => m.LargeSizeHighLevelEmphasis();

    /// <summary>Large zone low grey level emphasis <c>Σ P·j²/i² / N_z</c>. IBSI: YH51. PyRadiomics: LargeAreaLowGrayLevelEmphasis.</summary>
    public static double LargeAreaLowGrayLevelEmphasis(GreyLevelSizeMatrix m) => m.LargeSizeLowLevelEmphasis();

    /// <summary>Low grey level zone emphasis <c>Σ P/i² / N_z</c>. IBSI: XMSY. PyRadiomics: LowGrayLevelZoneEmphasis.</summary>
    public static double LowGrayLevelZoneEmphasis(GreyLevelSizeMatrix m) => m.LevelWeighted(i => 1 / (i * i));

    /// <summary>Zone size non-uniformity <c>Σⱼ p_s(j)² / N_z</c>. IBSI: 4JP3. PyRadiomics: SizeZoneNonUniformity.</summary>
    public static double SizeZoneNonUniformity(GreyLevelSizeMatrix m) => m.SizeNonUniformity();

    /// <summary>Normalised zone size non-uniformity <c>Σⱼ p_s(j)² / N_z²</c>. IBSI: VB3A. PyRadiomics: SizeZoneNonUniformityNormalized.</summary>
    public static double SizeZoneNonUniformityNormalized(GreyLevelSizeMatrix m) => m.SizeNonUniformity() / m.Total;

    /// <summary>Small area (zone) emphasis <c>Σ P/j² / N_z</c>. IBSI: 5QRC. PyRadiomics: SmallAreaEmphasis.</summary>
    public static double SmallAreaEmphasis(GreyLevelSizeMatrix m) => m.SizeWeighted(j => 1 / (j * j));

    /// <summary>Small zone high grey level emphasis <c>Σ P·i²/j² / N_z</c>. IBSI: HW1V. PyRadiomics: SmallAreaHighGrayLevelEmphasis.</summary>
    public static double SmallAreaHighGrayLevelEmphasis(GreyLevelSizeMatrix m) => m.SmallSizeHighLevelEmphasis();

    /// <summary>Small zone low grey level emphasis <c>Σ P/(i²j²) / N_z</c>. IBSI: 5RAI. PyRadiomics: SmallAreaLowGrayLevelEmphasis.</summary>
    public static double SmallAreaLowGrayLevelEmphasis(GreyLevelSizeMatrix m) => m.SmallSizeLowLevelEmphasis();

    /// <summary>Zone size entropy <c>−Σ p log₂(p + ε)</c>, p = P/N_z. IBSI: GU8N. PyRadiomics: ZoneEntropy.</summary>
    public static double ZoneEntropy(GreyLevelSizeMatrix m) => m.Entropy();

    /// <summary>Zone percentage <c>N_z / N_p</c> (N_p = Σ P·j, the ROI voxels). IBSI: P30P. PyRadiomics: ZonePercentage.</summary>
    public static double ZonePercentage(GreyLevelSizeMatrix m) => 1 / m.SizeWeighted(j => j);

    /// <summary>Zone size variance <c>Σ p(i,j)(j − μ)²</c>, p = P/N_z. IBSI: 3NSA. PyRadiomics: ZoneVariance.</summary>
    public static double ZoneVariance(GreyLevelSizeMatrix m) => m.SizeVariance();
}
