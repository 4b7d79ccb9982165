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

    public int GreyLevelCount => GreyLevels.Count;

    /// <summary>The directions (x, y, z offsets), one matrix per slice group and direction.</summary>
    public IReadOnlyList<Index3> Directions { get; }

    /// <summary>The axis slices are taken across (0 = x, 1 = y, 2 = z), or null when the volume is one group.</summary>
    public int? SliceAxis { get; }

    public int SliceCount { get; }

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
        int ng = grid.GreyLevelCount;
        int directionCount = layout.DirectionCount;
        int matrixSize = ng * ng;
        var steps = new int[directionCount];
        for (int d = 0; d < directionCount; d++)
        {
            steps[d] = grid.Step(layout.Directions[d]);
        }

        // Exact integer counts for every (slice group, direction), filled in a single pass over the ROI. Each row has an
        // extra column 0 for neighbours outside the ROI (code 0), so no branch is needed, and directions are
        // interleaved innermost ((group, row, column) << shift) + d) so one voxel's updates stay close together. The
        // scratch buffer is pooled: it is large-object-heap sized for big ROIs and would otherwise cost a gen-2 GC.
        int shift = System.Numerics.BitOperations.Log2(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, directionCount)));
        int columns = ng + 1;
        int countLength = (layout.SliceCount * ng * columns) << shift;
        int[] counts = System.Buffers.ArrayPool<int>.Shared.Rent(countLength);
        Array.Clear(counts, 0, countLength);
        int[] codes = grid.Codes;
        foreach (int p in grid.RoiPositions)
        {
            int row = (layout.GroupOf(grid, p) * ng + codes[p] - 1) * columns;
            for (int d = 0; d < directionCount; d++)
            {
                counts[((row + codes[p + steps[d]]) << shift) + d]++;
            }
        }

        var matrices = new double[layout.MatrixCount][];
        for (int m = 0; m < matrices.Length; m++)
        {
            int group = m / directionCount, d = m % directionCount;
            var matrix = new double[matrixSize];
            for (int i = 0; i < ng; i++)
            {
                for (int j = 0; j < ng; j++)
                {
                    int c = counts[((((group * ng) + i) * columns + j + 1) << shift) + d];
                    matrix[i * ng + j] = symmetric ? c + counts[((((group * ng) + j) * columns + i + 1) << shift) + d] : c;
                }
            }

            matrices[m] = matrix;
        }

        System.Buffers.ArrayPool<int>.Shared.Return(counts);
        return new GlcmMatrices(matrices, grid.GreyLevels, layout.Directions, layout.SliceAxis, layout.SliceCount, symmetric);
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
