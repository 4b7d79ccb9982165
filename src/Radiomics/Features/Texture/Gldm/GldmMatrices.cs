using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Gldm;

/// <summary>
/// Grey level dependence matrices (PyRadiomics GLDM; IBSI 3.11 NGLDM, REK0, with coarseness α and Chebyshev
/// distance δ): <c>P(i, j)</c> counts the ROI voxels of grey level i with j − 1 dependent neighbours, a neighbour
/// (within the ROI, at one of the neighbourhood offsets) being dependent when its grey level differs by at most α.
/// One matrix per slice group (IBSI 2D) or for the volume. Rows are the grey levels present in the ROI; columns
/// dependence counts 1 … the largest found.
/// </summary>
public sealed class GldmMatrices
{
    private readonly double[][] _counts;

    private GldmMatrices(double[][] counts, int[] greyLevels, int maxDependence, int? sliceAxis)
    {
        _counts = counts;
        GreyLevels = greyLevels;
        MaxDependence = maxDependence;
        SliceAxis = sliceAxis;
    }

    /// <summary>The grey levels of the rows, ascending.</summary>
    public IReadOnlyList<int> GreyLevels { get; }

    /// <summary>The number of dependence columns (largest dependent-neighbour count + 1).</summary>
    public int MaxDependence { get; }

    /// <summary>The axis slices are taken across (0 = x, 1 = y, 2 = z), or null for one volume matrix.</summary>
    public int? SliceAxis { get; }

    /// <summary>The number of matrices (slices, or 1).</summary>
    public int SliceCount => _counts.Length;

    /// <summary>The counts of one slice group (0 for the volume), row-major (grey level × dependence count).</summary>
    public ReadOnlySpan<double> Counts(int slice) => _counts[slice];

    /// <summary>The counts array of one slice group itself (not a copy), for a size matrix that takes it over.</summary>
    internal double[] CountsArray(int slice) => _counts[slice];

