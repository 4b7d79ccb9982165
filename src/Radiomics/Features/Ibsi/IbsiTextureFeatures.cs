using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// The IBSI 1 texture features under their reference tags, for every IBSI aggregation: <c>cm_*</c> and
/// <c>rlm_*</c> with <c>_2D_avg</c>, <c>_2D_comb</c> (slice-merged), <c>_2_5D_avg</c> (direction-merged),
/// <c>_2_5D_comb</c>, <c>_3D_avg</c>, <c>_3D_comb</c>; <c>szm_*</c>, <c>dzm_*</c>, <c>ngt_*</c>, <c>ngl_*</c> with
/// <c>_2D</c>, <c>_2_5D</c>, <c>_3D</c>. Each feature is computed per matrix and averaged over the matrices of the
/// aggregation (slices and/or directions). The formulas are the texture families' (one static method each, with
/// their IBSI ids); GLCM normalised inverse differences use N_g = the highest grey level, as IBSI does. NGLDM is
/// the GLDM with coarseness α = 0 and Chebyshev distance 1.
/// </summary>
public static class IbsiTextureFeatures
{
    private static readonly (string Suffix, TextureAggregation Aggregation)[] DirectionalAggregations =
    [
        ("2D_avg", TextureAggregation.Average2D), ("2D_comb", TextureAggregation.SliceMerged2D),
        ("2_5D_avg", TextureAggregation.DirectionMerged25D), ("2_5D_comb", TextureAggregation.Merged25D),
        ("3D_avg", TextureAggregation.Average3D), ("3D_comb", TextureAggregation.Merged3D),
    ];

    private static readonly (string Suffix, TextureAggregation Aggregation)[] ZoneAggregations =
    [
        ("2D", TextureAggregation.Average2D), ("2_5D", TextureAggregation.Merged25D), ("3D", TextureAggregation.Average3D),
    ];

    private static readonly (string Name, FeatureFormula<GlcmCoefficients> Compute)[] Glcm =
    [
        ("joint_max", GlcmFeatures.MaximumProbability), ("joint_avg", GlcmFeatures.JointAverage), ("joint_var", GlcmFeatures.SumSquares),
        ("joint_entr", GlcmFeatures.JointEntropy), ("diff_avg", GlcmFeatures.DifferenceAverage), ("diff_var", GlcmFeatures.DifferenceVariance),
        ("diff_entr", GlcmFeatures.DifferenceEntropy), ("sum_avg", GlcmFeatures.SumAverage), ("sum_var", GlcmFeatures.SumVariance),
        ("sum_entr", GlcmFeatures.SumEntropy), ("energy", GlcmFeatures.JointEnergy), ("contrast", GlcmFeatures.Contrast),
        ("dissimilarity", GlcmFeatures.Dissimilarity), ("inv_diff", GlcmFeatures.Id), ("inv_diff_norm", GlcmFeatures.Idn),
        ("inv_diff_mom", GlcmFeatures.Idm), ("inv_diff_mom_norm", GlcmFeatures.Idmn), ("inv_var", GlcmFeatures.InverseVariance),
        ("corr", GlcmFeatures.Correlation), ("auto_corr", GlcmFeatures.Autocorrelation), ("clust_tend", GlcmFeatures.ClusterTendency),
        ("clust_shade", GlcmFeatures.ClusterShade), ("clust_prom", GlcmFeatures.ClusterProminence), ("info_corr1", GlcmFeatures.Imc1),
        ("info_corr2", GlcmFeatures.Imc2),
    ];

    private static readonly (string Name, FeatureFormula<SizeMatrixCoefficients> Compute)[] Glrlm =
    [
        ("sre", GlrlmFeatures.ShortRunEmphasis), ("lre", GlrlmFeatures.LongRunEmphasis), ("lgre", GlrlmFeatures.LowGrayLevelRunEmphasis),
        ("hgre", GlrlmFeatures.HighGrayLevelRunEmphasis), ("srlge", GlrlmFeatures.ShortRunLowGrayLevelEmphasis),
        ("srhge", GlrlmFeatures.ShortRunHighGrayLevelEmphasis), ("lrlge", GlrlmFeatures.LongRunLowGrayLevelEmphasis),
        ("lrhge", GlrlmFeatures.LongRunHighGrayLevelEmphasis), ("glnu", GlrlmFeatures.GrayLevelNonUniformity),
        ("glnu_norm", GlrlmFeatures.GrayLevelNonUniformityNormalized), ("rlnu", GlrlmFeatures.RunLengthNonUniformity),
        ("rlnu_norm", GlrlmFeatures.RunLengthNonUniformityNormalized), ("r_perc", GlrlmFeatures.RunPercentage),
        ("gl_var", GlrlmFeatures.GrayLevelVariance), ("rl_var", GlrlmFeatures.RunVariance), ("rl_entr", GlrlmFeatures.RunEntropy),
    ];

