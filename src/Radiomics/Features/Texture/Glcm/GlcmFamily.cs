using Radiomics.Configuration;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The <c>glcm</c> family with PyRadiomics 3.1 semantics: one matrix per direction (13 in 3D, 4 with force2D, for
/// every requested distance), features averaged over the non-empty directions; with a <c>weightingNorm</c> the
/// directions are summed with distance weights into one matrix first. Symmetric by default (symmetricalGLCM).
/// </summary>
public sealed class GlcmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<GlcmProbabilities, double> Compute)[] Table =
    [
        (new FeatureInfo("Autocorrelation", "QWB0"), GlcmFeatures.Autocorrelation),
        (new FeatureInfo("ClusterProminence", "AE86"), GlcmFeatures.ClusterProminence),
        (new FeatureInfo("ClusterShade", "7NFM"), GlcmFeatures.ClusterShade),
        (new FeatureInfo("ClusterTendency", "DG8W"), GlcmFeatures.ClusterTendency),
        (new FeatureInfo("Contrast", "ACUI"), GlcmFeatures.Contrast),
        (new FeatureInfo("Correlation", "NI2N"), GlcmFeatures.Correlation),
        (new FeatureInfo("DifferenceAverage", "TF7R"), GlcmFeatures.DifferenceAverage),
        (new FeatureInfo("DifferenceEntropy", "NTRS"), GlcmFeatures.DifferenceEntropy),
        (new FeatureInfo("DifferenceVariance", "D3YU"), GlcmFeatures.DifferenceVariance),
        (new FeatureInfo("Dissimilarity", "8S9J", OnlyWhenRequested: true), GlcmFeatures.Dissimilarity),
        (new FeatureInfo("Homogeneity1", "IB1Z", OnlyWhenRequested: true), GlcmFeatures.Homogeneity1),
        (new FeatureInfo("Homogeneity2", "WF0Z", OnlyWhenRequested: true), GlcmFeatures.Homogeneity2),
        (new FeatureInfo("Id", "IB1Z"), GlcmFeatures.Id),
        (new FeatureInfo("Idm", "WF0Z"), GlcmFeatures.Idm),
        (new FeatureInfo("Idmn", "1QCO"), GlcmFeatures.Idmn),
        (new FeatureInfo("Idn", "NDRX"), GlcmFeatures.Idn),
        (new FeatureInfo("Imc1", "R8DG"), GlcmFeatures.Imc1),
        (new FeatureInfo("Imc2", "JN9H"), GlcmFeatures.Imc2),
        (new FeatureInfo("InverseVariance", "E8JP"), GlcmFeatures.InverseVariance),
        (new FeatureInfo("JointAverage", "60VM"), GlcmFeatures.JointAverage),
        (new FeatureInfo("JointEnergy", "8ZQL"), GlcmFeatures.JointEnergy),
        (new FeatureInfo("JointEntropy", "TU9B"), GlcmFeatures.JointEntropy),
        (new FeatureInfo("MCC", null), GlcmFeatures.Mcc),
        (new FeatureInfo("MaximumProbability", "GYBY"), GlcmFeatures.MaximumProbability),
        (new FeatureInfo("SumAverage", "ZGXS"), GlcmFeatures.SumAverage),
        (new FeatureInfo("SumEntropy", "P6QZ"), GlcmFeatures.SumEntropy),
        (new FeatureInfo("SumSquares", "UR99"), GlcmFeatures.SumSquares),
        (new FeatureInfo("SumVariance", "OEEB", OnlyWhenRequested: true), GlcmFeatures.SumVariance),
    ];

    private static readonly FeatureInfo[] Infos = Table.Select(t => t.Info).ToArray();

    public string Name => "glcm";

    public IReadOnlyList<FeatureInfo> Features => Infos;

    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        IReadOnlyList<GlcmProbabilities> matrices = Matrices(input, out int greyLevelCount);
        var values = new double[requested.Count];
        var perMatrix = new double[matrices.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            Func<GlcmProbabilities, double> compute = Table[TextureFeatureFamilies.IndexOf(Infos, requested[f], Name)].Compute;
            if (compute == GlcmFeatures.Mcc && greyLevelCount == 1)
            {
                values[f] = 1; // PyRadiomics: a flat region has one eigenvalue and MCC is set to 1.
                continue;
            }

            for (int m = 0; m < matrices.Count; m++)
            {
                perMatrix[m] = matrices[m].IsEmpty ? double.NaN : compute(matrices[m]);
            }

            values[f] = TextureMath.NanMean(perMatrix);
        }

        return values;
    }

    /// <summary>The normalised matrices PyRadiomics computes features on for these settings.</summary>
    internal static IReadOnlyList<GlcmProbabilities> Matrices(FeatureInput input, out int greyLevelCount)
    {
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, settings.Distances.Max());
        greyLevelCount = grid.GreyLevelCount;
        var layout = TextureLayout.PyRadiomics(grid, settings, settings.Distances);
        GlcmMatrices glcm = GlcmMatrices.Build(grid, layout, settings.SymmetricalGlcm);
        IEnumerable<double[]> counts = settings.WeightingNorm == WeightingNorm.None
            ? glcm.Combine(TextureAggregation.Average3D)
            : [glcm.Weighted(TextureWeights.Glcm(glcm.Directions, input.Image.Geometry.Spacing, settings.WeightingNorm))];
        return counts.Select(c => new GlcmProbabilities(c, glcm.GreyLevels, grid.MaxLevel)).ToList();
    }
}
