using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Gldm;

/// <summary>
/// The <c>gldm</c> family with PyRadiomics 3.1 semantics: one dependence matrix for the ROI, neighbours at every
/// requested Chebyshev distance (26 for distance 1; 8 in-plane with force2D), dependence when |i − j| ≤ gldm_a.
/// </summary>
public sealed class GldmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<SizeMatrixCoefficients> Compute)[] Table =
    [
        (new FeatureInfo("DependenceEntropy", "FCBV"), GldmFeatures.DependenceEntropy),
        (new FeatureInfo("DependenceNonUniformity", "Z87G"), GldmFeatures.DependenceNonUniformity),
        (new FeatureInfo("DependenceNonUniformityNormalized", "OKJI"), GldmFeatures.DependenceNonUniformityNormalized),
        (new FeatureInfo("DependencePercentage", "6XV8", OnlyWhenRequested: true), GldmFeatures.DependencePercentage),
        (new FeatureInfo("DependenceVariance", "DNX2"), GldmFeatures.DependenceVariance),
        (new FeatureInfo("GrayLevelNonUniformity", "FP8K"), GldmFeatures.GrayLevelNonUniformity),
        (new FeatureInfo("GrayLevelNonUniformityNormalized", "5SPA", OnlyWhenRequested: true), GldmFeatures.GrayLevelNonUniformityNormalized),
        (new FeatureInfo("GrayLevelVariance", "1PFV"), GldmFeatures.GrayLevelVariance),
        (new FeatureInfo("HighGrayLevelEmphasis", "OAE7"), GldmFeatures.HighGrayLevelEmphasis),
        (new FeatureInfo("LargeDependenceEmphasis", "IMOQ"), GldmFeatures.LargeDependenceEmphasis),
        (new FeatureInfo("LargeDependenceHighGrayLevelEmphasis", "9QMG"), GldmFeatures.LargeDependenceHighGrayLevelEmphasis),
        (new FeatureInfo("LargeDependenceLowGrayLevelEmphasis", "NBZI"), GldmFeatures.LargeDependenceLowGrayLevelEmphasis),
        (new FeatureInfo("LowGrayLevelEmphasis", "TL9H"), GldmFeatures.LowGrayLevelEmphasis),
        (new FeatureInfo("SmallDependenceEmphasis", "SODN"), GldmFeatures.SmallDependenceEmphasis),
        (new FeatureInfo("SmallDependenceHighGrayLevelEmphasis", "JA6D"), GldmFeatures.SmallDependenceHighGrayLevelEmphasis),
        (new FeatureInfo("SmallDependenceLowGrayLevelEmphasis", "EQ3F"), GldmFeatures.SmallDependenceLowGrayLevelEmphasis),
    ];

    private static readonly FeatureInfo[] Infos = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    public string Name => "gldm";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => Infos;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        GreyLevelSizeMatrix dependence = Matrix(input);
        var values = new double[requested.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            values[f] = dependence.Total > 0 ? Table[TextureFeatureFamilies.IndexOf(Infos, requested[f], Name)].Compute(dependence.Coefficients) : double.NaN;
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<SizeMatrixCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<SizeMatrixCoefficients>(Table, requested, "gldm");

    /// <summary>The dependence matrix PyRadiomics computes features on for these settings.</summary>
    internal static GreyLevelSizeMatrix Matrix(FeatureInput input)
    {
        TextureGrid grid = TextureGrid.For(input, input.Settings.Features.Distances.Max());
        int? outOfPlane = input.Settings.Features.Force2D ? TextureLayout.SliceAxisOf(input.Settings) : null;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, input.Settings.Features.Distances, bidirectional: true, outOfPlane);
        GldmMatrices gldm = GldmMatrices.Build(grid, neighbours, null, input.Settings.Features.GldmA);
        return gldm.ToSizeMatrix(gldm.CountsArray(0)); // the matrices are not used again: no copy
    }
}