    /// <summary>Builds the matrices an IBSI aggregation needs (α = 0, δ = 1; 2D slices across <paramref name="sliceAxis"/>).</summary>
    public static GldmMatrices Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2, double alpha = 0)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        bool is3D = aggregation is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        bool perSlice = aggregation is TextureAggregation.Average2D or TextureAggregation.SliceMerged2D;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, is3D ? null : sliceAxis);
        return Build(grid, neighbours, perSlice ? sliceAxis : null, alpha);
    }

    internal static GldmMatrices Build(TextureGrid grid, Index3[] neighbours, int? sliceAxis, double alpha)
    {
        int ng = grid.GreyLevelCount;
        int columns = neighbours.Length + 1;
        int sliceCount = sliceAxis is int axis ? grid.Box[axis] : 1;
        var steps = neighbours.Select(grid.Step).ToArray();
        double[] value = grid.LevelValuesByCode();

        // dependsOn[c · (Ng + 1) + q] = 1 when a neighbour of code q (0 = outside the ROI) depends on a centre of code c:
        // one table load per neighbour instead of a data-dependent branch.
        int stride = ng + 1;
        var dependsOn = new int[stride * stride];
        for (int c = 1; c <= ng; c++)
        {
            for (int q = 1; q <= ng; q++)
            {
                dependsOn[c * stride + q] = Math.Abs(value[c] - value[q]) <= alpha ? 1 : 0;
            }
        }

        var counts = new int[sliceCount * ng * columns];
        int maxDependence = 1;
        if (alpha < 1 && EqualNeighbourCounts.Applies(grid, steps.Length))
        {
            // Grey levels are integers, so a dependent neighbour has the same code: compare byte codes, 32 at a time.
            EqualNeighbourCounts.Tally(grid, steps, sliceAxis, counts, columns);
            maxDependence = HighestColumnUsed(counts, columns) + 1;
        }
        else if (alpha < 1)
        {
            // Grey levels are integers, so a dependent neighbour has the same code: count equal codes, a row of the
            // box at a time and several voxels per vector instruction (cheaper than a table load per neighbour).
            maxDependence = CountEqualNeighbours(grid, steps, sliceAxis, counts, columns);
        }
        else
        {
            int[] codes = grid.Codes; // only this path reads the int codes (widened from the byte codes on first use)
            foreach (int p in grid.RoiPositions)
            {
                int code = codes[p];
                int row = code * stride;
                int dependent = 0;
                foreach (int step in steps)
                {
                    dependent += dependsOn[row + codes[p + step]];
                }

                int slice = sliceAxis is int a ? grid.Coordinate(p, a) : 0;
                counts[(slice * ng + code - 1) * columns + dependent]++;
                maxDependence = Math.Max(maxDependence, dependent + 1);
            }
        }

        var matrices = new double[sliceCount][];
        for (int s = 0; s < sliceCount; s++)
        {
            var matrix = new double[ng * maxDependence];
            for (int i = 0; i < ng; i++)
            {
                for (int j = 0; j < maxDependence; j++)
                {
                    matrix[i * maxDependence + j] = counts[(s * ng + i) * columns + j];
                }
            }

            matrices[s] = matrix;
        }

        return new GldmMatrices(matrices, grid.GreyLevels, maxDependence, sliceAxis);
    }

    /// <summary>The highest dependence column with a count in any row of <paramref name="counts"/> (0 when all are empty).</summary>
    private static int HighestColumnUsed(int[] counts, int columns)
    {
        int highest = 0;
        for (int row = 0; row < counts.Length; row += columns)
        {
            highest = Math.Max(highest, counts.AsSpan(row, columns).LastIndexOfAnyExcept(0));
        }

        return highest;
    }

    /// <summary>
    /// Adds each ROI voxel to <c>counts[(slice, code − 1, d)]</c>, d its number of neighbours with the same code, and
    /// returns the largest d + 1. Works along each row of the ROI's box, a vector of voxels at a time (positions
    /// outside the ROI are computed too and ignored); every read stays inside the padded grid.
    /// </summary>
    private static int CountEqualNeighbours(TextureGrid grid, int[] steps, int? sliceAxis, int[] counts, int columns)
    {
        int ng = grid.GreyLevelCount;
        int width = System.Numerics.Vector<int>.Count;
        ReadOnlySpan<int> codes = grid.Codes;
        Span<int> dependent = new int[grid.Box.X];
        int maxDependence = 1;
        int pad = grid.Padding;
        for (int z = 0; z < grid.Box.Z; z++)
        {
            for (int y = 0; y < grid.Box.Y; y++)
            {
                int rowStart = grid.PaddedSize.Offset(pad, y + pad, z + pad);
                if (codes.Slice(rowStart, grid.Box.X).IndexOfAnyExcept(0) < 0)
                {
                    continue; // no ROI voxel in this row
                }

                int x = 0;
                if (System.Numerics.Vector.IsHardwareAccelerated)
                {
                    // Unchecked loads: a vector inside the box row plus any neighbour step stays inside the padded grid.
                    ref int code0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(codes);
                    for (; x <= grid.Box.X - width; x += width)
                    {
                        int p = rowStart + x;
                        var centre = System.Numerics.Vector.LoadUnsafe(ref code0, (nuint)p);
                        if (centre == System.Numerics.Vector<int>.Zero)
                        {
                            continue; // no ROI voxel here: its dependence counts are never read
                        }

                        var sum = System.Numerics.Vector<int>.Zero;
                        foreach (int step in steps)
                        {
                            sum -= System.Numerics.Vector.Equals(centre, System.Numerics.Vector.LoadUnsafe(ref code0, (nuint)(p + step))); // −1 where equal
                        }

                        sum.CopyTo(dependent[x..]);
                    }
                }

                for (; x < grid.Box.X; x++)
                {
                    int p = rowStart + x, code = codes[p], sum = 0;
                    foreach (int step in steps)
                    {
                        sum += codes[p + step] == code ? 1 : 0;
                    }

                    dependent[x] = sum;
                }

                for (x = 0; x < grid.Box.X; x++)
                {
                    int code = codes[rowStart + x];
                    if (code != 0)
                    {
                        int slice = sliceAxis switch { 0 => x, 1 => y, 2 => z, _ => 0 };
                        counts[(slice * ng + code - 1) * columns + dependent[x]]++;
                        maxDependence = Math.Max(maxDependence, dependent[x] + 1);
                    }
                }
            }
        }

        return maxDependence;
    }

    /// <summary>The matrices features are computed on: each non-empty slice (2D), else the volume matrix.</summary>
    public IReadOnlyList<GreyLevelSizeMatrix> Combine() =>
        _counts.Where(c => TextureMath.Total(c) > 0 || _counts.Length == 1).Select(ToSizeMatrix).ToList();

    /// <summary>As a grey level × dependence count matrix for the features.</summary>
    public GreyLevelSizeMatrix ToSizeMatrix(double[] counts) => new(counts, GreyLevels, GreyLevelSizeMatrix.OneBased(MaxDependence));
}
