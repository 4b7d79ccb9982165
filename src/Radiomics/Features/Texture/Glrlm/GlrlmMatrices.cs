using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// Grey level run length matrices (IBSI 3.7, TP0I): for each slice group and direction, <c>P(i, j)</c> counts the
/// maximal runs of ROI voxels with grey level i and length j along that direction (a run ends at a voxel of another
/// grey level or outside the ROI). Rows are the grey levels present in the ROI, columns run lengths 1 … the longest
/// possible run. All directions are built in one pass over the ROI (one pass per share of the directions when the
/// work is parallel): each voxel takes the length of the run so far from the voxel before it, each run of two or more
/// is counted at its last voxel, and the runs of one voxel are the voxels left over, so nothing branches on where a run
/// ends (see <see cref="RunsSoFarCounter"/>).
/// </summary>
public sealed class GlrlmMatrices
{
    private readonly double[][] _counts;

    private GlrlmMatrices(double[][] counts, int[] greyLevels, int maxRunLength, Index3[] directions, int? sliceAxis, int sliceCount)
    {
        _counts = counts;
        GreyLevels = greyLevels;
        MaxRunLength = maxRunLength;
        Directions = directions;
        SliceAxis = sliceAxis;
        SliceCount = sliceCount;
    }

    /// <summary>The grey levels of the rows, ascending.</summary>
    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>The number of run-length columns (the longest side of the ROI's bounding box).</summary>
    public int MaxRunLength { get; }

    /// <summary>The run directions (x, y, z offsets), one matrix per slice group and direction.</summary>
    public IReadOnlyList<Index3> Directions { get; }

    /// <summary>The axis slices are taken across (0 = x, 1 = y, 2 = z), or null when the volume is one group.</summary>
    public int? SliceAxis { get; }

    /// <summary>The number of slice groups (1 when the volume is one group).</summary>
    public int SliceCount { get; }

    internal IReadOnlyList<double[]> Raw => _counts;

    /// <summary>The counts of one slice group and direction, row-major (grey level × run length).</summary>
    public ReadOnlySpan<double> Counts(int slice, int direction) => _counts[slice * Directions.Count + direction];

    /// <summary>Builds the matrices an IBSI aggregation needs (2D slices across <paramref name="sliceAxis"/>).</summary>
    public static GlrlmMatrices Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        return Build(grid, TextureLayout.ForAggregation(grid, aggregation, sliceAxis), dropSingleVoxelDirections: false);
    }

    /// <param name="grid">The discretised ROI.</param>
    /// <param name="layout">Directions and slice grouping.</param>
    /// <param name="dropSingleVoxelDirections">
    /// PyRadiomics' rule: a direction along which no line through the bounding box holds two ROI voxels yields only
    /// runs of length 1 and is emptied (then dropped as an empty angle).
    /// </param>
    /// <param name="maxDegreeOfParallelism">Threads for the directions (−1: all); the counts do not depend on it.</param>
    internal static GlrlmMatrices Build(TextureGrid grid, TextureLayout layout, bool dropSingleVoxelDirections, int maxDegreeOfParallelism = 1)
    {
        using RunLengthCounts counts = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections, maxDegreeOfParallelism);
        var matrices = new double[layout.MatrixCount][];
        for (int m = 0; m < matrices.Length; m++)
        {
            matrices[m] = new double[grid.GreyLevelCount * counts.MaxRunLength];
            counts.Fill(m / layout.DirectionCount, m % layout.DirectionCount, matrices[m]);
        }

        return new GlrlmMatrices(matrices, grid.GreyLevels, counts.MaxRunLength, layout.Directions, layout.SliceAxis, layout.SliceCount);
    }

    /// <summary>The matrices features are computed on for <paramref name="aggregation"/> (empty ones left out).</summary>
    public IReadOnlyList<double[]> Combine(TextureAggregation aggregation)
    {
        var layout = new TextureLayout(Directions.ToArray(), SliceAxis, SliceCount);
        var result = new List<double[]>();
        foreach (int[] group in layout.MergeGroups(aggregation))
        {
            // A group of one is that matrix itself (summing it alone would copy it unchanged).
            double[] merged = group.Length == 1 ? _counts[group[0]] : TextureMath.Sum(_counts, group);
            if (TextureMath.Total(merged) > 0)
            {
                result.Add(merged);
            }
        }

        return result;
    }

    /// <summary>All directions summed with per-direction weights into one matrix (PyRadiomics' weightingNorm).</summary>
    public double[] Weighted(double[] directionWeights) =>
        TextureMath.Sum(_counts, Enumerable.Range(0, _counts.Length).ToArray(), directionWeights);

    /// <summary>As a grey level × run length matrix for the features.</summary>
    public GreyLevelSizeMatrix ToSizeMatrix(double[] counts) => new(counts, GreyLevels, GreyLevelSizeMatrix.OneBased(MaxRunLength));
}