    private static readonly (string Name, FeatureFormula<SizeMatrixCoefficients> Compute)[] Glszm =
    [
        ("sze", GlszmFeatures.SmallAreaEmphasis), ("lze", GlszmFeatures.LargeAreaEmphasis), ("lgze", GlszmFeatures.LowGrayLevelZoneEmphasis),
        ("hgze", GlszmFeatures.HighGrayLevelZoneEmphasis), ("szlge", GlszmFeatures.SmallAreaLowGrayLevelEmphasis),
        ("szhge", GlszmFeatures.SmallAreaHighGrayLevelEmphasis), ("lzlge", GlszmFeatures.LargeAreaLowGrayLevelEmphasis),
        ("lzhge", GlszmFeatures.LargeAreaHighGrayLevelEmphasis), ("glnu", GlszmFeatures.GrayLevelNonUniformity),
        ("glnu_norm", GlszmFeatures.GrayLevelNonUniformityNormalized), ("zsnu", GlszmFeatures.SizeZoneNonUniformity),
        ("zsnu_norm", GlszmFeatures.SizeZoneNonUniformityNormalized), ("z_perc", GlszmFeatures.ZonePercentage),
        ("gl_var", GlszmFeatures.GrayLevelVariance), ("zs_var", GlszmFeatures.ZoneVariance), ("zs_entr", GlszmFeatures.ZoneEntropy),
    ];

    /// <summary>GLDZM features: the GLSZM formulas with distance in place of zone size; zone percentage is N_z / N_v.</summary>
    private static readonly (string Name, FeatureFormula<SizeMatrixCoefficients>? Compute)[] Gldzm =
    [
        ("sde", GlszmFeatures.SmallAreaEmphasis), ("lde", GlszmFeatures.LargeAreaEmphasis), ("lgze", GlszmFeatures.LowGrayLevelZoneEmphasis),
        ("hgze", GlszmFeatures.HighGrayLevelZoneEmphasis), ("sdlge", GlszmFeatures.SmallAreaLowGrayLevelEmphasis),
        ("sdhge", GlszmFeatures.SmallAreaHighGrayLevelEmphasis), ("ldlge", GlszmFeatures.LargeAreaLowGrayLevelEmphasis),
        ("ldhge", GlszmFeatures.LargeAreaHighGrayLevelEmphasis), ("glnu", GlszmFeatures.GrayLevelNonUniformity),
        ("glnu_norm", GlszmFeatures.GrayLevelNonUniformityNormalized), ("zdnu", GlszmFeatures.SizeZoneNonUniformity),
        ("zdnu_norm", GlszmFeatures.SizeZoneNonUniformityNormalized), ("z_perc", null),
        ("gl_var", GlszmFeatures.GrayLevelVariance), ("zd_var", GlszmFeatures.ZoneVariance), ("zd_entr", GlszmFeatures.ZoneEntropy),
    ];

    private static readonly (string Name, FeatureFormula<NgtdmCoefficients> Compute)[] Ngtdm =
    [
        ("coarseness", NgtdmFeatures.Coarseness), ("contrast", NgtdmFeatures.Contrast), ("busyness", NgtdmFeatures.Busyness),
        ("complexity", NgtdmFeatures.Complexity), ("strength", NgtdmFeatures.Strength),
    ];

    private static readonly (string Name, FeatureFormula<SizeMatrixCoefficients> Compute)[] Ngldm =
    [
        ("lde", GldmFeatures.SmallDependenceEmphasis), ("hde", GldmFeatures.LargeDependenceEmphasis), ("lgce", GldmFeatures.LowGrayLevelEmphasis),
        ("hgce", GldmFeatures.HighGrayLevelEmphasis), ("ldlge", GldmFeatures.SmallDependenceLowGrayLevelEmphasis),
        ("ldhge", GldmFeatures.SmallDependenceHighGrayLevelEmphasis), ("hdlge", GldmFeatures.LargeDependenceLowGrayLevelEmphasis),
        ("hdhge", GldmFeatures.LargeDependenceHighGrayLevelEmphasis), ("glnu", GldmFeatures.GrayLevelNonUniformity),
        ("glnu_norm", GldmFeatures.GrayLevelNonUniformityNormalized), ("dcnu", GldmFeatures.DependenceNonUniformity),
        ("dcnu_norm", GldmFeatures.DependenceNonUniformityNormalized), ("dc_perc", GldmFeatures.DependencePercentage),
        ("gl_var", GldmFeatures.GrayLevelVariance), ("dc_var", GldmFeatures.DependenceVariance), ("dc_entr", GldmFeatures.DependenceEntropy),
        ("dc_energy", DependenceCountEnergy),
    ];

