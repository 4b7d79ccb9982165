using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// A neighbourhood grey tone difference matrix (IBSI 3.10, IPET): for each grey level i present, the number of
/// voxels <c>nᵢ</c> and <c>sᵢ = Σ |i − Āᵢ|</c>, Ā the mean grey level of the voxel's neighbours inside the ROI.
/// Derived: <c>N_vp = Σ nᵢ</c>, <c>pᵢ = nᵢ / N_vp</c>, <c>N_gp</c> the number of grey levels with <c>pᵢ &gt; 0</c>.
/// </summary>
public sealed class NgtdmMatrix
{
    /// <summary>The matrix of the given rows; rows with nᵢ = 0 are dropped.</summary>
    /// <param name="levels">The grey level i of each row.</param>
    /// <param name="counts">nᵢ, the number of voxels of each level counted.</param>
    /// <param name="differenceSums">sᵢ, the sum of |i − Āᵢ| of each level.</param>
    public NgtdmMatrix(IReadOnlyList<double> levels, IReadOnlyList<double> counts, IReadOnlyList<double> differenceSums)
    {
        var keep = Enumerable.Range(0, levels.Count).Where(k => counts[k] > 0).ToArray();
        Levels = keep.Select(k => levels[k]).ToArray();
        VoxelCounts = keep.Select(k => counts[k]).ToArray();
        DifferenceSums = keep.Select(k => differenceSums[k]).ToArray();
        foreach (double n in VoxelCounts)
        {
            VoxelTotal += n;
        }

        Probabilities = VoxelCounts.Select(n => n / VoxelTotal).ToArray();
        Coefficients = NgtdmCoefficients.Compute(Levels, Probabilities, DifferenceSums, VoxelTotal);
    }

    /// <summary>The coefficients the NGTDM formulas take, computed once with the matrix.</summary>
    public NgtdmCoefficients Coefficients { get; }

    /// <summary>The coefficients of the matrix (so the formulas take an <see cref="NgtdmMatrix"/> directly).</summary>
    public static implicit operator NgtdmCoefficients(NgtdmMatrix matrix) => matrix.Coefficients;

    /// <summary>The grey levels i with nᵢ &gt; 0, ascending.</summary>
    public double[] Levels { get; }

    /// <summary>nᵢ.</summary>
    public double[] VoxelCounts { get; }

    /// <summary>sᵢ.</summary>
    public double[] DifferenceSums { get; }

    /// <summary>pᵢ = nᵢ / N_vp.</summary>
    public double[] Probabilities { get; }

    /// <summary>N_vp = Σ nᵢ.</summary>
    public double VoxelTotal { get; }

    /// <summary>N_gp, the grey levels present.</summary>
    public int LevelCount => Levels.Length;

    /// <summary>Builds the matrix of one slice group or of the volume.</summary>
    /// <param name="grid">The discretised ROI.</param>
    /// <param name="neighbours">Neighbour offsets, both ways (26 in 3D for distance 1).</param>
    /// <param name="sliceAxis">When set, one matrix per slice across that axis; otherwise one for the volume.</param>
    /// <param name="includeIsolatedVoxels">
    /// True (PyRadiomics' C code): a voxel without ROI neighbours still counts in nᵢ with difference 0. False (IBSI):
    /// only voxels with at least one neighbour count.
    /// </param>
    internal static NgtdmMatrix[] Build(TextureGrid grid, Index3[] neighbours, int? sliceAxis, bool includeIsolatedVoxels)
    {
        int ng = grid.GreyLevelCount;
        int sliceCount = sliceAxis is int axis ? grid.Box[axis] : 1;
        int[] level = new int[ng + 1];
        for (int c = 1; c <= ng; c++)
        {
            level[c] = grid.GreyLevels[c - 1];
        }

        // sᵢ = Σ |i − A/n| over the voxels of level i, with A the sum and n the number of a voxel's ROI neighbours.
        // Grey levels are integers, so |i·n − A| is an exact integer: it is summed exactly per (slice, level, n) and
        // divided by n once at the end. The sums then do not depend on the order of the voxels, which lets the ROI be
        // shared out between threads, and are more accurate than summing rounded per-voxel means.
        int maxFound = neighbours.Length;
        var counts = new int[sliceCount * ng];
        var differences = new long[sliceCount * ng * (maxFound + 1)];
        bool vectors = System.Numerics.Vector.IsHardwareAccelerated;
        using (NeighbourhoodSums sums = NeighbourhoodSums.Compute(grid, neighbours, level, rowSumsOnly: sliceAxis is null && vectors))
        {
            if (sums.RowSums is int[] rowSums)
            {
                VolumeDifferences.Tally(grid, rowSums, rowSums: true, sums.CountBits, level, includeIsolatedVoxels, counts, differences);
            }
            else if (sliceAxis is null && sums.BoxSums is int[] vectorBoxSums && vectors)
            {
                VolumeDifferences.Tally(grid, vectorBoxSums, rowSums: false, sums.CountBits, level, includeIsolatedVoxels, counts, differences);
            }
            else if (sliceAxis is null && sums.BoxSums is int[] boxSums)
            {
                AccumulateVolume(grid, boxSums, sums.CountBits, sums.PackedOfCode, level, includeIsolatedVoxels, counts, differences);
            }
            else
            {
                int[] codes = grid.Codes;
                foreach (int p in grid.RoiPositions)
                {
                    int code = codes[p];
                    (int found, int total) = sums.At(p);
                    if (found == 0 && !includeIsolatedVoxels)
                    {
                        continue;
                    }

                    int index = (sliceAxis is int a ? grid.Coordinate(p, a) : 0) * ng + code - 1;
                    counts[index]++;
                    differences[index * (maxFound + 1) + found] += Math.Abs((long)level[code] * found - total);
                }
            }
        }

        var sumsOfDifferences = new double[sliceCount * ng];
        for (int index = 0; index < sumsOfDifferences.Length; index++)
        {
            double s = 0;
            for (int found = 1; found <= maxFound; found++)
            {
                long d = differences[index * (maxFound + 1) + found];
                if (d != 0)
                {
                    s += (double)d / found;
                }
            }

            sumsOfDifferences[index] = s;
        }

        double[] levels = grid.GreyLevels.Select(l => (double)l).ToArray();
        var matrices = new NgtdmMatrix[sliceCount];
        for (int s = 0; s < sliceCount; s++)
        {
            double[] voxelCounts = counts.AsSpan(s * ng, ng).ToArray().Select(n => (double)n).ToArray();
            matrices[s] = new NgtdmMatrix(levels, voxelCounts, new ArraySegment<double>(sumsOfDifferences, s * ng, ng));
        }

        return matrices;
    }

