using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction;

/// <summary>PyRadiomics' checkMask rules on the selected ROI: its bounding box, minimumROIDimensions, minimumROISize.</summary>
internal static class RoiChecks
{
    public static BoundingBox Validate(Volume<byte> roi, MaskSettings settings, string maskName) =>
        Validate(BoundingBox.Of(roi), () => roi.Voxels.Length - roi.Voxels.Count((byte)0), settings, maskName);

    /// <summary><see cref="Validate(Volume{byte}, MaskSettings, string)"/> for a ROI held on a box of its grid.</summary>
    internal static BoundingBox Validate(RoiMask roi, MaskSettings settings, string maskName) =>
        Validate(roi.Bounds(), roi.Count, settings, maskName);

    private static BoundingBox Validate(BoundingBox? bounds, Func<int> voxelCount, MaskSettings settings, string maskName)
    {
        BoundingBox box = bounds ?? throw new ExtractionException($"{maskName}: the ROI is empty.");
        Size3 size = box.Size;
        int dimensions = (size.X > 1 ? 1 : 0) + (size.Y > 1 ? 1 : 0) + (size.Z > 1 ? 1 : 0);
        if (dimensions < settings.MinimumRoiDimensions)
        {
            throw new ExtractionException(
                $"{maskName}: the ROI spans {dimensions} dimension(s) (bounding box {size}) but minimumROIDimensions is {settings.MinimumRoiDimensions}.");
        }

        if (settings.MinimumRoiSize is int minimum)
        {
            int count = voxelCount();
            if (count < minimum)
            {
                throw new ExtractionException($"{maskName}: the ROI has {count} voxel(s), fewer than minimumROISize {minimum}.");
            }
        }

        return box;
    }
}
