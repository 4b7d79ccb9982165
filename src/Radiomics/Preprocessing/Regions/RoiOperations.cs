using System.Buffers;
using System.Globalization;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// Regions derived from an ROI mask: grown, shrunk, peritumoral ring, inner rim, clipped by or cut from another mask,
/// largest connected component, holes filled. Every result is a new binary mask (1 inside) on the ROI's grid.
/// </summary>
/// <remarks>
/// <para>Distances are Euclidean, in mm, between voxel centres, with the grid's own spacing on each axis (the direction
/// matrix does not change a distance). With <c>edt_out(v)</c> the distance from voxel v to the nearest ROI voxel and
/// <c>edt_in(v)</c> the distance from ROI voxel v to the nearest grid voxel outside the ROI (voxels beyond the grid's
/// edge do not count as outside):</para>
/// <list type="bullet">
/// <item>grow(d) = ROI ∪ {v : edt_out(v) ≤ d} (binary dilation with the ellipsoid {offset : |offset|mm ≤ d});</item>
/// <item>shrink(d) = {v ∈ ROI : edt_in(v) &gt; d} (erosion with the same ellipsoid; the complement of grow(d) of the complement);</item>
/// <item>ring(d) = grow(d) − ROI; inner rim(d) = ROI − shrink(d).</item>
/// </list>
/// <para>"≤ d" is decided as scipy decides <c>distance_transform_edt(…, sampling=spacing) &lt;= d</c>, on the same
/// floating-point distance (see <see cref="DistanceTransform"/>): a voxel at exactly d mm is inside. A distance below the
/// smallest spacing reaches no other voxel: the ring and rim are empty and the result carries a warning. The work is
/// done on the ROI's bounding box grown by the distance, so its cost follows the ROI, not the image.</para>
/// </remarks>
public static class RoiOperations
{
    /// <summary>The ROI plus every voxel whose centre lies at most <paramref name="distanceMm"/> mm from an ROI voxel's centre.</summary>
    /// <exception cref="RegionException">The distance is negative, infinite or NaN.</exception>
    public static RegionResult Grow(Volume<byte> roi, double distanceMm, ParallelOptions? parallel = null) =>
        Outward(roi, distanceMm, includeRoi: true, "grow", parallel);

    /// <summary>The voxels outside the ROI whose centre lies at most <paramref name="distanceMm"/> mm from an ROI voxel's centre (grow − ROI).</summary>
    /// <exception cref="RegionException">The distance is negative, infinite or NaN.</exception>
    public static RegionResult Ring(Volume<byte> roi, double distanceMm, ParallelOptions? parallel = null) =>
        Outward(roi, distanceMm, includeRoi: false, "ring", parallel);

    /// <summary>The ROI voxels farther than <paramref name="distanceMm"/> mm from every grid voxel outside the ROI.</summary>
    /// <exception cref="RegionException">The distance is negative, infinite or NaN.</exception>
    public static RegionResult Shrink(Volume<byte> roi, double distanceMm, ParallelOptions? parallel = null) =>
        Inward(roi, distanceMm, keepDeep: true, "shrink", parallel);

    /// <summary>The ROI voxels at most <paramref name="distanceMm"/> mm from a grid voxel outside the ROI (ROI − shrink).</summary>
    /// <exception cref="RegionException">The distance is negative, infinite or NaN.</exception>
    public static RegionResult InnerRim(Volume<byte> roi, double distanceMm, ParallelOptions? parallel = null) =>
        Inward(roi, distanceMm, keepDeep: false, "inner rim", parallel);

    /// <summary>The voxels in both <paramref name="region"/> and <paramref name="other"/> (for example a ring clipped to the body).</summary>
    /// <param name="regionName">How messages name <paramref name="region"/> (a file name, "ring 5 mm").</param>
    /// <param name="otherName">How messages name <paramref name="other"/>.</param>
    /// <param name="region">The first mask (non-zero inside).</param>
    /// <param name="other">The second mask, on the same grid.</param>
    /// <exception cref="RegionException">The two masks are on different grids (the message names both and their grids).</exception>
    public static RegionResult Intersect(Volume<byte> region, Volume<byte> other, string regionName = "region", string otherName = "mask") =>
        Combine(region, other, regionName, otherName, keepWhereOther: true);

    /// <summary>The voxels of <paramref name="region"/> that are not in <paramref name="other"/> (for example a ring without vessels).</summary>
    /// <exception cref="RegionException">The two masks are on different grids (the message names both and their grids).</exception>
    public static RegionResult Subtract(Volume<byte> region, Volume<byte> other, string regionName = "region", string otherName = "mask") =>
        Combine(region, other, regionName, otherName, keepWhereOther: false);

