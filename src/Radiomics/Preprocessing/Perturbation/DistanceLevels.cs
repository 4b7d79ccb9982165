using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// The squared distances (mm²) that decide a volume adaptation: for growing, of the voxels around the ROI to the ROI;
/// for shrinking, of the ROI's voxels to the nearest voxel outside it. Held on a box of the grid; a threshold T then
/// adds (or removes) every candidate with squared distance ≤ T.
/// </summary>
internal sealed class DistanceLevels
{
    private readonly BoundingBox _box;
    private readonly double[] _field;
    private readonly double[] _candidates;
    private readonly bool _outward;

    /// <summary>Squared distances below this are complete: every grid voxel that near lies in the box.</summary>
    private readonly double _completeBelow;

    private DistanceLevels(BoundingBox box, double[] field, double[] candidates, bool outward, double completeBelow)
    {
        _box = box;
        _field = field;
        _candidates = candidates;
        _outward = outward;
        _completeBelow = completeBelow;
    }

    /// <summary>The voxels around the ROI (its box grown by <paramref name="reachMm"/> and a voxel) and their squared distance to it.</summary>
    public static DistanceLevels Outside(Volume<byte> roi, BoundingBox extent, double reachMm, ParallelOptions? parallel)
    {
        Vector3D spacing = roi.Geometry.Spacing;
        Size3 size = roi.Size;
        var pad = new int[3];
        for (int a = 0; a < 3; a++)
        {
            pad[a] = (int)Math.Min(size[a], Math.Ceiling(reachMm / spacing[a]) + 1);
        }

        BoundingBox box = new(
            new Index3(Math.Max(0, extent.Lower.X - pad[0]), Math.Max(0, extent.Lower.Y - pad[1]), Math.Max(0, extent.Lower.Z - pad[2])),
            new Index3(Math.Min(size.X - 1, extent.Upper.X + pad[0]), Math.Min(size.Y - 1, extent.Upper.Y + pad[1]), Math.Min(size.Z - 1, extent.Upper.Z + pad[2])));
        double complete = double.PositiveInfinity;
        for (int a = 0; a < 3; a++)
        {
            // A voxel beyond a side of the box that is not the grid's edge lies at least (margin + 1) voxels from the ROI's box.
            if (box.Lower[a] > 0)
            {
                complete = Math.Min(complete, (extent.Lower[a] - box.Lower[a] + 1) * spacing[a]);
            }

            if (box.Upper[a] < size[a] - 1)
            {
                complete = Math.Min(complete, (box.Upper[a] - extent.Upper[a] + 1) * spacing[a]);
            }
        }

        return Build(roi, box, DistanceTarget.Inside, outward: true, complete * complete, parallel);
    }

    /// <summary>The ROI's voxels and their squared depth (distance to the nearest grid voxel outside the ROI).</summary>
    public static DistanceLevels Inside(Volume<byte> roi, BoundingBox extent, ParallelOptions? parallel) =>
        Build(roi, extent.Pad(1, roi.Size), DistanceTarget.Outside, outward: false, double.PositiveInfinity, parallel);

    /// <summary>
    /// The shrink threshold: <paramref name="limit"/> when removing every ROI voxel with squared depth ≤ it keeps at least
    /// <paramref name="maxErosion"/> × <paramref name="original"/> voxels, else the largest depth level that does
    /// (−∞: none does, nothing is removed).
    /// </summary>
    public double ErosionLevel(double limit, long original, double maxErosion)
    {
        long allowed = (long)Math.Floor(original - maxErosion * original);
        while (allowed > 0 && original - allowed < maxErosion * original)
        {
            allowed--;
        }

        while (allowed + 1 <= original && original - (allowed + 1) >= maxErosion * original)
        {
            allowed++;
        }

        if (CountAtMost(limit) <= allowed)
        {
            return limit;
        }

        // The depth at rank `allowed` is the first one too many; every level below it keeps enough voxels.
        return LargestBelow(Select(allowed));
    }

