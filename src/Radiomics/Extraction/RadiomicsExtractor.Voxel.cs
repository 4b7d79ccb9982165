using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>The preparation step of voxel-based extraction (see <see cref="Voxel.VoxelExtractor"/>).</summary>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// Prepares a case for voxel maps: <see cref="Prepare"/>, then the map grid PyRadiomics uses in voxel mode, the ROI's
    /// bounding box padded by <c>kernelRadius</c> and clipped to the image (<c>cropToTumorMask(…, padDistance=kernelRadius)</c>).
    /// When <see cref="Prepare"/> converted only the ROI's box of the stored image (original image type, no resampling,
    /// pre-cropping or normalisation), the working image is widened here to hold that padding, from the same stored voxels.
    /// </summary>
    internal (PreparedCase Prepared, BoundingBox Region) PrepareVoxel(ImageData image, ImageData mask, string maskName)
    {
        PreparedCase prepared = Prepare(image, mask, maskName, null, null);
        int radius = Settings.KernelRadius;
        bool boxOnly = Settings.ResampledPixelSpacing is null && !Settings.PreCrop && !Settings.Normalize
            && prepared.Working.Size != image.Geometry.Size;
        if (boxOnly && radius > 0)
        {
            prepared = Widen(prepared, image, radius);
        }

        return (prepared, prepared.Box.Pad(radius, prepared.Working.Size));
    }

    /// <summary>Re-reads the working image with <paramref name="radius"/> more voxels around it; the masks are zero there.</summary>
    private static PreparedCase Widen(PreparedCase prepared, ImageData image, int radius)
    {
        Vector3D continuous = image.Geometry.PhysicalToContinuousIndex(prepared.Working.Geometry.Origin);
        var offset = new Index3((int)Math.Round(continuous.X), (int)Math.Round(continuous.Y), (int)Math.Round(continuous.Z));
        Size3 size = prepared.Working.Size, full = image.Geometry.Size;
        var lower = new Index3(Math.Max(0, offset.X - radius), Math.Max(0, offset.Y - radius), Math.Max(0, offset.Z - radius));
        var upper = new Index3(
            Math.Min(full.X - 1, offset.X + size.X - 1 + radius),
            Math.Min(full.Y - 1, offset.Y + size.Y - 1 + radius),
            Math.Min(full.Z - 1, offset.Z + size.Z - 1 + radius));
        var widened = new BoundingBox(lower, upper);
        Volume<double> working = image.ToDoubleVolume(widened.Lower, widened.Size);
        Index3 shift = offset - lower;

        Volume<byte> Place(Volume<byte> source)
        {
            var target = new Volume<byte>(working.Geometry);
            for (int z = 0; z < size.Z; z++)
            {
                for (int y = 0; y < size.Y; y++)
                {
                    source.Voxels.Slice(size.Offset(0, y, z), size.X)
                        .CopyTo(target.Voxels.Slice(working.Size.Offset(shift.X, y + shift.Y, z + shift.Z), size.X));
                }
            }

            return target;
        }

        Volume<byte> roi = Place(prepared.Roi);
        Volume<byte> featureMask = ReferenceEquals(prepared.FeatureMask, prepared.Roi) ? roi : Place(prepared.FeatureMask);
        Volume<byte> shapeMask = ReferenceEquals(prepared.ShapeMask, prepared.Roi) ? roi
            : ReferenceEquals(prepared.ShapeMask, prepared.FeatureMask) ? featureMask : Place(prepared.ShapeMask);
        var box = new BoundingBox(prepared.Box.Lower + shift, prepared.Box.Upper + shift);
        return prepared with { Working = working, Roi = roi, FeatureMask = featureMask, ShapeMask = shapeMask, Box = box };
    }
}