    /// <summary>
    /// The largest connected region of <paramref name="roi"/> under <paramref name="connectivity"/> (default 26, as
    /// PyRadiomics counts regions); among equally large regions the first in scan order (x fastest). A warning says how
    /// many regions and voxels were dropped.
    /// </summary>
    public static RegionResult LargestComponent(Volume<byte> roi, Connectivity connectivity = Connectivity.Full)
    {
        RegionLabels regions = ConnectedRegions.Label(roi, connectivity);
        var result = new Volume<byte>(roi.Geometry);
        var warnings = new List<string>();
        int keep = regions.Largest();
        if (keep == 0)
        {
            warnings.Add("largest component: the ROI is empty.");
            return new RegionResult(result, warnings);
        }

        ReadOnlySpan<int> labels = regions.Labels.Voxels;
        Span<byte> output = result.Voxels;
        for (int i = 0; i < labels.Length; i++)
        {
            output[i] = labels[i] == keep ? (byte)1 : (byte)0;
        }

        if (regions.Count > 1)
        {
            int dropped = regions.Sizes.Sum() - regions.SizeOf(keep);
            warnings.Add(Invariant($"largest component: kept {regions.SizeOf(keep)} voxels, dropped {regions.Count - 1} smaller region(s) of {dropped} voxels ({(int)connectivity}-connectivity)."));
        }

        return new RegionResult(result, warnings);
    }

