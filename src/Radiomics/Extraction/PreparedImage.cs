using Radiomics.Filters.IntensityTransforms;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction;

/// <summary>
/// The pre-processed image as the extractor reads it: any box of it as doubles, and max |x| over all of it, without
/// necessarily holding all of it as doubles (<c>filterRegion: roi</c> never does when nothing is resampled).
/// </summary>
internal abstract class PreparedImage
{
    public abstract ImageGeometry Geometry { get; }

    /// <summary>True when the whole image is held as doubles (reading it whole costs nothing).</summary>
    public abstract bool IsMaterialised { get; }

    /// <summary>The box's voxels as a volume with the box's geometry: a copy, except the held whole image itself; do not modify it.</summary>
    public abstract Volume<double> Read(BoundingBox box);

    /// <summary>
    /// <see cref="Read(BoundingBox)"/> into <paramref name="buffer"/> (exactly the box's voxel count), always a copy;
    /// the returned volume holds <paramref name="buffer"/>.
    /// </summary>
    public abstract Volume<double> ReadInto(BoundingBox box, double[] buffer);

    /// <summary>max |x| over every voxel (numpy's max of abs, NaN propagating).</summary>
    public abstract double MaxAbs();

    /// <summary>An image already held as doubles (resampled, pre-cropped, or converted whole).</summary>
    public sealed class Materialised(Volume<double> image) : PreparedImage
    {
        public override ImageGeometry Geometry => image.Geometry;

        public override bool IsMaterialised => true;

        public override Volume<double> Read(BoundingBox box) =>
            box.Lower == default && box.Size == image.Size ? image : image.Crop(box.Lower, box.Size);

        public override Volume<double> ReadInto(BoundingBox box, double[] buffer) => image.CropInto(box.Lower, box.Size, buffer);

        public override double MaxAbs() => IntensityFilters.MaxAbs(image);
    }

    /// <summary>
    /// The image as stored (first component), converted box by box; normalised on the fly with the whole image's
    /// statistics when <c>normalize</c> is on.
    /// </summary>
    public sealed class Stored(ImageData image, StreamingNormalisation? normalisation) : PreparedImage
    {
        public override ImageGeometry Geometry => image.Geometry;

        public override bool IsMaterialised => false;

        public override Volume<double> Read(BoundingBox box)
        {
            Volume<double> volume = box.Lower == default && box.Size == image.Geometry.Size
                ? image.ToDoubleVolume()
                : image.ToDoubleVolume(box.Lower, box.Size);
            normalisation?.ApplyInPlace(volume.Voxels);
            return volume;
        }

        public override Volume<double> ReadInto(BoundingBox box, double[] buffer)
        {
            Volume<double> volume = image.ToDoubleVolume(box.Lower, box.Size, buffer);
            normalisation?.ApplyInPlace(volume.Voxels);
            return volume;
        }

        public override double MaxAbs() => normalisation is null ? image.MaxAbs() : normalisation.MaxAbs(image);
    }
}
