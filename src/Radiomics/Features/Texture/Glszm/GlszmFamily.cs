using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// The <c>glszm</c> family with PyRadiomics 3.1 semantics: one size zone matrix for the ROI, zones 26-connected
/// (8-connected in-plane with force2D, so zones never cross slices).
/// </summary>
public sealed class GlszmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<SizeMatrixCoefficients> Compute)[] Table =
    [
        (new FeatureInfo("GrayLevelNonUniformity", "JNSA"), GlszmFeatures.GrayLevelNonUniformity),
        (new FeatureInfo("GrayLevelNonUniformityNormalized", "Y1RO"), GlszmFeatures.GrayLevelNonUniformityNormalized),
        (new FeatureInfo("GrayLevelVariance", "BYLV"), GlszmFeatures.GrayLevelVariance),
        (new FeatureInfo("HighGrayLevelZoneEmphasis", "5GN9"), GlszmFeatures.HighGrayLevelZoneEmphasis),
        (new FeatureInfo("LargeAreaEmphasis", "48P8"), GlszmFeatures.LargeAreaEmphasis),
        (new FeatureInfo("LargeAreaHighGrayLevelEmphasis", "J17V"), GlszmFeatures.LargeAreaHighGrayLevelEmphasis),
        (new FeatureInfo("LargeAreaLowGrayLevelEmphasis", "YH51"), GlszmFeatures.LargeAreaLowGrayLevelEmphasis),
        (new FeatureInfo("LowGrayLevelZoneEmphasis", "XMSY"), GlszmFeatures.LowGrayLevelZoneEmphasis),
        (new FeatureInfo("SizeZoneNonUniformity", "4JP3"), GlszmFeatures.SizeZoneNonUniformity),
        (new FeatureInfo("SizeZoneNonUniformityNormalized", "VB3A"), GlszmFeatures.SizeZoneNonUniformityNormalized),
        (new FeatureInfo("SmallAreaEmphasis", "5QRC"), GlszmFeatures.SmallAreaEmphasis),
        (new FeatureInfo("SmallAreaHighGrayLevelEmphasis", "HW1V"), GlszmFeatures.SmallAreaHighGrayLevelEmphasis),
        (new FeatureInfo("SmallAreaLowGrayLevelEmphasis", "5RAI"), GlszmFeatures.SmallAreaLowGrayLevelEmphasis),
        (new FeatureInfo("ZoneEntropy", "GU8N"), GlszmFeatures.ZoneEntropy),
        (new FeatureInfo("ZonePercentage", "P30P"), GlszmFeatures.ZonePercentage),
        (new FeatureInfo("ZoneVariance", "3NSA"), GlszmFeatures.ZoneVariance),
    ];

    private static readonly FeatureInfo[] Infos = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    public string Name => "glszm";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => Infos;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        GreyLevelSizeMatrix zones = Matrix(input);
        var values = new double[requested.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            values[f] = zones.Total > 0 ? Table[TextureFeatureFamilies.IndexOf(Infos, requested[f], Name)].Compute(zones.Coefficients) : double.NaN;
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<SizeMatrixCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<SizeMatrixCoefficients>(Table, requested, "glszm");

    /// <summary>The size zone matrix PyRadiomics computes features on for these settings.</summary>
    internal static GreyLevelSizeMatrix Matrix(FeatureInput input)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        int? outOfPlane = input.Settings.Features.Force2D ? TextureLayout.SliceAxisOf(input.Settings) : null;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, outOfPlane);
        GlszmMatrices glszm = GlszmMatrices.Build(grid, neighbours, null);
        return glszm.ToSizeMatrix(glszm.CountsArray(0)); // the matrices are not used again: no copy
    }
}
