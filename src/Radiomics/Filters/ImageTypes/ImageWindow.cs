using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// What an image type filters when it works on part of the pre-processed image (<c>filterRegion: roi</c>): a window
/// of the image and its ROI, the region of interest inside it, and the whole image's context PyRadiomics' filters
/// depend on. Boxes are in the whole image's voxel indices.
/// </summary>
/// <param name="Image">The window of the pre-processed image (its geometry places it within the whole image).</param>
/// <param name="Mask">The ROI on the window's grid.</param>
/// <param name="Box">Where the window lies in the whole image.</param>
/// <param name="Region">The region the derived images are wanted on (inside <paramref name="Box"/>).</param>
/// <param name="PixelType">The pixel type SimpleITK would hold the image in (see <see cref="IImageType.Produce(Volume{double}, Volume{byte}, Configuration.RadiomicsSettings, VoxelType, ExtractionContext?)"/>).</param>
/// <param name="WholeGeometry">The whole pre-processed image's geometry (PyRadiomics' size rules use it).</param>
/// <param name="WholeMaxAbs">max |x| over the whole pre-processed image (the intensity transforms' coefficient), computed on demand.</param>
public sealed record ImageWindow(
    Volume<double> Image, Volume<byte> Mask, BoundingBox Box, BoundingBox Region, VoxelType PixelType, ImageGeometry WholeGeometry, Func<double> WholeMaxAbs)
{
    /// <summary>The whole image as its own window, the region being the whole image too.</summary>
    public static ImageWindow Whole(Volume<double> image, Volume<byte> mask, VoxelType pixelType = VoxelType.Float64)
    {
        BoundingBox all = FilterReach.Whole(image.Size);
        return new(image, mask, all, all, pixelType, image.Geometry, () => IntensityTransforms.IntensityFilters.MaxAbs(image));
    }

    /// <summary>Where derived images of the region may take their buffers (null: fresh arrays).</summary>
    internal Imaging.ExactLengthArrayPool? Buffers { get; init; }

    /// <summary>The threads the window's filters run on (<see cref="ExtractionContext.Default"/> unless the extraction gives its own).</summary>
    public ExtractionContext Context { get; init; } = ExtractionContext.Default;

    /// <summary>The geometry of the region's derived images: the whole image's, cropped to <see cref="Region"/>.</summary>
    public ImageGeometry RegionGeometry => WholeGeometry.SubRegion(Region.Lower, Region.Size);

    /// <summary>A buffer for one derived image of the region (recycled when <see cref="Buffers"/> is set), contents undefined.</summary>
    internal double[] NewRegionBuffer()
    {
        int length = checked((int)Region.Size.VoxelCount);
        return Buffers?.Rent<double>(length) ?? GC.AllocateUninitializedArray<double>(length);
    }

    /// <summary>A volume on the window's grid (a filter's output) cropped to <see cref="Region"/>; itself when they coincide.</summary>
    public Volume<double> ToRegion(Volume<double> onWindow) => ToRegion(onWindow, Box);

    /// <summary>
    /// A volume on the grid of <paramref name="box"/> (whole-image indices, holding the region) cropped to
    /// <see cref="Region"/>, with the geometry cropping the whole image gives (not one rounded twice).
    /// </summary>
    public Volume<double> ToRegion(Volume<double> onBox, BoundingBox box)
    {
        Volume<double> cropped = box == Region ? onBox : onBox.Crop(Region.Lower - box.Lower, Region.Size);
        ImageGeometry geometry = WholeGeometry.SubRegion(Region.Lower, Region.Size);
        return cropped.Geometry == geometry ? cropped : cropped.WithGeometry(geometry);
    }

    /// <summary>The part <paramref name="box"/> (whole-image indices, inside the window) of the window's image.</summary>
    public Volume<double> Part(BoundingBox box) => box == Box ? Image : Image.Crop(box.Lower - Box.Lower, box.Size);

    /// <summary>The part <paramref name="box"/> (whole-image indices, inside the window) of the window's ROI.</summary>
    public Volume<byte> MaskPart(BoundingBox box) => box == Box ? Mask : Mask.Crop(box.Lower - Box.Lower, box.Size);
}
