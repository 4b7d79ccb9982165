using Radiomics.Imaging;

namespace Radiomics.Analysis.Habitats;

/// <summary>Habitat labels of ROI voxels as a label volume, and back.</summary>
public static class HabitatMap
{
    /// <summary>
    /// A label map on <paramref name="roi"/>'s grid: 0 outside the ROI, habitat <c>label + 1</c> (1-based) at each ROI
    /// voxel, <paramref name="labels"/> holding one 0-based habitat per ROI voxel in scan order (x fastest, then y,
    /// then z: the row order of <see cref="VoxelFeatureMatrix.FromMaps"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The label count differs from the ROI's voxel count, or a label is outside 0..254.</exception>
    public static Volume<byte> ToVolume(Volume<byte> roi, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(roi);
        ArgumentNullException.ThrowIfNull(labels);
        ReadOnlySpan<byte> inside = roi.Voxels;
        int count = inside.Length - inside.Count((byte)0);
        if (labels.Count != count)
        {
            throw new ArgumentException($"{labels.Count} labels for an ROI of {count} voxels.", nameof(labels));
        }

        var map = new Volume<byte>(roi.Geometry);
        Span<byte> output = map.Voxels;
        int row = 0;
        for (int v = 0; v < inside.Length; v++)
        {
            if (inside[v] == 0)
            {
                continue;
            }

            int label = labels[row++];
            if ((uint)label > 254)
            {
                throw new ArgumentException($"Habitat label {label} does not fit a label map (0..254).", nameof(labels));
            }

            output[v] = (byte)(label + 1);
        }

        return map;
    }

    /// <summary>The 0-based habitat of every ROI voxel of a label map (value − 1), in scan order; the inverse of <see cref="ToVolume"/>.</summary>
    public static int[] ToLabels(Volume<byte> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var labels = new List<int>();
        foreach (byte value in map.Voxels)
        {
            if (value != 0)
            {
                labels.Add(value - 1);
            }
        }

        return [.. labels];
    }
}
