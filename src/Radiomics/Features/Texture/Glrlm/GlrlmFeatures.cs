namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// GLRLM features on one run length matrix <c>P(i, j)</c> (i grey level, j run length), with
/// <c>N_r = ΣP</c> runs, <c>p_g(i) = Σⱼ P</c>, <c>p_r(j) = Σᵢ P</c>. The family averages over directions.
/// Edge case: an empty matrix has N_r = 0 and every feature NaN (PyRadiomics sets N_r to NaN).
/// The formulas take the matrix's <see cref="SizeMatrixCoefficients"/> (segment-based families and voxel kernels alike).
/// </summary>
public static class GlrlmFeatures
{
    /// <summary>Grey level non-uniformity <c>Σᵢ p_g(i)² / N_r</c>. IBSI: R5YN. PyRadiomics: GrayLevelNonUniformity.</summary>
    public static double GrayLevelNonUniformity(in SizeMatrixCoefficients m) => m.LevelNonUniformity;

    /// <summary>Normalised grey level non-uniformity <c>Σᵢ p_g(i)² / N_r²</c>. IBSI: OVBL. PyRadiomics: GrayLevelNonUniformityNormalized.</summary>
    public static double GrayLevelNonUniformityNormalized(in SizeMatrixCoefficients m) => m.LevelNonUniformity / m.Total;

    /// <summary>Grey level variance <c>Σ p(i,j)(i − μ)²</c>, p = P/N_r. IBSI: 8CE5. PyRadiomics: GrayLevelVariance.</summary>
    public static double GrayLevelVariance(in SizeMatrixCoefficients m) => m.LevelVariance;

    /// <summary>High grey level run emphasis <c>Σ P·i² / N_r</c>. IBSI: G3QZ. PyRadiomics: HighGrayLevelRunEmphasis.</summary>
    public static double HighGrayLevelRunEmphasis(in SizeMatrixCoefficients m) => m.HighLevelEmphasis;

    /// <summary>Long run emphasis <c>Σ P·j² / N_r</c>. IBSI: W4KF. PyRadiomics: LongRunEmphasis.</summary>
    public static double LongRunEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeEmphasis;

    /// <summary>Long run high grey level emphasis <c>Σ P·i²j² / N_r</c>. IBSI: 3KUM. PyRadiomics: LongRunHighGrayLevelEmphasis.</summary>
    public static double LongRunHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeHighLevelEmphasis;

    /// <summary>Long run low grey level emphasis <c>Σ P·j²/i² / N_r</c>. IBSI: IVPO. PyRadiomics: LongRunLowGrayLevelEmphasis.</summary>
    public static double LongRunLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.LargeSizeLowLevelEmphasis;

    /// <summary>Low grey level run emphasis <c>Σ P/i² / N_r</c>. IBSI: V3SW. PyRadiomics: LowGrayLevelRunEmphasis.</summary>
    public static double LowGrayLevelRunEmphasis(in SizeMatrixCoefficients m) => m.LowLevelEmphasis;

    /// <summary>Run entropy <c>−Σ p log₂(p + ε)</c>, p = P/N_r. IBSI: HJ9O. PyRadiomics: RunEntropy.</summary>
    public static double RunEntropy(in SizeMatrixCoefficients m) => m.Entropy;

    /// <summary>Run length non-uniformity <c>Σⱼ p_r(j)² / N_r</c>. IBSI: W92Y. PyRadiomics: RunLengthNonUniformity.</summary>
    public static double RunLengthNonUniformity(in SizeMatrixCoefficients m) => m.SizeNonUniformity;

    /// <summary>Normalised run length non-uniformity <c>Σⱼ p_r(j)² / N_r²</c>. IBSI: IC23. PyRadiomics: RunLengthNonUniformityNormalized.</summary>
    public static double RunLengthNonUniformityNormalized(in SizeMatrixCoefficients m) => m.SizeNonUniformity / m.Total;

    /// <summary>
    /// Run percentage <c>N_r / N_p</c> with <c>N_p = Σⱼ p_r(j)·j</c> the voxels the runs cover (for a weighted merge,
    /// each voxel counted once per merged direction, as PyRadiomics). IBSI: 9ZK5. PyRadiomics: RunPercentage.
    /// </summary>
    public static double RunPercentage(in SizeMatrixCoefficients m) => 1 / m.MeanSize;

    /// <summary>Run length variance <c>Σ p(i,j)(j − μ)²</c>, p = P/N_r. IBSI: SXLW. PyRadiomics: RunVariance.</summary>
    public static double RunVariance(in SizeMatrixCoefficients m) => m.SizeVariance;

    /// <summary>Short run emphasis <c>Σ P/j² / N_r</c>. IBSI: 22OV. PyRadiomics: ShortRunEmphasis.</summary>
    public static double ShortRunEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeEmphasis;

    /// <summary>Short run high grey level emphasis <c>Σ P·i²/j² / N_r</c>. IBSI: GD3A. PyRadiomics: ShortRunHighGrayLevelEmphasis.</summary>
    public static double ShortRunHighGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeHighLevelEmphasis;

    /// <summary>Short run low grey level emphasis <c>Σ P/(i²j²) / N_r</c>. IBSI: HTZT. PyRadiomics: ShortRunLowGrayLevelEmphasis.</summary>
    public static double ShortRunLowGrayLevelEmphasis(in SizeMatrixCoefficients m) => m.SmallSizeLowLevelEmphasis;
}
