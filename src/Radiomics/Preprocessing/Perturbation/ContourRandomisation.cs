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
        if (supervoxels.BoxOf(kept) is not { } keptBox)
        {
            return result;
        }

        // The closing can only add voxels next to kept ones: work on their box and a voxel around it, held with one
        // more voxel of padding on every side so that every voxel has its six neighbours.
        BoundingBox work = keptBox.Pad(1, grid.Size);
        Size3 size = work.Size, padded = new(size.X + 2, size.Y + 2, size.Z + 2);
        var selected = new byte[padded.VoxelCount];
        BoundingBox region = supervoxels.Region;
        ReadOnlySpan<int> labels = supervoxels.Labels;
        for (int z = Math.Max(work.Lower.Z, region.Lower.Z); z <= Math.Min(work.Upper.Z, region.Upper.Z); z++)
        {
            for (int y = Math.Max(work.Lower.Y, region.Lower.Y); y <= Math.Min(work.Upper.Y, region.Upper.Y); y++)
            {
                int x0 = Math.Max(work.Lower.X, region.Lower.X), x1 = Math.Min(work.Upper.X, region.Upper.X);
                ReadOnlySpan<int> row = labels.Slice(region.Size.Offset(x0 - region.Lower.X, y - region.Lower.Y, z - region.Lower.Z), x1 - x0 + 1);
                Span<byte> target = selected.AsSpan(padded.Offset(x0 - work.Lower.X + 1, y - work.Lower.Y + 1, z - work.Lower.Z + 1), row.Length);
                for (int x = 0; x < row.Length; x++)
                {
                    target[x] = kept[row[x]] ? (byte)1 : (byte)0;
                }
            }
        }

        // Dilation: beyond the box everything is 0 (no kept voxel lies there). Erosion: beyond the grid's edge 1 (so an
        // edge voxel is never eroded), elsewhere beyond the box 0 (the dilation reaches no further).
        byte[] dilated = new byte[selected.Length];
        ApplyCross(selected, dilated, padded, dilate: true);
        SetPadding(dilated, padded, work, grid.Size);
        byte[] closed = new byte[selected.Length];
        ApplyCross(dilated, closed, padded, dilate: false);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                closed.AsSpan(padded.Offset(1, y + 1, z + 1), size.X).CopyTo(result.Voxels.Slice(grid.Size.Offset(work.Lower.X, work.Lower.Y + y, work.Lower.Z + z), size.X));
            }
        }

        return result;
    }

    /// <summary>
    /// One dilation (OR) or erosion (AND) with the 6-neighbour cross of every voxel inside the one-voxel padding of
    /// <paramref name="input"/> (0/1 bytes, <paramref name="padded"/> voxels), row by row on SIMD lanes.
    /// </summary>
    private static void ApplyCross(byte[] input, byte[] output, Size3 padded, bool dilate)
    {
        int width = padded.X - 2, row = padded.X, slice = padded.X * padded.Y, lanes = System.Numerics.Vector<byte>.Count;
        for (int z = 1; z < padded.Z - 1; z++)
        {
            for (int y = 1; y < padded.Y - 1; y++)
            {
                int at = padded.Offset(1, y, z), x = 0;
                for (; x + lanes <= width; x += lanes)
                {
                    int i = at + x;
                    var centre = new System.Numerics.Vector<byte>(input, i);
                    var west = new System.Numerics.Vector<byte>(input, i - 1);
                    var east = new System.Numerics.Vector<byte>(input, i + 1);
                    var south = new System.Numerics.Vector<byte>(input, i - row);
                    var north = new System.Numerics.Vector<byte>(input, i + row);
                    var below = new System.Numerics.Vector<byte>(input, i - slice);
                    var above = new System.Numerics.Vector<byte>(input, i + slice);
                    (dilate ? centre | west | east | south | north | below | above : centre & west & east & south & north & below & above).CopyTo(output, i);
                }

                for (; x < width; x++)
                {
                    int i = at + x;
                    output[i] = dilate
                        ? (byte)(input[i] | input[i - 1] | input[i + 1] | input[i - row] | input[i + row] | input[i - slice] | input[i + slice])
                        : (byte)(input[i] & input[i - 1] & input[i + 1] & input[i - row] & input[i + row] & input[i - slice] & input[i + slice]);
                }
            }
        }
    }

    /// <summary>The padding of <paramref name="values"/> for the erosion: 1 on the faces beyond the grid's edge, 0 elsewhere.</summary>
    private static void SetPadding(byte[] values, Size3 padded, BoundingBox work, Size3 grid)
    {
        for (int z = 0; z < padded.Z; z++)
        {
            for (int y = 0; y < padded.Y; y++)
            {
                for (int x = 0; x < padded.X; x++)
                {
                    bool interior = x > 0 && y > 0 && z > 0 && x < padded.X - 1 && y < padded.Y - 1 && z < padded.Z - 1;
                    if (interior)
                    {
                        x = padded.X - 2; // jump to the far padding of this row
                        continue;
                    }

                    bool offGrid = (x == 0 && work.Lower.X == 0) || (x == padded.X - 1 && work.Upper.X == grid.X - 1)
                        || (y == 0 && work.Lower.Y == 0) || (y == padded.Y - 1 && work.Upper.Y == grid.Y - 1)
                        || (z == 0 && work.Lower.Z == 0) || (z == padded.Z - 1 && work.Upper.Z == grid.Z - 1);
                    values[padded.Offset(x, y, z)] = offGrid ? (byte)1 : (byte)0;
                }
            }
        }
    }
}
