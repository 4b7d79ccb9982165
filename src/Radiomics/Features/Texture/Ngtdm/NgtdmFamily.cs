using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// The <c>ngtdm</c> family with PyRadiomics 3.1 semantics: one matrix for the ROI, neighbours at every requested
/// Chebyshev distance (26 for distance 1; 8 in-plane with force2D); voxels without ROI neighbours count with
/// difference 0, as PyRadiomics' C code does.
/// </summary>
public sealed class NgtdmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<NgtdmCoefficients> Compute)[] Table =
    [
        (new FeatureInfo("Busyness", "NQ30"), NgtdmFeatures.Busyness),
        (new FeatureInfo("Coarseness", "QCDE"), NgtdmFeatures.Coarseness),
        (new FeatureInfo("Complexity", "HDEZ"), NgtdmFeatures.Complexity),
        (new FeatureInfo("Contrast", "65HE"), NgtdmFeatures.Contrast),
        (new FeatureInfo("Strength", "1X9X"), NgtdmFeatures.Strength),
    ];

    private static readonly FeatureInfo[] Infos = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    public string Name => "ngtdm";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => Infos;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        NgtdmMatrix matrix = Matrix(input);
        var values = new double[requested.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            values[f] = matrix.VoxelTotal > 0 ? Table[TextureFeatureFamilies.IndexOf(Infos, requested[f], Name)].Compute(matrix.Coefficients) : double.NaN;
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<NgtdmCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<NgtdmCoefficients>(Table, requested, "ngtdm");

    /// <summary>The matrix PyRadiomics computes features on for these settings.</summary>
    internal static NgtdmMatrix Matrix(FeatureInput input)
    {
        TextureGrid grid = TextureGrid.For(input, input.Settings.Features.Distances.Max());
        int? outOfPlane = input.Settings.Features.Force2D ? TextureLayout.SliceAxisOf(input.Settings) : null;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, input.Settings.Features.Distances, bidirectional: true, outOfPlane);
        return NgtdmMatrix.Build(grid, neighbours, null, includeIsolatedVoxels: true)[0];
    }
}
