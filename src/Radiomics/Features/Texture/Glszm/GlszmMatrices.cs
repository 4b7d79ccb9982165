using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Grey level size zone matrices (IBSI 3.8, 9SAK): <c>P(i, j)</c> counts the zones — maximal sets of ROI voxels of
/// grey level i connected through the neighbourhood (26-connected in 3D, 8-connected in a plane) — holding j voxels.
/// One matrix per slice group (IBSI 2D) or for the whole volume (3D, and 2.5D where zones stay in their slice).
/// Rows are the grey levels present in the ROI; columns the zone sizes that occur (<see cref="Sizes"/>, ascending;
/// sizes no zone has are left out, as PyRadiomics deletes them, which keeps the matrix small for large ROIs).
/// </summary>
public sealed class GlszmMatrices
{
    private readonly double[][] _counts;

    private GlszmMatrices(double[][] counts, int[] greyLevels, int[] sizes, int? sliceAxis, int roiVoxelCount)
    {
        _counts = counts;
        GreyLevels = greyLevels;
        Sizes = sizes;
        SliceAxis = sliceAxis;
        RoiVoxelCount = roiVoxelCount;
    }

    /// <summary>The grey levels of the rows, ascending.</summary>
    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>The zone size of each column, ascending (only sizes that occur).</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>The slice axis of per-slice matrices (0 = x, 1 = y, 2 = z), or null for one volume matrix.</summary>
    public int? SliceAxis { get; }

    /// <summary>The number of matrices (slices, or 1).</summary>
    public int SliceCount => _counts.Length;

    /// <summary>N_p, the ROI voxel count.</summary>
    public int RoiVoxelCount { get; }

    /// <summary>The counts of one slice group (0 for the volume), row-major (grey level × zone size).</summary>
    public ReadOnlySpan<double> Counts(int slice) => _counts[slice];

    /// <summary>The counts array of one slice group itself (not a copy), for a size matrix that takes it over.</summary>
    internal double[] CountsArray(int slice) => _counts[slice];

    /// <summary>Builds the matrices an IBSI aggregation needs (2D slices across <paramref name="sliceAxis"/>).</summary>
    public static GlszmMatrices Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        bool is3D = aggregation is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        bool perSlice = aggregation is TextureAggregation.Average2D or TextureAggregation.SliceMerged2D;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, is3D ? null : sliceAxis);
        return Build(grid, neighbours, perSlice ? sliceAxis : null);
    }

    internal static GlszmMatrices Build(TextureGrid grid, Index3[] neighbours, int? sliceAxis)
    {
        int ng = grid.GreyLevelCount;
        int sliceCount = sliceAxis is int axis ? grid.Box[axis] : 1;
        // (slice, code, size) per zone, in pooled scratch (a ROI has at most one zone per voxel).
        int[] zones = System.Buffers.ArrayPool<int>.Shared.Rent(3 * grid.RoiCount);
        int zoneCount = ZoneFinder.Find(grid, neighbours, sliceAxis, zones, out int maxSize);
        // The sizes that occur, ascending, and each zone's column: by a table over 1..maxSize, or, when a few zones are
        // large (a table of up to the ROI's size, nearly empty), by sorting their sizes; sorting and searching cost some
        // 50 times as much per zone as the table per size.
        bool dense = maxSize <= (64 * zoneCount) + 4096;
        int[] columnOf = System.Buffers.ArrayPool<int>.Shared.Rent(dense ? maxSize + 1 : zoneCount);
        int[] sizes = dense ? DenseColumns(zones, zoneCount, maxSize, columnOf) : SortedSizes(zones, zoneCount, columnOf);
        int columns = Math.Max(1, sizes.Length);
        var matrices = new double[sliceCount][];
        for (int s = 0; s < sliceCount; s++)
        {
            matrices[s] = new double[ng * columns];
        }

        for (int z = 0; z < zoneCount; z++)
        {
            int size = zones[(3 * z) + 2];
            int column = dense ? columnOf[size] : Array.BinarySearch(sizes, size);
            matrices[zones[3 * z]][(zones[(3 * z) + 1] - 1) * columns + column]++;
        }

        System.Buffers.ArrayPool<int>.Shared.Return(columnOf);
        System.Buffers.ArrayPool<int>.Shared.Return(zones);
        return new GlszmMatrices(matrices, grid.GreyLevels, sizes.Length == 0 ? [1] : sizes, sliceAxis, grid.RoiCount);
    }

    /// <summary>The sizes that occur among the zones' (ascending), with <c>columnOf[size]</c> set to each one's column.</summary>
    private static int[] DenseColumns(int[] zones, int zoneCount, int maxSize, int[] columnOf)
    {
        Array.Clear(columnOf, 0, maxSize + 1);
        for (int z = 0; z < zoneCount; z++)
        {
            columnOf[zones[(3 * z) + 2]] = 1;
        }

        // Most of the table is zeros where zones are few: skipped a vector at a time.
        var sizes = new List<int>();
        Span<int> table = columnOf.AsSpan(0, maxSize + 1);
        for (int size = 1; size <= maxSize; size++)
        {
            int skip = table[size..].IndexOfAnyExcept(0);
            if (skip < 0)
            {
                break;
            }

            size += skip;
            table[size] = sizes.Count;
            sizes.Add(size);
        }

        return sizes.ToArray();
    }

    /// <summary>The sizes that occur among the zones' (ascending, distinct), sorted in <paramref name="scratch"/>.</summary>
    private static int[] SortedSizes(int[] zones, int zoneCount, int[] scratch)
    {
        for (int z = 0; z < zoneCount; z++)
        {
            scratch[z] = zones[(3 * z) + 2];
        }

        Span<int> all = scratch.AsSpan(0, zoneCount);
        all.Sort();
        int distinct = 0;
        for (int k = 0; k < zoneCount; k++)
        {
            if (distinct == 0 || all[k] != all[distinct - 1])
            {
                all[distinct++] = all[k];
            }
        }

        return all[..distinct].ToArray();
    }

    /// <summary>The matrices features are computed on: each non-empty slice (2D), else the volume matrix.</summary>
    public IReadOnlyList<GreyLevelSizeMatrix> Combine() =>
        _counts.Where(c => TextureMath.Total(c) > 0 || _counts.Length == 1).Select(ToSizeMatrix).ToList();

    /// <summary>As a grey level × zone size matrix for the features.</summary>
    public GreyLevelSizeMatrix ToSizeMatrix(double[] counts) => new(counts, GreyLevels, Sizes.Select(j => (double)j).ToArray());

}
