using Radiomics.Configuration;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// The <c>glrlm</c> family with PyRadiomics 3.1 semantics: one run length matrix per direction (13 in 3D, 4 with
/// force2D; distance 1), features averaged over the non-empty directions; with a <c>weightingNorm</c> the directions
/// are summed, weighted by their physical length, into one matrix first.
/// </summary>
public sealed class GlrlmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<GreyLevelSizeMatrix, double> Compute)[] Table =
    [
        (new FeatureInfo("GrayLevelNonUniformity", "R5YN"), GlrlmFeatures.GrayLevelNonUniformity),
        (new FeatureInfo("GrayLevelNonUniformityNormalized", "OVBL"), GlrlmFeatures.GrayLevelNonUniformityNormalized),
        (new FeatureInfo("GrayLevelVariance", "8CE5"), GlrlmFeatures.GrayLevelVariance),
        (new FeatureInfo("HighGrayLevelRunEmphasis", "G3QZ"), GlrlmFeatures.HighGrayLevelRunEmphasis),
        (new FeatureInfo("LongRunEmphasis", "W4KF"), GlrlmFeatures.LongRunEmphasis),
        (new FeatureInfo("LongRunHighGrayLevelEmphasis", "3KUM"), GlrlmFeatures.LongRunHighGrayLevelEmphasis),
        (new FeatureInfo("LongRunLowGrayLevelEmphasis", "IVPO"), GlrlmFeatures.LongRunLowGrayLevelEmphasis),
        (new FeatureInfo("LowGrayLevelRunEmphasis", "V3SW"), GlrlmFeatures.LowGrayLevelRunEmphasis),
        (new FeatureInfo("RunEntropy", "HJ9O"), GlrlmFeatures.RunEntropy),
        (new FeatureInfo("RunLengthNonUniformity", "W92Y"), GlrlmFeatures.RunLengthNonUniformity),
        (new FeatureInfo("RunLengthNonUniformityNormalized", "IC23"), GlrlmFeatures.RunLengthNonUniformityNormalized),
        (new FeatureInfo("RunPercentage", "9ZK5"), GlrlmFeatures.RunPercentage),
        (new FeatureInfo("RunVariance", "SXLW"), GlrlmFeatures.RunVariance),
        (new FeatureInfo("ShortRunEmphasis", "22OV"), GlrlmFeatures.ShortRunEmphasis),
        (new FeatureInfo("ShortRunHighGrayLevelEmphasis", "GD3A"), GlrlmFeatures.ShortRunHighGrayLevelEmphasis),
        (new FeatureInfo("ShortRunLowGrayLevelEmphasis", "HTZT"), GlrlmFeatures.ShortRunLowGrayLevelEmphasis),
    ];

    private static readonly FeatureInfo[] Infos = Table.Select(t => t.Info).ToArray();

    /// <summary>A family computing on all cores the runtime offers.</summary>
    public GlrlmFamily()
        : this(-1)
    {
    }

    /// <summary>A family whose matrix build (shared out by direction) runs on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads (−1: all); the results do not depend on it.</summary>
    public GlrlmFamily(int maxDegreeOfParallelism)
    {
        MaxDegreeOfParallelism = TextureParallelism.Validate(maxDegreeOfParallelism);
    }

    public int MaxDegreeOfParallelism { get; }

    public string Name => "glrlm";

    public IReadOnlyList<FeatureInfo> Features => Infos;

    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        IReadOnlyList<GreyLevelSizeMatrix> matrices = Matrices(input, MaxDegreeOfParallelism);
        var values = new double[requested.Count];
        var perMatrix = new double[matrices.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            Func<GreyLevelSizeMatrix, double> compute = Table[TextureFeatureFamilies.IndexOf(Infos, requested[f], Name)].Compute;
            for (int m = 0; m < matrices.Count; m++)
            {
                perMatrix[m] = matrices[m].Total > 0 ? compute(matrices[m]) : double.NaN;
            }

            values[f] = TextureMath.NanMean(perMatrix);
        }

        return values;
    }

    /// <summary>The run length matrices PyRadiomics computes features on for these settings.</summary>
    internal static IReadOnlyList<GreyLevelSizeMatrix> Matrices(FeatureInput input, int maxDegreeOfParallelism = 1)
    {
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, 1);
        var layout = TextureLayout.PyRadiomics(grid, settings, [1]);
        GlrlmMatrices glrlm = GlrlmMatrices.Build(grid, layout, dropSingleVoxelDirections: true, maxDegreeOfParallelism);
        IEnumerable<double[]> counts = settings.WeightingNorm == WeightingNorm.None
            ? glrlm.Combine(TextureAggregation.Average3D)
            : [glrlm.Weighted(TextureWeights.Glrlm(glrlm.Directions, input.Image.Geometry.Spacing, settings.WeightingNorm))];
        return counts.Select(glrlm.ToSizeMatrix).ToList();
    }
}