    /// <summary>
    /// The threshold whose voxel count is nearest to <paramref name="target"/> (ties: the smaller change; never an
    /// empty ROI); false when the box is too small to decide it (grow again with a wider reach).
    /// </summary>
    public bool TryNearestToCount(long original, double target, out double threshold)
    {
        threshold = double.NegativeInfinity;
        int n = _candidates.Length;
        double need = _outward ? target - original : original - target;
        if (n == 0 || need <= 0)
        {
            return double.IsPositiveInfinity(_completeBelow) || n > 0;
        }

        long rank = (long)Math.Ceiling(need) - 1;
        if (rank >= n && _outward && !double.IsPositiveInfinity(_completeBelow))
        {
            return false;
        }

        double level = Select((int)Math.Min(rank, n - 1));
        if (_outward && level >= _completeBelow)
        {
            return false;
        }

        double below = LargestBelow(level);
        long atLevel = CountAtMost(level), beneath = double.IsNegativeInfinity(below) ? 0 : CountAtMost(below);
        double sign = _outward ? 1 : -1;
        double errorAt = Math.Abs(original + sign * atLevel - target), errorBelow = Math.Abs(original + sign * beneath - target);
        bool emptyAt = !_outward && atLevel >= original;
        threshold = emptyAt || errorBelow <= errorAt ? below : level;
        return true;
    }

    /// <summary>The ROI with every candidate of squared distance ≤ <paramref name="threshold"/> added (growing) or removed (shrinking).</summary>
    public Volume<byte> Apply(Volume<byte> roi, double threshold)
    {
        Volume<byte> result = roi.Clone();
        if (double.IsNegativeInfinity(threshold))
        {
            return result;
        }

        Span<byte> output = result.Voxels;
        Size3 boxSize = _box.Size;
        byte value = _outward ? (byte)1 : (byte)0;
        for (int z = 0; z < boxSize.Z; z++)
        {
            for (int y = 0; y < boxSize.Y; y++)
            {
                int row = roi.Size.Offset(_box.Lower.X, _box.Lower.Y + y, _box.Lower.Z + z);
                int boxRow = boxSize.Offset(0, y, z);
                for (int x = 0; x < boxSize.X; x++)
                {
                    if (_field[boxRow + x] <= threshold && (output[row + x] != 0) != _outward)
                    {
                        output[row + x] = value;
                    }
                }
            }
        }

        return result;
    }

    private static DistanceLevels Build(Volume<byte> roi, BoundingBox box, DistanceTarget target, bool outward, double complete, ParallelOptions? parallel)
    {
        Volume<byte> crop = roi.Crop(box.Lower, box.Size);
        double[] field = DistanceTransform.SquaredDistances(crop, target, parallel).Buffer;
        ReadOnlySpan<byte> inside = crop.Voxels;
        var candidates = new List<double>(inside.Length);
        for (int i = 0; i < inside.Length; i++)
        {
            if ((inside[i] != 0) != outward)
            {
                candidates.Add(field[i]);
            }
        }

        return new DistanceLevels(box, field, [.. candidates], outward, complete);
    }

    private long CountAtMost(double level)
    {
        long count = 0;
        foreach (double q in _candidates)
        {
            count += q <= level ? 1 : 0;
        }

        return count;
    }

    /// <summary>The largest candidate below <paramref name="level"/>, or −∞.</summary>
    private double LargestBelow(double level)
    {
        double best = double.NegativeInfinity;
        foreach (double q in _candidates)
        {
            if (q < level && q > best)
            {
                best = q;
            }
        }

        return best;
    }

    /// <summary>The candidate of rank <paramref name="rank"/> (0-based, ascending): the first-order features' quickselect on a copy.</summary>
    private double Select(long rank)
    {
        double[] values = (double[])_candidates.Clone();
        Numerics.QuickSelect.Select(values, (int)rank, 0, values.Length - 1);
        return values[rank];
    }
}