    /// <summary>
    /// <paramref name="roi"/> with its holes filled: a hole is a connected region of voxels outside the ROI that does
    /// not reach the grid's edge, connected under the complement of <paramref name="connectivity"/> (face connectivity
    /// for an ROI connected by 18 or 26 neighbours, 26 for a face-connected ROI), so a hole cannot leak through a gap
    /// the ROI counts as closed. In 3D a cavity open to the outside in another slice is not a hole; an axis only one voxel
    /// long has no edge, so a single slice's holes are filled in plane.
    /// </summary>
    public static RegionResult FillHoles(Volume<byte> roi, Connectivity connectivity = Connectivity.Full)
    {
        ArgumentNullException.ThrowIfNull(roi);
        Size3 size = roi.Size;
        RegionLabels background = ConnectedRegions.Label(roi.Map(v => v == 0 ? (byte)1 : (byte)0), NeighbourOffsets.Complement(connectivity));
        var open = new bool[background.Count + 1];
        ReadOnlySpan<int> labels = background.Labels.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                bool edgeRow = OnEdge(z, size.Z) || OnEdge(y, size.Y);
                int row = size.Offset(0, y, z);
                for (int x = 0; x < size.X; x++)
                {
                    open[labels[row + x]] |= edgeRow || OnEdge(x, size.X);
                }
            }
        }

        var result = roi.Map(v => v != 0 ? (byte)1 : (byte)0);
        Span<byte> output = result.Voxels;
        int filled = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0 && !open[labels[i]])
            {
                output[i] = 1;
                filled++;
            }
        }

        var warnings = new List<string>();
        if (filled > 0)
        {
            warnings.Add(Invariant($"fill holes: filled {filled} voxels."));
        }

        return new RegionResult(result, warnings);
    }

    /// <summary>Whether index <paramref name="i"/> lies on the grid's edge along an axis of <paramref name="length"/> voxels (a one-voxel axis has no edge: a single slice's holes are found in plane).</summary>
    private static bool OnEdge(int i, int length) => length > 1 && (i == 0 || i == length - 1);

    /// <summary>What a distance operation keeps: <see cref="Grown"/> and <see cref="Ring"/> measure to the ROI, <see cref="Shrunk"/> and <see cref="Rim"/> to the outside.</summary>
    private enum Kept
    {
        Grown,
        Ring,
        Shrunk,
        Rim,
    }

    private static RegionResult Outward(Volume<byte> roi, double distance, bool includeRoi, string operation, ParallelOptions? parallel) =>
        ByDistance(roi, distance, includeRoi ? Kept.Grown : Kept.Ring, operation, parallel);

    private static RegionResult Inward(Volume<byte> roi, double distance, bool keepDeep, string operation, ParallelOptions? parallel) =>
        ByDistance(roi, distance, keepDeep ? Kept.Shrunk : Kept.Rim, operation, parallel);

    private static RegionResult ByDistance(Volume<byte> roi, double distance, Kept kept, string operation, ParallelOptions? parallel)
    {
        ArgumentNullException.ThrowIfNull(roi);
        ValidateDistance(distance, operation);
        var result = new Volume<byte>(roi.Geometry);
        var warnings = new List<string>();
        if (BoundingBox.Of(roi) is not { } extent)
        {
            warnings.Add($"{operation}: the ROI is empty.");
            return new RegionResult(result, warnings);
        }

        Vector3D spacing = roi.Geometry.Spacing;
        bool outward = kept is Kept.Grown or Kept.Ring;
        // Outward: an offset of more than d / s voxels along one axis alone is already farther than d. Inward: one
        // layer around the ROI's box holds a nearer outside voxel than any voxel beyond it (where the grid has one).
        BoundingBox box = outward ? PadBox(extent, roi.Size, a => Math.Floor(distance / spacing[a]) + 2) : PadBox(extent, roi.Size, _ => 1);
        double[] squared = ArrayPool<double>.Shared.Rent(checked((int)box.Size.VoxelCount));
        DistanceTransform.SquaredDistances(roi.Crop(box.Lower, box.Size), outward ? DistanceTarget.Inside : DistanceTarget.Outside, squared, parallel);
        double limit = DistanceThreshold.SquaredLimit(distance);
        ReadOnlySpan<byte> inside = roi.Voxels;
        Span<byte> output = result.Voxels;
        Size3 boxSize = box.Size;
        int count = 0;
        for (int z = 0; z < boxSize.Z; z++)
        {
            for (int y = 0; y < boxSize.Y; y++)
            {
                int row = roi.Size.Offset(box.Lower.X, box.Lower.Y + y, box.Lower.Z + z);
                int boxRow = boxSize.Offset(0, y, z);
                for (int x = 0; x < boxSize.X; x++)
                {
                    bool near = squared[boxRow + x] <= limit, isRoi = inside[row + x] != 0;
                    bool keep = kept switch
                    {
                        Kept.Grown => near,
                        Kept.Ring => near && !isRoi,
                        Kept.Shrunk => isRoi && !near,
                        _ => isRoi && near,
                    };
                    output[row + x] = keep ? (byte)1 : (byte)0;
                    count += keep ? 1 : 0;
                }
            }
        }

        ArrayPool<double>.Shared.Return(squared);
        string consequence = kept switch
        {
            Kept.Grown => "adds no voxel to the ROI",
            Kept.Shrunk => "removes no voxel from the ROI",
            _ => "is empty",
        };
        WarnBelowSpacing(distance, spacing, operation, consequence, warnings);
        if (count == 0 && kept == Kept.Shrunk)
        {
            warnings.Add(Invariant($"{operation} by {distance} mm leaves no voxel of the ROI."));
        }

        return new RegionResult(result, warnings);
    }

    private static RegionResult Combine(Volume<byte> region, Volume<byte> other, string regionName, string otherName, bool keepWhereOther)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(other);
        if (!region.Geometry.Matches(other.Geometry, MaskSelection.DefaultGeometryTolerance))
        {
            throw new RegionException($"{regionName} ({region.Geometry}) and {otherName} ({other.Geometry}) are on different grids; resample one onto the other first.");
        }

        var result = new Volume<byte>(region.Geometry);
        ReadOnlySpan<byte> a = region.Voxels, b = other.Voxels;
        Span<byte> output = result.Voxels;
        int count = 0;
        for (int i = 0; i < a.Length; i++)
        {
            bool keep = a[i] != 0 && (b[i] != 0) == keepWhereOther;
            output[i] = keep ? (byte)1 : (byte)0;
            count += keep ? 1 : 0;
        }

        var warnings = new List<string>();
        if (count == 0)
        {
            warnings.Add(keepWhereOther ? $"{regionName} and {otherName} do not overlap: the intersection is empty." : $"{otherName} covers all of {regionName}: nothing is left.");
        }

        return new RegionResult(result, warnings);
    }

    private static void ValidateDistance(double distance, string operation)
    {
        if (!double.IsFinite(distance) || distance < 0)
        {
            throw new RegionException(Invariant($"{operation}: the distance must be a finite number of mm ≥ 0, not {distance}."));
        }
    }

    private static void WarnBelowSpacing(double distance, Vector3D spacing, string operation, string consequence, List<string> warnings)
    {
        double smallest = Math.Min(spacing.X, Math.Min(spacing.Y, spacing.Z));
        if (distance < smallest)
        {
            warnings.Add(Invariant($"{operation} {distance} mm: the distance is below the smallest voxel spacing ({smallest} mm), so the result {consequence}."));
        }
    }

    /// <summary><paramref name="box"/> grown on each axis by <paramref name="margin"/>(axis) voxels, clipped to the grid.</summary>
    private static BoundingBox PadBox(BoundingBox box, Size3 grid, Func<int, double> margin)
    {
        int Low(int axis) => (int)Math.Max(0, box.Lower[axis] - Math.Min(margin(axis), grid[axis]));
        int High(int axis) => (int)Math.Min(grid[axis] - 1, box.Upper[axis] + Math.Min(margin(axis), grid[axis]));
        return new BoundingBox(new Index3(Low(0), Low(1), Low(2)), new Index3(High(0), High(1), High(2)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
