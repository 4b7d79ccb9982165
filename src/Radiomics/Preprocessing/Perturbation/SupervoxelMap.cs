using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Supervoxels of a box of an image grid: every voxel of <see cref="Region"/> carries a label 1 … <see cref="Count"/>;
/// every label is one face-connected piece.
/// </summary>
public sealed class SupervoxelMap
{
    private readonly int[] _labels;

    /// <summary>Each label's box on the image grid (index = label).</summary>
    private readonly BoundingBoxBuilder[] _boxes;

    /// <summary>Wraps <paramref name="labels"/> (not copied) as the supervoxels of <paramref name="region"/>.</summary>
    /// <param name="region">The box of the image grid the labels cover.</param>
    /// <param name="labels">One label per voxel of the box (x fastest), each 1 … <paramref name="count"/>.</param>
    /// <param name="count">The number of supervoxels.</param>
    /// <exception cref="ArgumentException">There is not one label per voxel of the box.</exception>
    public SupervoxelMap(BoundingBox region, int[] labels, int count)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != region.Size.VoxelCount)
        {
            throw new ArgumentException("One label per voxel of the region is needed.", nameof(labels));
        }

        Region = region;
        _labels = labels;
        Count = count;
        _boxes = new BoundingBoxBuilder[count + 1];
        Array.Fill(_boxes, new BoundingBoxBuilder());
        Size3 size = region.Size;
        for (int z = 0, at = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, at++)
                {
                    _boxes[labels[at]].IncludeRow(region.Lower.X + x, region.Lower.X + x, region.Lower.Y + y, region.Lower.Z + z);
                }
            }
        }
    }


    /// <summary>The box of the image grid the supervoxels cover (inclusive indices).</summary>
    public BoundingBox Region { get; }

    /// <summary>The number of supervoxels.</summary>
    public int Count { get; }

    /// <summary>The labels of the region's voxels, x fastest.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>The box (on the image grid) of the supervoxels whose entry in <paramref name="selected"/> (index = label) is true, or null when none is.</summary>
    public BoundingBox? BoxOf(IReadOnlyList<bool> selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var union = new BoundingBoxBuilder();
        for (int k = 1; k <= Count && k < selected.Count; k++)
        {
            if (selected[k] && _boxes[k].Result is { } box)
            {
                union.IncludeRow(box.Lower.X, box.Upper.X, box.Lower.Y, box.Lower.Z);
                union.IncludeRow(box.Lower.X, box.Upper.X, box.Upper.Y, box.Upper.Z);
            }
        }

        return union.Result;
    }

    /// <summary>The label of the voxel at <paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/> of the image grid (0 outside the region).</summary>
    public int LabelAt(int x, int y, int z)
    {
        Index3 lower = Region.Lower, upper = Region.Upper;
        if (x < lower.X || y < lower.Y || z < lower.Z || x > upper.X || y > upper.Y || z > upper.Z)
        {
            return 0;
        }

        return _labels[Region.Size.Offset(x - lower.X, y - lower.Y, z - lower.Z)];
    }
}
