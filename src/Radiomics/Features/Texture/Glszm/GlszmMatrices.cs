using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Grey level size zone matrices (IBSI 3.8, 9SAK): <c>P(i, j)</c> counts the zones — maximal sets of ROI voxels of
/// grey level i connected through the neighbourhood (26-connected in 3D, 8-connected in a plane) — holding j voxels.
/// One matrix per slice group (IBSI 2D) or for the whole volume (3D, and 2.5D where zones stay in their slice).
/// Rows are the grey levels present in the ROI; columns zone sizes 1 … the largest zone.
/// </summary>
public sealed class GlszmMatrices
{
    private readonly double[][] _counts;

    private GlszmMatrices(double[][] counts, int[] greyLevels, int maxZoneSize, int? sliceAxis, int roiVoxelCount)
    {
        _counts = counts;
        GreyLevels = greyLevels;
        MaxZoneSize = maxZoneSize;
        SliceAxis = sliceAxis;
        RoiVoxelCount = roiVoxelCount;
    }

    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>The number of zone-size columns (the largest zone).</summary>
    public int MaxZoneSize { get; }

    /// <summary>The slice axis of per-slice matrices (0 = x, 1 = y, 2 = z), or null for one volume matrix.</summary>
    public int? SliceAxis { get; }

    public int SliceCount => _counts.Length;

    /// <summary>N_p, the ROI voxel count.</summary>
    public int RoiVoxelCount { get; }

    /// <summary>The counts of one slice group (0 for the volume), row-major (grey level × zone size).</summary>
    public ReadOnlySpan<double> Counts(int slice) => _counts[slice];

    /// <summary>Builds the matrices an IBSI aggregation needs (2D slices across <paramref name="sliceAxis"/>).</summary>
    public static GlszmMatrices Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2)
    {
        TextureGrid grid = TextureGrid.Build(input.Discretised.Levels, input.Mask, 1);
        bool is3D = aggregation is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        bool perSlice = aggregation is TextureAggregation.Average2D or TextureAggregation.SliceMerged2D;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, is3D ? null : sliceAxis);
        return Build(grid, neighbours, perSlice ? sliceAxis : null);
    }

    internal static GlszmMatrices Build(TextureGrid grid, Index3[] neighbours, int? sliceAxis)
    {
        int ng = grid.GreyLevelCount;
        int sliceCount = sliceAxis is int axis ? grid.Box[axis] : 1;
        var steps = neighbours.Select(grid.Step).ToArray();
        int[] codes = grid.Codes;
        var visited = new bool[codes.Length];
        var stack = new int[Math.Max(1, grid.RoiCount)];
        var zones = new List<(int Slice, int Code, int Size)>();
        int maxSize = 1;

        foreach (int seed in grid.RoiPositions)
        {
            if (visited[seed])
            {
                continue;
            }

            int code = codes[seed];
            int top = 0;
            stack[top++] = seed;
            visited[seed] = true;
            int size = 0;
            while (top > 0)
            {
                int p = stack[--top];
                size++;
                foreach (int step in steps)
                {
                    int q = p + step;
                    if (codes[q] == code && !visited[q])
                    {
                        visited[q] = true;
                        stack[top++] = q;
                    }
                }
            }

            maxSize = Math.Max(maxSize, size);
            zones.Add((sliceAxis is int a ? grid.Coordinate(seed, a) : 0, code, size));
        }

        var matrices = new double[sliceCount][];
        for (int s = 0; s < sliceCount; s++)
        {
            matrices[s] = new double[ng * maxSize];
        }

        foreach ((int slice, int code, int size) in zones)
        {
            matrices[slice][(code - 1) * maxSize + size - 1]++;
        }

        return new GlszmMatrices(matrices, grid.GreyLevels, maxSize, sliceAxis, grid.RoiCount);
    }

    /// <summary>The matrices features are computed on: each non-empty slice (2D), else the volume matrix.</summary>
    public IReadOnlyList<GreyLevelSizeMatrix> Combine() =>
        _counts.Where(c => TextureMath.Total(c) > 0 || _counts.Length == 1).Select(ToSizeMatrix).ToList();

    /// <summary>As a grey level × zone size matrix for the features.</summary>
    public GreyLevelSizeMatrix ToSizeMatrix(double[] counts) => new(counts, GreyLevels, GreyLevelSizeMatrix.OneBased(MaxZoneSize));

}
