using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Contour randomisation (Zwanenburg et al. 2019, "C"), as MIRP's <c>randomise_mask</c>: the ROI's neighbourhood is cut
/// into supervoxels; a supervoxel that overlaps the ROI by a fraction p of its voxels is kept with probability p, except
/// that the supervoxel with the largest overlap and every one with p ≥ 0.9 are always kept and every one with p &lt; 0.2
/// never; the kept supervoxels, closed by one binary closing with the 6-neighbour element, form the new ROI.
/// </summary>
/// <remarks>
/// The draws: supervoxel k is kept when u_k &lt; p_k, u_k = <see cref="SplitMixStream.UniformAt"/>(k) of the
/// repetition's stream, so each repetition is reproducible from the seed alone. The closing treats voxels beyond the
/// grid's edge as inside (a kept voxel on the edge of the image is never eroded away).
/// </remarks>
public static class ContourRandomisation
{
    /// <summary>Always kept from this overlap on.</summary>
    public const double AlwaysKept = 0.9;

    /// <summary>Never kept below this overlap.</summary>
    public const double NeverKept = 0.2;

    /// <summary>
    /// The fraction of each supervoxel's voxels inside <paramref name="roi"/> (index = label; index 0 unused). The ROI
    /// must lie inside the supervoxels' region.
    /// </summary>
    public static double[] Overlaps(SupervoxelMap supervoxels, Volume<byte> roi)
    {
        ArgumentNullException.ThrowIfNull(supervoxels);
        ArgumentNullException.ThrowIfNull(roi);
        var inside = new long[supervoxels.Count + 1];
        var total = new long[supervoxels.Count + 1];
        BoundingBox region = supervoxels.Region;
        Size3 size = region.Size;
        ReadOnlySpan<int> labels = supervoxels.Labels;
        ReadOnlySpan<byte> mask = roi.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                int row = size.Offset(0, y, z), image = roi.Size.Offset(region.Lower.X, region.Lower.Y + y, region.Lower.Z + z);
                for (int x = 0; x < size.X; x++)
                {
                    int label = labels[row + x];
                    total[label]++;
                    inside[label] += mask[image + x] != 0 ? 1 : 0;
                }
            }
        }

        var overlap = new double[supervoxels.Count + 1];
        for (int k = 1; k <= supervoxels.Count; k++)
        {
            overlap[k] = total[k] == 0 ? 0 : (double)inside[k] / total[k];
        }

        return overlap;
    }

    /// <summary>The keeping probability of each supervoxel from its overlap (MIRP's rules; see the class remarks).</summary>
    public static double[] Probabilities(double[] overlaps)
    {
        ArgumentNullException.ThrowIfNull(overlaps);
        var probability = new double[overlaps.Length];
        int largest = 0;
        for (int k = 1; k < overlaps.Length; k++)
        {
            double p = overlaps[k];
            probability[k] = p >= AlwaysKept ? 1 : p < NeverKept ? 0 : p;
            largest = overlaps[k] > overlaps[largest] ? k : largest;
        }

        if (largest > 0)
        {
            probability[largest] = 1;
        }

        return probability;
    }

    /// <summary>Which supervoxels one repetition keeps (index = label): u_k &lt; p_k with u_k from <paramref name="draws"/>.</summary>
    public static bool[] Select(double[] probabilities, SplitMixStream draws)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var kept = new bool[probabilities.Length];
        for (int k = 1; k < probabilities.Length; k++)
        {
            kept[k] = draws.UniformAt((ulong)k) < probabilities[k];
        }

        return kept;
    }

    /// <summary>The new ROI on <paramref name="grid"/>: the kept supervoxels, closed (dilation then erosion, 6-neighbour element).</summary>
    public static Volume<byte> Mask(SupervoxelMap supervoxels, bool[] kept, ImageGeometry grid)
    {
        ArgumentNullException.ThrowIfNull(supervoxels);
        ArgumentNullException.ThrowIfNull(kept);
        var result = new Volume<byte>(grid);
        if (KeptBox(supervoxels, kept) is not { } keptBox)
        {
            return result;
        }

        // The closing can only add voxels next to kept ones: work on their box and a voxel around it.
        BoundingBox work = keptBox.Pad(1, grid.Size);
        Size3 size = work.Size;
        var selected = new byte[size.VoxelCount];
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int label = supervoxels.LabelAt(work.Lower.X + x, work.Lower.Y + y, work.Lower.Z + z);
                    selected[size.Offset(x, y, z)] = label > 0 && kept[label] ? (byte)1 : (byte)0;
                }
            }
        }

        byte[] dilated = Morphology(selected, size, work, grid.Size, dilate: true);
        byte[] closed = Morphology(dilated, size, work, grid.Size, dilate: false);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                closed.AsSpan(size.Offset(0, y, z), size.X).CopyTo(result.Voxels.Slice(grid.Size.Offset(work.Lower.X, work.Lower.Y + y, work.Lower.Z + z), size.X));
            }
        }

        return result;
    }

    /// <summary>The box (on the image grid) of the kept supervoxels' voxels, or null when none is kept.</summary>
    private static BoundingBox? KeptBox(SupervoxelMap supervoxels, bool[] kept)
    {
        BoundingBox region = supervoxels.Region;
        Size3 size = region.Size;
        ReadOnlySpan<int> labels = supervoxels.Labels;
        var extent = new BoundingBoxBuilder();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                ReadOnlySpan<int> row = labels.Slice(size.Offset(0, y, z), size.X);
                int first = -1, last = -1;
                for (int x = 0; x < row.Length; x++)
                {
                    if (kept[row[x]])
                    {
                        first = first < 0 ? x : first;
                        last = x;
                    }
                }

                if (first >= 0)
                {
                    extent.IncludeRow(region.Lower.X + first, region.Lower.X + last, region.Lower.Y + y, region.Lower.Z + z);
                }
            }
        }

        return extent.Result;
    }

    /// <summary>
    /// One dilation or erosion of the box's voxels with the 6-neighbour element. Beyond the box: 0 for the dilation (the
    /// box holds every kept voxel and a margin); for the erosion, 1 beyond the grid's edge and 0 elsewhere (the margin
    /// there is 0 after the dilation too).
    /// </summary>
    private static byte[] Morphology(byte[] input, Size3 size, BoundingBox work, Size3 grid, bool dilate)
    {
        var output = new byte[input.Length];
        bool beyond = !dilate;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int at = size.Offset(x, y, z);
                    bool centre = input[at] != 0;
                    if (dilate ? centre : !centre)
                    {
                        output[at] = centre ? (byte)1 : (byte)0;
                        continue;
                    }

                    // Dilation of a 0 voxel: 1 when a neighbour is 1. Erosion of a 1 voxel: 1 when every neighbour is 1.
                    bool xLow = x > 0 ? input[at - 1] != 0 : beyond && OffGrid(work, grid, 0, -1);
                    bool xHigh = x < size.X - 1 ? input[at + 1] != 0 : beyond && OffGrid(work, grid, 0, 1);
                    bool yLow = y > 0 ? input[at - size.X] != 0 : beyond && OffGrid(work, grid, 1, -1);
                    bool yHigh = y < size.Y - 1 ? input[at + size.X] != 0 : beyond && OffGrid(work, grid, 1, 1);
                    bool zLow = z > 0 ? input[at - size.X * size.Y] != 0 : beyond && OffGrid(work, grid, 2, -1);
                    bool zHigh = z < size.Z - 1 ? input[at + size.X * size.Y] != 0 : beyond && OffGrid(work, grid, 2, 1);
                    bool result = dilate
                        ? xLow || xHigh || yLow || yHigh || zLow || zHigh
                        : xLow && xHigh && yLow && yHigh && zLow && zHigh;
                    output[at] = result ? (byte)1 : (byte)0;
                }
            }
        }

        return output;
    }

    /// <summary>Whether the neighbour beyond the box's side along <paramref name="axis"/> lies beyond the grid's edge.</summary>
    private static bool OffGrid(BoundingBox work, Size3 grid, int axis, int side) =>
        side < 0 ? work.Lower[axis] == 0 : work.Upper[axis] == grid[axis] - 1;
}