    /// <summary>
    /// The IBSI texture tags and values of <paramref name="input"/> (grey levels from its discretised image):
    /// every aggregation when <paramref name="volumetric"/> is null, the 3D ones when true, the 2D and 2.5D ones
    /// when false (IBSI's 2D configurations).
    /// </summary>
    public static IReadOnlyList<(string Tag, double Value)> Compute(FeatureInput input, bool? volumetric = null)
    {
        var results = new List<(string, double)>();
        bool Wanted(TextureAggregation a) => volumetric is null || volumetric == a is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        (string Suffix, TextureAggregation Aggregation)[] DirectionalAggregations = IbsiTextureFeatures.DirectionalAggregations.Where(a => Wanted(a.Aggregation)).ToArray();
        (string Suffix, TextureAggregation Aggregation)[] ZoneAggregations = IbsiTextureFeatures.ZoneAggregations.Where(a => Wanted(a.Aggregation)).ToArray();
        foreach ((string suffix, TextureAggregation aggregation) in DirectionalAggregations)
        {
            GlcmMatrices glcm = GlcmMatrices.Build(input, aggregation);
            int maxLevel = glcm.GreyLevels[^1];
            GlcmProbabilities[] probabilities = glcm.Combine(aggregation).Select(c => new GlcmProbabilities(c, glcm.GreyLevels, maxLevel)).ToArray();
            Add(results, "cm", suffix, Applied(Glcm, (GlcmProbabilities m) => m.Coefficients), probabilities);
        }

        foreach ((string suffix, TextureAggregation aggregation) in DirectionalAggregations)
        {
            GlrlmMatrices glrlm = GlrlmMatrices.Build(input, aggregation);
            Add(results, "rlm", suffix, Applied(Glrlm, SizeCoefficients), glrlm.Combine(aggregation).Select(glrlm.ToSizeMatrix).ToArray());
        }

        foreach ((string suffix, TextureAggregation aggregation) in ZoneAggregations)
        {
            Add(results, "szm", suffix, Applied(Glszm, SizeCoefficients), GlszmMatrices.Build(input, aggregation).Combine().ToArray());
        }

        foreach ((string suffix, TextureAggregation aggregation) in ZoneAggregations)
        {
            GldzmMatrices gldzm = GldzmMatrices.Build(input, aggregation);
            foreach ((string name, FeatureFormula<SizeMatrixCoefficients>? compute) in Gldzm)
            {
                double value = Enumerable.Range(0, gldzm.Matrices.Count)
                    .Average(i => compute is null ? gldzm.ZonePercentage(i) : compute(gldzm.Matrices[i].Coefficients));
                results.Add(($"dzm_{name}_{suffix}", value));
            }
        }

        foreach ((string suffix, TextureAggregation aggregation) in ZoneAggregations)
        {
            Add(results, "ngt", suffix, Applied(Ngtdm, (NgtdmMatrix m) => m.Coefficients), NgtdmMatrix.Build(input, aggregation).ToArray());
        }

        foreach ((string suffix, TextureAggregation aggregation) in ZoneAggregations)
        {
            Add(results, "ngl", suffix, Applied(Ngldm, SizeCoefficients), GldmMatrices.Build(input, aggregation).Combine().ToArray());
        }

        return results;
    }

    /// <summary>Dependence count energy <c>Σ p(i, j)²</c>, p = P / N_s. IBSI: CAS9 (no PyRadiomics feature).</summary>
    public static double DependenceCountEnergy(in SizeMatrixCoefficients m) => m.Energy;

    /// <summary>A table of formulas applied to matrices, through each matrix's coefficients (computed with it).</summary>
    private static (string Name, Func<TMatrix, double> Compute)[] Applied<TMatrix, TCoefficients>(
        (string Name, FeatureFormula<TCoefficients> Compute)[] table, Func<TMatrix, TCoefficients> coefficients)
        where TCoefficients : allows ref struct =>
        table.Select(t => (t.Name, (Func<TMatrix, double>)(m => t.Compute(coefficients(m))))).ToArray();

    private static readonly Func<GreyLevelSizeMatrix, SizeMatrixCoefficients> SizeCoefficients = m => m.Coefficients;

    private static void Add<T>(List<(string, double)> results, string family, string suffix, (string Name, Func<T, double> Compute)[] table, T[] matrices)
    {
        foreach ((string name, Func<T, double> compute) in table)
        {
            results.Add(($"{family}_{name}_{suffix}", matrices.Length == 0 ? double.NaN : matrices.Average(compute)));
        }
    }
}
