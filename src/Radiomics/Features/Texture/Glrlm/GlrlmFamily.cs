using Radiomics.Configuration;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// The <c>glrlm</c> family with PyRadiomics 3.1 semantics: one run length matrix per direction (13 in 3D, 4 with
/// force2D; distance 1), features averaged over the non-empty directions; with a <c>weightingNorm</c> the directions
/// are summed, weighted by their physical length, into one matrix first.
/// </summary>
public sealed class GlrlmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<SizeMatrixCoefficients> Compute)[] Table =
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

    /// <summary>A family with no thread cap of its own: it runs on the threads of its input's <see cref="FeatureInput.Context"/>.</summary>
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

    /// <summary>Most threads building matrices at once (-1: no cap beyond the input's <see cref="FeatureInput.Context"/>); the features do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <inheritdoc/>
    public string Name => "glrlm";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => Infos;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        FeatureFormula<SizeMatrixCoefficients>[] computes = Formulas(requested);

        // Each matrix is written into one reused buffer, its features computed, and the next one written over it: the
        // same values as building every matrix first (Matrices), without holding 13 of them.
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, 1);
        var layout = TextureLayout.PyRadiomics(grid, settings, [1]);
        using RunLengthCounts counts = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections: true, TextureParallelism.Degree(MaxDegreeOfParallelism, input));
        double[] levels = grid.GreyLevels.Select(l => (double)l).ToArray();
        double[] sizes = GreyLevelSizeMatrix.OneBased(counts.MaxRunLength);
        var matrix = new double[levels.Length * sizes.Length];
        var values = new double[requested.Count];
        if (settings.Features.WeightingNorm != WeightingNorm.None)
        {
            // Σ_d w_d·P_d, accumulated in direction order as TextureMath.Sum does.
            double[] weights = TextureWeights.Glrlm(layout.Directions, input.Image.Geometry.Spacing, settings.Features.WeightingNorm);
            var direction = new double[matrix.Length];
            for (int d = 0; d < layout.DirectionCount; d++)
            {
                counts.Fill(0, d, direction);
                double w = weights[d];
                for (int k = 0; k < matrix.Length; k++)
                {
                    matrix[k] += w * direction[k];
                }
            }

            var weighted = new GreyLevelSizeMatrix(matrix, levels, sizes);
            for (int f = 0; f < computes.Length; f++)
            {
                values[f] = TextureMath.NanMean([weighted.Total > 0 ? computes[f](weighted.Coefficients) : double.NaN]);
            }

            return values;
        }

        // One value per feature and non-empty direction, averaged (numpy.nanmean) in direction order.
        var perMatrix = new double[computes.Length * layout.DirectionCount];
        int kept = 0;
        for (int d = 0; d < layout.DirectionCount; d++)
        {
            counts.Fill(0, d, matrix);
            var m = new GreyLevelSizeMatrix(matrix, levels, sizes);
            if (!(m.Total > 0))
            {
                continue; // an empty direction is left out, as PyRadiomics drops empty angles
            }

            for (int f = 0; f < computes.Length; f++)
            {
                perMatrix[(f * layout.DirectionCount) + kept] = computes[f](m.Coefficients);
            }

            kept++;
        }

        for (int f = 0; f < computes.Length; f++)
        {
            values[f] = TextureMath.NanMean(perMatrix.AsSpan(f * layout.DirectionCount, kept));
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<SizeMatrixCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<SizeMatrixCoefficients>(Table, requested, "glrlm");

    /// <summary>The run length matrices PyRadiomics computes features on for these settings.</summary>
    internal static IReadOnlyList<GreyLevelSizeMatrix> Matrices(FeatureInput input, int maxDegreeOfParallelism = 1)
    {
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, 1);
        var layout = TextureLayout.PyRadiomics(grid, settings, [1]);
        GlrlmMatrices glrlm = GlrlmMatrices.Build(grid, layout, dropSingleVoxelDirections: true, maxDegreeOfParallelism);
        IEnumerable<double[]> counts = settings.Features.WeightingNorm == WeightingNorm.None
            ? glrlm.Combine(TextureAggregation.Average3D)
            : [glrlm.Weighted(TextureWeights.Glrlm(glrlm.Directions, input.Image.Geometry.Spacing, settings.Features.WeightingNorm))];
        return counts.Select(glrlm.ToSizeMatrix).ToList();
    }
}
