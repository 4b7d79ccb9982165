using System.Buffers;
using Radiomics.Configuration;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The <c>glcm</c> family with PyRadiomics 3.1 semantics: one matrix per direction (13 in 3D, 4 with force2D, for
/// every requested distance), features averaged over the non-empty directions; with a <c>weightingNorm</c> the
/// directions are summed with distance weights into one matrix first. Symmetric by default (symmetricalGLCM).
/// </summary>
public sealed class GlcmFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<GlcmCoefficients> Compute)[] Table =
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

    /// <summary>A family with no thread cap of its own: it runs on the threads of its input's <see cref="FeatureInput.Context"/>.</summary>
    public GlcmFamily()
        : this(-1)
    {
    }

    /// <summary>A family whose per-matrix work (normalisation and features, one matrix per direction) runs on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads (−1: all); the results do not depend on it.</summary>
    public GlcmFamily(int maxDegreeOfParallelism)
    {
        MaxDegreeOfParallelism = TextureParallelism.Validate(maxDegreeOfParallelism);
    }

    /// <summary>Most threads building matrices at once (-1: no cap beyond the input's <see cref="FeatureInput.Context"/>); the features do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <inheritdoc/>
    public string Name => "glcm";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => Infos;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, settings.Features.Distances.Max());
        var layout = TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances);
        var computes = new FeatureFormula<GlcmCoefficients>?[requested.Count];
        FeatureFormula<GlcmCoefficients>[] formulas = Formulas(requested);
        for (int f = 0; f < requested.Count; f++)
        {
            // PyRadiomics: a flat region has one eigenvalue and MCC is set to 1 (left null here, filled in below).
            computes[f] = IsMcc(formulas[f]) && grid.GreyLevelCount == 1 ? null : formulas[f];
        }

        // The matrices features are computed on: each direction alone (empty ones give NaN, which the mean skips, as
        // PyRadiomics drops empty angles), or with a weightingNorm all directions summed with distance weights.
        int[][] matrices = settings.Features.WeightingNorm == WeightingNorm.None
            ? [.. Enumerable.Range(0, layout.MatrixCount).Select(m => new[] { m })]
            : [Enumerable.Range(0, layout.MatrixCount).ToArray()];
        double[] weights = settings.Features.WeightingNorm == WeightingNorm.None
            ? []
            : TextureWeights.Glcm(layout.Directions, input.Image.Geometry.Spacing, settings.Features.WeightingNorm);

        // Exact pair counts of every direction in one pass (pooled), then each matrix is normalised and measured on
        // its own, in parallel, with pooled buffers; perMatrix[f · matrices + m] holds the values.
        int countLength = GlcmPairCounts.Length(grid, layout);
        int[] counts = ArrayPool<int>.Shared.Rent(countLength);
        int matrixCount = matrices.Length;
        var perMatrix = new double[requested.Count * matrixCount];
        try
        {
            Array.Clear(counts, 0, countLength);
            GlcmPairCounts.Count(grid, layout, counts.AsSpan(0, countLength));
            TextureParallelism.For(matrixCount, TextureParallelism.Degree(MaxDegreeOfParallelism, input), m =>
            {
                using GlcmProbabilities probabilities = GlcmProbabilities.FromPairCounts(
                    counts.AsSpan(0, countLength), matrices[m], weights, settings.Features.SymmetricalGlcm, grid.GreyLevels, grid.MaxLevel);
                GlcmCoefficients coefficients = probabilities.Coefficients;
                for (int f = 0; f < computes.Length; f++)
                {
                    perMatrix[f * matrixCount + m] = computes[f] is { } compute && !probabilities.IsEmpty ? compute(coefficients) : double.NaN;
                }
            });
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }

        var values = new double[requested.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            values[f] = computes[f] is null ? 1 : TextureMath.NanMean(perMatrix.AsSpan(f * matrixCount, matrixCount));
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<GlcmCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<GlcmCoefficients>(Table, requested, "glcm");

    /// <summary>True for the MCC formula, whose flat-ROI edge case (value 1) the callers apply.</summary>
    internal static bool IsMcc(FeatureFormula<GlcmCoefficients> formula) => formula == GlcmFeatures.Mcc;

    /// <summary>The normalised matrices PyRadiomics computes features on for these settings (empty directions left out).</summary>
    internal static IReadOnlyList<GlcmProbabilities> Matrices(FeatureInput input, out int greyLevelCount)
    {
        RadiomicsSettings settings = input.Settings;
        TextureGrid grid = TextureGrid.For(input, settings.Features.Distances.Max());
        greyLevelCount = grid.GreyLevelCount;
        var layout = TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances);
        GlcmMatrices glcm = GlcmMatrices.Build(grid, layout, settings.Features.SymmetricalGlcm);
        IReadOnlyList<double[]> counts = settings.Features.WeightingNorm == WeightingNorm.None
            ? glcm.Combine(TextureAggregation.Average3D)
            : [glcm.Weighted(TextureWeights.Glcm(glcm.Directions, input.Image.Geometry.Spacing, settings.Features.WeightingNorm))];
        return counts.Select(c => new GlcmProbabilities(c, glcm.GreyLevels, grid.MaxLevel)).ToList();
    }
}
