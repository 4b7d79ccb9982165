using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>PyRadiomics' checkMask rules on the selected ROI: its bounding box, minimumROIDimensions, minimumROISize.</summary>
public static class RoiChecks
{
    public static BoundingBox Validate(Volume<byte> roi, RadiomicsSettings settings, string maskName)
    {
        BoundingBox box = BoundingBox.Of(roi) ?? throw new ExtractionException($"{maskName}: the ROI is empty.");
        Size3 size = box.Size;
        int dimensions = (size.X > 1 ? 1 : 0) + (size.Y > 1 ? 1 : 0) + (size.Z > 1 ? 1 : 0);
        if (dimensions < settings.MinimumRoiDimensions)
        {
            throw new ExtractionException(
                $"{maskName}: the ROI spans {dimensions} dimension(s) (bounding box {size}) but minimumROIDimensions is {settings.MinimumRoiDimensions}.");
        }

        if (settings.MinimumRoiSize is int minimum)
        {
            int count = roi.Voxels.Length - roi.Voxels.Count((byte)0);
            if (count < minimum)
            {
                throw new ExtractionException($"{maskName}: the ROI has {count} voxel(s), fewer than minimumROISize {minimum}.");
            }
        }

        return box;
    }
}
