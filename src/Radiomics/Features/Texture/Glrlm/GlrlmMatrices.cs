using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// Grey level run length matrices (IBSI 3.7, TP0I): for each slice group and direction, <c>P(i, j)</c> counts the
/// maximal runs of ROI voxels with grey level i and length j along that direction (a run ends at a voxel of another
/// grey level or outside the ROI). Rows are the grey levels present in the ROI, columns run lengths 1 … the longest
/// possible run. All directions are built in one pass over the ROI (one pass per share of the directions when the
/// work is parallel): each voxel takes the length of the run so far from the voxel before it, and the runs of length
/// exactly L are those reaching L less those reaching L + 1, so nothing branches on where a run ends.
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

    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>The number of run-length columns (the longest side of the ROI's bounding box).</summary>
    public int MaxRunLength { get; }

    public IReadOnlyList<Index3> Directions { get; }

    public int? SliceAxis { get; }

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
        int ng = grid.GreyLevelCount;
        int nr = Math.Max(grid.Box.X, Math.Max(grid.Box.Y, grid.Box.Z));
        int directionCount = layout.DirectionCount;
        int matrixSize = ng * nr;

        // One pass over the ROI for all directions; with several threads, each takes a share of the directions
        // through its own pass. Counts are integers, so the split changes nothing in the result.
        int parts = maxDegreeOfParallelism == 1 ? 1 : Math.Min(directionCount, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism);
        var reached = new int[parts][];
        var first = new int[parts + 1];
        for (int part = 0; part <= parts; part++)
        {
            first[part] = part * directionCount / parts;
        }

        TextureParallelism.For(parts, maxDegreeOfParallelism, part =>
            reached[part] = RunsSoFarCounter.Count(grid, layout, layout.Directions.AsSpan(first[part], first[part + 1] - first[part]), nr));

        var matrices = new double[layout.MatrixCount][];
        for (int m = 0; m < matrices.Length; m++)
        {
            int group = m / directionCount, d = m % directionCount;
            int part = 0;
            while (first[part + 1] <= d)
            {
                part++;
            }

            int[] counts = reached[part];
            int local = d - first[part];
            var matrix = new double[matrixSize];
            int longRuns = 0;
            for (int i = 0; i < ng; i++)
            {
                // reached(L) for L = 1 … nr + 1, contiguous.
                ReadOnlySpan<int> reachedL = counts.AsSpan(RunsSoFarCounter.Index(local, group, i + 1, 1, layout.SliceCount, ng, nr), nr + 1);
                longRuns += reachedL[1];
                Span<double> row = matrix.AsSpan(i * nr, nr);
                for (int j = 0; j < nr; j++)
                {
                    row[j] = reachedL[j] - reachedL[j + 1];
                }
            }

            // PyRadiomics empties a direction along which no line through the box holds two ROI voxels.
            if (dropSingleVoxelDirections && longRuns == 0 && !AnyLineHoldsTwoRoiVoxels(grid, layout.Directions[d]))
            {
                Array.Clear(matrix);
            }

            matrices[m] = matrix;
        }

        foreach (int[] counts in reached)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }

        return new GlrlmMatrices(matrices, grid.GreyLevels, nr, layout.Directions, layout.SliceAxis, layout.SliceCount);
    }

    /// <summary>The matrices features are computed on for <paramref name="aggregation"/> (empty ones left out).</summary>
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
    public double[] Weighted(double[] directionWeights) =>
        TextureMath.Sum(_counts, Enumerable.Range(0, _counts.Length).ToArray(), directionWeights);

    /// <summary>As a grey level × run length matrix for the features.</summary>
    public GreyLevelSizeMatrix ToSizeMatrix(double[] counts) => new(counts, GreyLevels, GreyLevelSizeMatrix.OneBased(MaxRunLength));

    private static bool AnyLineHoldsTwoRoiVoxels(TextureGrid grid, Index3 direction)
    {
        int step = grid.Step(direction);
        foreach (int p in grid.RoiPositions)
        {
            int x = grid.Coordinate(p, 0), y = grid.Coordinate(p, 1), z = grid.Coordinate(p, 2);
            for (int k = 1; ; k++)
            {
                x += direction.X;
                y += direction.Y;
                z += direction.Z;
                if ((uint)x >= (uint)grid.Box.X || (uint)y >= (uint)grid.Box.Y || (uint)z >= (uint)grid.Box.Z)
                {
                    break;
                }

                if (grid.Codes[p + k * step] != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