    /// <summary>
    /// The volume's counts and exact difference sums per (level, neighbour count) from box sums, read inline. Voxels
    /// take turns over <c>Copies</c> copies of the tallies (pooled) so that neighbouring voxels, which mostly hit the
    /// same tally, do not wait on each other's memory updates; the copies are integer tallies, so adding them up
    /// gives exactly the single-tally result.
    /// </summary>
    private static void AccumulateVolume(TextureGrid grid, int[] boxSums, int countBits, int[] packedOfCode, int[] level, bool includeIsolatedVoxels, int[] counts, long[] differences)
    {
        const int Copies = 4;
        int ng = counts.Length, stride = differences.Length / ng;
        int[] copyCounts = System.Buffers.ArrayPool<int>.Shared.Rent(Copies * ng);
        long[] copyDifferences = System.Buffers.ArrayPool<long>.Shared.Rent(Copies * differences.Length);
        Array.Clear(copyCounts, 0, Copies * ng);
        Array.Clear(copyDifferences, 0, Copies * differences.Length);
        int[] codes = grid.Codes;
        int[] positions = grid.RoiPositions;
        int countMask = (1 << countBits) - 1;
        for (int k = 0; k < positions.Length; k++)
        {
            int p = positions[k];
            int code = codes[p];
            int packed = boxSums[p] - packedOfCode[code]; // the box sum includes the voxel itself
            int found = packed & countMask, total = packed >> countBits;
            if (found == 0 && !includeIsolatedVoxels)
            {
                continue;
            }

            // |i·n − A| without a branch: its sign is as good as random, which a branch would mispredict half the time.
            long difference = ((long)level[code] * found) - total;
            long sign = difference >> 63;
            int copy = k & (Copies - 1);
            if (!includeIsolatedVoxels)
            {
                copyCounts[(copy * ng) + code - 1]++;
            }

            copyDifferences[(copy * differences.Length) + ((code - 1) * stride) + found] += (difference ^ sign) - sign;
        }

        if (includeIsolatedVoxels)
        {
            // Every ROI voxel counts: the grid's voxels per code.
            for (int i = 0; i < ng; i++)
            {
                counts[i] += grid.CodeCounts[i + 1];
            }
        }

        for (int copy = 0; copy < Copies; copy++)
        {
            for (int i = 0; i < ng; i++)
            {
                counts[i] += copyCounts[(copy * ng) + i];
            }

            for (int i = 0; i < differences.Length; i++)
            {
                differences[i] += copyDifferences[(copy * differences.Length) + i];
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(copyCounts);
        System.Buffers.ArrayPool<long>.Shared.Return(copyDifferences);
    }

    /// <summary>Builds the matrices an IBSI aggregation needs (distance 1, voxels without neighbours left out).</summary>
    public static IReadOnlyList<NgtdmMatrix> Build(FeatureInput input, TextureAggregation aggregation, int sliceAxis = 2)
    {
        TextureGrid grid = TextureGrid.For(input, 1);
        bool is3D = aggregation is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        bool perSlice = aggregation is TextureAggregation.Average2D or TextureAggregation.SliceMerged2D;
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, is3D ? null : sliceAxis);
        return Build(grid, neighbours, perSlice ? sliceAxis : null, includeIsolatedVoxels: false).Where(m => m.VoxelTotal > 0).ToList();
    }
}
