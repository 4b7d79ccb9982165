using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Supervoxels of a box of an image grid: every voxel of <see cref="Region"/> carries a label 1 … <see cref="Count"/>;
/// every label is one face-connected piece.
/// </summary>
public sealed class SupervoxelMap
{
    private readonly int[] _labels;

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
    }

    /// <summary>The box of the image grid the supervoxels cover (inclusive indices).</summary>
    public BoundingBox Region { get; }

    /// <summary>The number of supervoxels.</summary>
    public int Count { get; }

    /// <summary>The labels of the region's voxels, x fastest.</summary>
    public ReadOnlySpan<int> Labels => _labels;

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
