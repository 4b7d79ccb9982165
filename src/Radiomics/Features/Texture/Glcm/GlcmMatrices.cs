using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// Grey level co-occurrence matrices (IBSI 3.6, LFYI): for each slice group and direction δ, <c>P(i, j)</c> counts the
/// ROI voxel pairs (x, x + δ) with grey levels i and j, both voxels in the ROI. Rows and columns are the grey levels
/// present in the ROI (<see cref="GreyLevels"/>), as PyRadiomics keeps them. With <see cref="Symmetric"/> each matrix
/// holds <c>P + Pᵀ</c> (pairs counted both ways). All matrices are built in one pass over the ROI.
/// </summary>
public sealed class GlcmMatrices
{
    private readonly double[][] _counts;

    private GlcmMatrices(double[][] counts, int[] greyLevels, Index3[] directions, int? sliceAxis, int sliceCount, bool symmetric)
    {
        _counts = counts;
        GreyLevels = greyLevels;
        Directions = directions;
        SliceAxis = sliceAxis;
        SliceCount = sliceCount;
        Symmetric = symmetric;
    }

    /// <summary>The grey levels of the rows and columns, ascending.</summary>
    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>N_g, the number of grey levels (rows and columns of each matrix).</summary>
    public int GreyLevelCount => GreyLevels.Count;

    /// <summary>The directions (x, y, z offsets), one matrix per slice group and direction.</summary>
    public IReadOnlyList<Index3> Directions { get; }

    /// <summary>The axis slices are taken across (0 = x, 1 = y, 2 = z), or null when the volume is one group.</summary>
    public int? SliceAxis { get; }

    /// <summary>The number of slice groups (1 when the volume is one group).</summary>
    public int SliceCount { get; }

    /// <summary>Whether each pair was counted both ways (P + Pᵀ), as PyRadiomics' <c>symmetricalGLCM</c>.</summary>
    public bool Symmetric { get; }

    /// <summary>The raw matrices, index <c>slice · directions + direction</c>, each row-major <c>Ng × Ng</c>.</summary>
    internal IReadOnlyList<double[]> Raw => _counts;

    /// <summary>The counts of one slice group and direction, row-major (row = grey level of the voxel, column = of its neighbour).</summary>
    public ReadOnlySpan<double> Counts(int slice, int direction) => _counts[slice * Directions.Count + direction];

    /// <summary>Builds the matrices an IBSI aggregation needs (distance 1; 2D slices across <paramref name="sliceAxis"/>).</summary>
    public static GlcmMatrices Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2, bool symmetric = true)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        return Build(grid, TextureLayout.ForAggregation(grid, aggregation, sliceAxis), symmetric);
    }

    internal static GlcmMatrices Build(TextureGrid grid, TextureLayout layout, bool symmetric)
    {
        // Exact integer counts for every (slice group, direction), filled in one pass over the ROI, then one double
        // matrix per raw matrix. The scratch buffer is pooled: it is large-object-heap sized for big ROIs.
        int ng = grid.GreyLevelCount;
        int block = GlcmPairCounts.BlockLength(ng);
        int countLength = GlcmPairCounts.Length(grid, layout);
        int[] counts = System.Buffers.ArrayPool<int>.Shared.Rent(countLength);
        try
        {
            Array.Clear(counts, 0, countLength);
            GlcmPairCounts.Count(grid, layout, counts.AsSpan(0, countLength));
            var matrices = new double[layout.MatrixCount][];
            for (int m = 0; m < matrices.Length; m++)
            {
                ReadOnlySpan<int> raw = counts.AsSpan(m * block, block);
                var matrix = new double[ng * ng];
                for (int i = 1; i <= ng; i++)
                {
                    for (int j = 1; j <= ng; j++)
                    {
                        int c = GlcmPairCounts.At(raw, ng, i, j);
                        matrix[((i - 1) * ng) + j - 1] = symmetric ? c + GlcmPairCounts.At(raw, ng, j, i) : c;
                    }
                }

                matrices[m] = matrix;
            }

            return new GlcmMatrices(matrices, grid.GreyLevels, layout.Directions, layout.SliceAxis, layout.SliceCount, symmetric);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>
    /// The matrices features are computed on for <paramref name="aggregation"/>: each raw matrix alone (averaged
    /// aggregations) or the directions of each slice group summed (merged ones). Empty matrices are left out, as
    /// PyRadiomics drops empty angles and IBSI ignores slices without ROI voxels.
    /// </summary>
    public IReadOnlyList<double[]> Combine(TextureAggregation aggregation)
    {
        var layout = new TextureLayout(Directions.ToArray(), SliceAxis, SliceCount);
        var result = new List<double[]>();
        foreach (int[] group in layout.MergeGroups(aggregation))
        {
            double[] merged = TextureMath.Sum(_counts, group);
            if (TextureMath.Total(merged) > 0)
            {
                result.Add(merged);
            }
        }

        return result;
    }

    /// <summary>All directions summed with per-direction weights into one matrix (PyRadiomics' weightingNorm).</summary>
    public double[] Weighted(double[] directionWeights)
    {
        int[] all = Enumerable.Range(0, _counts.Length).ToArray();
        return TextureMath.Sum(_counts, all, directionWeights);
    }
}
