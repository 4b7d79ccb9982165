using System.Globalization;
using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// Turns a mask file's label map into the binary ROI PyRadiomics would use: the <c>label_channel</c> component of a
/// vector mask, the voxels equal to <c>label</c>, on the image's grid (checked with <c>geometryTolerance</c>, or
/// resampled with nearest neighbour when <c>correctMask</c> is set and the mask overlaps the image).
/// </summary>
public static class MaskSelection
{
    /// <summary>ITK's default coordinate and direction tolerance (1e-6, relative to the first spacing for positions).</summary>
    public const double DefaultGeometryTolerance = 1e-6;

    /// <summary>The label's binary ROI (1 inside) on the mask's own grid; errors for a missing channel, label or empty mask.</summary>
    public static Volume<byte> SelectLabel(ImageData mask, MaskSettings settings, string maskName)
    {
        if (settings.LabelChannel >= mask.Components)
        {
            throw new ExtractionException(
                $"{maskName}: label_channel {settings.LabelChannel} does not exist; the mask has {mask.Components} component(s).");
        }

        int component = mask.Components > 1 ? settings.LabelChannel : 0;
        Volume<byte> roi = mask.ToBinaryMask(settings.Label, component);
        if (!roi.Voxels.ContainsAnyExcept((byte)0))
        {
            throw MissingLabel(mask, component, settings, maskName);
        }

        return roi;
    }

    /// <summary>
    /// <see cref="SelectRoi"/> for a mask whose geometry matches the image's within <c>geometryTolerance</c> (the caller
    /// checks it with <see cref="GeometriesMatch"/>): the same ROI, on the image's grid, held on its bounding box only
    /// (<see cref="ImageData.ToBinaryMaskInBox"/>); the same errors.
    /// </summary>
    internal static RoiMask SelectLabelInBox(ImageData mask, ImageGeometry image, MaskSettings settings, string maskName)
    {
        if (settings.LabelChannel >= mask.Components)
        {
            throw new ExtractionException(
                $"{maskName}: label_channel {settings.LabelChannel} does not exist; the mask has {mask.Components} component(s).");
        }

        int component = mask.Components > 1 ? settings.LabelChannel : 0;
        var (box, roi) = mask.ToBinaryMaskInBox(settings.Label, component) ?? throw MissingLabel(mask, component, settings, maskName);
        return new RoiMask(image, box, roi);
    }

    private static ExtractionException MissingLabel(ImageData mask, int component, MaskSettings settings, string maskName)
    {
        IReadOnlyList<double> labels = mask.DistinctNonZeroValues(component);
        return new ExtractionException(labels.Count == 0
            ? $"{maskName}: the mask is empty (no non-zero voxel)."
            : $"{maskName}: label {settings.Label} is not in the mask; labels present: {string.Join(", ", labels.Take(20).Select(l => l.ToString(CultureInfo.InvariantCulture)))}{(labels.Count > 20 ? ", …" : "")}.");
    }

    /// <summary>
    /// Puts the ROI on the image's grid: unchanged (with the image's exact geometry) when the geometries match within
    /// <c>geometryTolerance</c>; resampled with nearest neighbour when <c>correctMask</c> is set; an error otherwise.
    /// </summary>
    public static Volume<byte> AlignToImage(ImageGeometry image, Volume<byte> roi, MaskSettings settings, string maskName)
    {
        double tolerance = settings.GeometryTolerance ?? DefaultGeometryTolerance;
        if (GeometriesMatch(image, roi.Geometry, tolerance))
        {
            // Same grid within tolerance: the mask takes the image's exact geometry, as ITK does.
            return roi.WithGeometry(image);
        }

        if (!settings.CorrectMask)
        {
            throw new ExtractionException(
                $"{maskName}: the mask's geometry does not match the image's (image {image}; mask {roi.Geometry}). " +
                "Set correctMask: true to resample the mask onto the image grid, or geometryTolerance to accept small differences.");
        }

        Volume<byte> corrected = ResampleNearest(roi, image);
        if (!corrected.Voxels.ContainsAnyExcept((byte)0))
        {
            throw new ExtractionException($"{maskName}: the ROI (label {settings.Label}) lies outside the image; correctMask cannot place it on the image grid.");
        }

        return corrected;
    }

    /// <summary><see cref="SelectLabel"/> then <see cref="AlignToImage"/>.</summary>
    public static Volume<byte> SelectRoi(ImageData image, ImageData mask, MaskSettings settings, string maskName) =>
        AlignToImage(image.Geometry, SelectLabel(mask, settings, maskName), settings, maskName);

    /// <summary>
    /// The check ITK applies before combining two images: equal size, origins and spacings within
    /// <c>tolerance · spacing[0]</c>, direction cosines within <c>tolerance</c>.
    /// </summary>
    public static bool GeometriesMatch(ImageGeometry a, ImageGeometry b, double tolerance)
    {
        if (a.Size != b.Size)
        {
            return false;
        }

        double coordinateTolerance = Math.Abs(tolerance * a.Spacing.X);
        for (int axis = 0; axis < 3; axis++)
        {
            if (Math.Abs(a.Origin[axis] - b.Origin[axis]) > coordinateTolerance || Math.Abs(a.Spacing[axis] - b.Spacing[axis]) > coordinateTolerance)
            {
                return false;
            }
        }

        return a.Direction.ApproximatelyEquals(b.Direction, tolerance);
    }

    /// <summary>
    /// Nearest-neighbour resampling of a mask onto <paramref name="target"/> (ITK's NearestNeighborInterpolate:
    /// rounds each continuous index half up; points outside the mask grid get 0).
    /// </summary>
    public static Volume<byte> ResampleNearest(Volume<byte> mask, ImageGeometry target)
    {
        var result = new Volume<byte>(target);
        Span<byte> output = result.Voxels;
        Size3 size = target.Size;
        Size3 source = mask.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    Vector3D index = mask.Geometry.PhysicalToContinuousIndex(target.IndexToPhysical(x, y, z));
                    int i = (int)Math.Floor(index.X + 0.5), j = (int)Math.Floor(index.Y + 0.5), k = (int)Math.Floor(index.Z + 0.5);
                    if (source.Contains(new Index3(i, j, k)))
                    {
                        output[size.Offset(x, y, z)] = mask[i, j, k];
                    }
                }
            }
        }

        return result;
    }
}
