using Radiomics.Configuration;
using Radiomics.Filters.ImageTypes;
using Radiomics.Filters.IntensityTransforms;
using Radiomics.Imaging;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Extraction;

/// <summary>
/// The PyRadiomics-profile preparation shared by segment-based and voxel-based extraction: mask selection,
/// normalisation, resampling or pre-cropping, mask checks and re-segmentation, then the derived images of every
/// image type, one at a time.
/// </summary>
/// <remarks>
/// Memory: without resampling or pre-cropping, and with <c>filterRegion: roi</c> (the default), the image is never
/// converted whole: each image type reads the window of the stored image it needs (normalised on the fly), so memory
/// follows the ROI's size and each filter's reach, not the image's. With <c>filterRegion: image</c>, filters run on
/// the whole image as in PyRadiomics.
/// </remarks>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// A case ready for feature computation. Masks and boxes are on the pre-processed image's grid (the input image's,
    /// or the resampled / pre-cropped grid), held whole; the image itself is read box by box (<see cref="PreparedCase.Region(BoundingBox)"/>).
    /// </summary>
    internal sealed class PreparedCase
    {
        private readonly PreparedImage _image;
        private Volume<double>? _working;
        private double? _maxAbs;

        public PreparedCase(PreparedImage image, RoiMask roi, RoiMask featureRoi, RoiMask shapeRoi, BoundingBox box, VoxelType pixelType)
        {
            _image = image;
            if (image.IsMaterialised)
            {
                _working = image.Read(FilterReach.Whole(image.Geometry.Size));
            }

            LabelRoi = roi;
            FeatureRoi = featureRoi;
            ShapeRoi = shapeRoi;
            Box = box;
            PixelType = pixelType;
        }

        /// <summary>The pre-processed image's grid.</summary>
        public ImageGeometry Geometry => _working?.Geometry ?? _image.Geometry;

        /// <summary>The pre-processed image's buffer when it was taken from the extractor's pool (handed back after the extraction).</summary>
        public double[]? PooledBuffer { get; init; }

        /// <summary>The label's ROI, before re-segmentation (possibly held on its bounding box only).</summary>
        public RoiMask LabelRoi { get; }

        /// <summary>The ROI the features use (re-segmented when <c>resegmentRange</c> is set; possibly held on a box only).</summary>
        public RoiMask FeatureRoi { get; }

        /// <summary>The ROI shape features use (possibly held on a box only).</summary>
        public RoiMask ShapeRoi { get; }

        /// <summary>The label's ROI on the whole grid (built on first use when only its box is held).</summary>
        public Volume<byte> Roi => LabelRoi.WholeVolume;

        /// <summary><see cref="FeatureRoi"/> on the whole grid (built on first use when only its box is held).</summary>
        public Volume<byte> FeatureMask => FeatureRoi.WholeVolume;

        /// <summary><see cref="ShapeRoi"/> on the whole grid (built on first use when only its box is held).</summary>
        public Volume<byte> ShapeMask => ShapeRoi.WholeVolume;

        /// <summary>The bounding box of <see cref="FeatureMask"/>.</summary>
        public BoundingBox Box { get; }

        /// <summary>The pixel type SimpleITK would hold the image in (see <see cref="IImageType.Produce(Volume{double}, Volume{byte}, RadiomicsSettings, VoxelType, ExtractionContext?)"/>).</summary>
        public VoxelType PixelType { get; }

        /// <summary>
        /// The whole pre-processed image as doubles. Converted (and then kept) on first use when the preparation did
        /// not hold it, which costs a whole-image copy: prefer <see cref="Geometry"/> for sizes and <see cref="Region(BoundingBox)"/>,
        /// which reads only a box.
        /// </summary>
        public Volume<double> Working => _working ??= _image.Read(FilterReach.Whole(_image.Geometry.Size));

        /// <summary>The box of the pre-processed image as doubles (a fresh copy unless it is the whole held image; do not modify it).</summary>
        public Volume<double> Region(BoundingBox box) => _working is { } whole
            ? (box.Lower == default && box.Size == whole.Size ? whole : whole.Crop(box.Lower, box.Size))
            : _image.Read(box);

        /// <summary>
        /// <see cref="Region(BoundingBox)"/>, a copy made into a buffer rented from <paramref name="lease"/> when it has a
        /// pool (handed back when the lease ends).
        /// </summary>
        public Volume<double> Region(BoundingBox box, BufferLease lease)
        {
            if (lease.Pool is null || (_working is { } whole && box.Lower == default && box.Size == whole.Size))
            {
                return Region(box);
            }

            double[] rented = lease.Rent<double>(checked((int)box.Size.VoxelCount))!;
            return _working is { } held ? held.CropInto(box.Lower, box.Size, rented) : _image.ReadInto(box, rented);
        }

        /// <summary>max |x| over the whole pre-processed image (computed once).</summary>
        public double MaxAbs => _maxAbs ??= _working is { } whole ? IntensityFilters.MaxAbs(whole) : _image.MaxAbs();

        /// <summary>The window <paramref name="box"/> of the image and the feature ROI, for the derived images of <paramref name="region"/>.</summary>
        public ImageWindow Window(BoundingBox box, BoundingBox region) => Window(box, region, new BufferLease(null));

        /// <summary>
        /// <see cref="Window(BoundingBox, BoundingBox)"/>, the window's image (a crop of the held image) and mask copied
        /// into buffers rented from <paramref name="lease"/> when it has a pool, and the derived images taking their
        /// buffers from that pool too.
        /// </summary>
        public ImageWindow Window(BoundingBox box, BoundingBox region, BufferLease lease) => Window(box, region, lease, null);

        /// <summary>
        /// <see cref="Window(BoundingBox, BoundingBox, BufferLease)"/>; when the window is <paramref name="region"/> itself
        /// and <paramref name="regionImage"/> (the image already cropped to the region, as <see cref="Region(BoundingBox)"/>
        /// gives it) is held, the window's image is that volume: no copy. Image types read a window's image and never
        /// write it, so the caller's crop is shared unchanged (it stays the caller's; the lease does not take it).
        /// </summary>
        public ImageWindow Window(BoundingBox box, BoundingBox region, BufferLease lease, Volume<double>? regionImage)
        {
            Volume<byte> mask = FeatureRoi.Crop(box, lease);
            Volume<double> image;
            if (regionImage is not null && box == region && regionImage.Size == box.Size)
            {
                image = regionImage;
            }
            else if (lease.Pool is not null && _working is { } whole && !(box.Lower == default && box.Size == whole.Size))
            {
                image = whole.CropInto(box.Lower, box.Size, lease.Rent<double>(checked((int)box.Size.VoxelCount))!);
            }
            else
            {
                image = Region(box);
            }

            return new ImageWindow(image, mask, box, region, PixelType, Geometry, () => MaxAbs) { Buffers = lease.Pool };
        }
    }

    /// <summary>Steps 1–4 of the PyRadiomics chain. Diagnostics are added to <paramref name="diagnostics"/> when given.</summary>
    internal PreparedCase Prepare(ImageData image, ImageData mask, string maskName, InputDescription? maskSource, FeatureResult? diagnostics) =>
        Prepare(image, mask, maskName, maskSource, diagnostics, null);

    /// <summary>Steps 1–4, handing the intermediate images to <paramref name="intermediates"/> when given.</summary>
    /// <param name="image">The image as read.</param>
    /// <param name="mask">The mask as read (the ROI is the settings' label of it).</param>
    /// <param name="maskName">The mask's name in messages.</param>
    /// <param name="maskSource">Where the mask was read from (its file hash), or null.</param>
    /// <param name="diagnostics">Receives the preprocessing diagnostics when given.</param>
    /// <param name="intermediates">Receives the intermediate images when given.</param>
    /// <param name="digests">The label-independent diagnostics already computed for this image and mask, or null.</param>
    /// <param name="buffers">When given, a resampled image's buffer is taken from it (<see cref="PreparedCase.PooledBuffer"/>).</param>
    internal PreparedCase Prepare(
        ImageData image, ImageData mask, string maskName, InputDescription? maskSource, FeatureResult? diagnostics, IIntermediateImageSink? intermediates,
        InputDigests? digests = null, ExactLengthArrayPool? buffers = null)
    {
        RadiomicsSettings settings = Settings;
        MaskSettings roiSettings = settings.Mask;
        NormalisationSettings normalisation = settings.Normalisation;
        ResegmentationSettings resegmentation = settings.Resegmentation;
        bool resampled = settings.Resampling.Spacing is not null;

        // 1. The label's ROI on the mask grid. When the mask is already on the image's grid and nothing resamples it,
        //    it is selected straight into its bounding box (no whole-image mask), on the image's grid.
        bool boxed = !resampled && !settings.Resampling.PreCrop
            && MaskSelection.GeometriesMatch(image.Geometry, mask.Geometry, roiSettings.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance);
        RoiMask? boxedRoi = boxed ? MaskSelection.SelectLabelInBox(mask, image.Geometry, roiSettings, maskName) : null;
        Volume<byte>? labelRoi = boxed ? null : MaskSelection.SelectLabel(mask, roiSettings, maskName);

        // 2. Normalisation (whole image), then resampling or pre-cropping, as PyRadiomics' loadImage.
        PreparedImage prepared;
        double[]? pooledBuffer = null;
        RoiMask roi;
        VoxelType pixelType = normalisation.Enabled ? VoxelType.Float64 : image.VoxelType; // sitk.Normalize outputs double
        if (resampled && !normalisation.Enabled)
        {
            // Resampling straight from the stored image (no whole-image double copy where the interpolator allows).
            ResampledImageAndMask resampledCase = Resampler.ResampleImageAndMask(image, labelRoi!, settings, pixelType, Context.Options(), buffers);
            pooledBuffer = resampledCase.PooledImageBuffer;
            roi = RoiMask.Whole(MaskSelection.AlignToImage(resampledCase.Image.Geometry, resampledCase.Mask, roiSettings, maskName));
            intermediates?.Write("resampled", ImageData.FromVolume(resampledCase.Image));
            intermediates?.Write("resampled_mask", ImageData.FromVolume(roi.WholeVolume));
            prepared = new PreparedImage.Materialised(resampledCase.Image);
        }
        else if (resampled || settings.Resampling.PreCrop || (settings.Filters.Region == FilterRegion.Image && (normalisation.Enabled || NeedsWholeImage)))
        {
            Volume<double> full = image.ToDoubleVolume();
            if (normalisation.Enabled)
            {
                full = Normalisation.Apply(full, normalisation);
                intermediates?.Write("normalized", ImageData.FromVolume(full));
            }

            if (resampled || settings.Resampling.PreCrop)
            {
                ResampledImageAndMask resampledCase = Resampler.ResampleImageAndMask(full, labelRoi!, settings, pixelType, Context.Options());
                full = resampledCase.Image;
                roi = RoiMask.Whole(MaskSelection.AlignToImage(full.Geometry, resampledCase.Mask, roiSettings, maskName));
                string stage = resampled ? "resampled" : "cropped";
                intermediates?.Write(stage, ImageData.FromVolume(full));
                intermediates?.Write(stage + "_mask", ImageData.FromVolume(roi.WholeVolume));
            }
            else
            {
                roi = boxedRoi ?? RoiMask.Whole(MaskSelection.AlignToImage(full.Geometry, labelRoi!, roiSettings, maskName));
            }

            prepared = new PreparedImage.Materialised(full);
        }
        else
        {
            // filterRegion roi (or the original image only): the stored image is read box by box as needed.
            roi = boxedRoi ?? RoiMask.Whole(MaskSelection.AlignToImage(image.Geometry, labelRoi!, roiSettings, maskName));
            prepared = new PreparedImage.Stored(image, normalisation.Enabled ? StreamingNormalisation.Of(image, normalisation) : null);
            if (normalisation.Enabled && intermediates is not null)
            {
                intermediates.Write("normalized", ImageData.FromVolume(prepared.Read(FilterReach.Whole(image.Geometry.Size))));
            }
        }

        // 3. Mask checks and the bounding box.
        BoundingBox box = RoiChecks.Validate(roi, roiSettings, maskName);
        if (diagnostics is not null)
        {
            // The label's ROI as selected, on the mask file's own grid.
            RoiMask selected = boxedRoi?.WithGrid(mask.Geometry) ?? RoiMask.Whole(labelRoi!);
            Diagnostics.AddMask(diagnostics, "original", mask, maskSource, selected, boxedRoi?.Extent ?? BoundingBox.Of(labelRoi!)!.Value, default, digests);
            bool corrected = !resampled && roiSettings.CorrectMask && !boxed
                && !MaskSelection.GeometriesMatch(image.Geometry, labelRoi!.Geometry, roiSettings.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance);
            if (corrected)
            {
                Diagnostics.AddMask(diagnostics, "corrected", null, null, roi, box);
            }

            if (resampled)
            {
                Diagnostics.AddImage(diagnostics, "interpolated", prepared.Read(FilterReach.Whole(prepared.Geometry.Size)));
                Diagnostics.AddMask(diagnostics, "interpolated", null, null, roi, box);
            }
        }

        // 4. Re-segmentation: features other than shape use the re-segmented mask (shape too with resegmentShape).
        //    Only the ROI's voxels matter, so only its box is read.
        RoiMask featureRoi = roi;
        if (resegmentation.Range is not null)
        {
            Volume<byte> resegmented = Resegmentation.Apply(prepared.Read(box), roi.Crop(box), resegmentation, roiSettings.Label);
            featureRoi = new RoiMask(roi.Grid, box, resegmented);
            box = RoiChecks.Validate(featureRoi, roiSettings, maskName);
            if (diagnostics is not null)
            {
                Diagnostics.AddMask(diagnostics, "resegmented", null, null, featureRoi, box);
            }

            intermediates?.Write("resegmented_mask", ImageData.FromVolume(featureRoi.WholeVolume));
        }

        return new PreparedCase(prepared, roi, featureRoi, resegmentation.ApplyToShape ? featureRoi : roi, box, pixelType) { PooledBuffer = pooledBuffer };
    }

    /// <summary>
    /// Every enabled image type's derived images, in PyRadiomics' order, each cropped to <paramref name="region"/> of
    /// the prepared grid and produced only when enumerated, so one derived image is alive at a time. With
    /// <c>filterRegion: roi</c> (per image type) each type filters only the window of the image the region needs
    /// (<see cref="IImageType.InputRegion"/>); with <c>image</c>, the whole image.
    /// <paramref name="croppedOriginal"/>, when given, is the working image already cropped to the region: the original
    /// image, and the window of every type whose window is the region (the intensity transforms), so those types copy
    /// nothing; it must stay unchanged while the images are enumerated.
    /// With <paramref name="recycle"/>, derived images, windows and their masks take their buffers from the extractor's
    /// pool and give them back as soon as they are done (for the next image type and the next case): only for a
    /// consumer that keeps nothing of a derived image (its volume or anything reading it) once it asks for the next one.
    /// </summary>
    internal IEnumerable<DerivedImage> DerivedImages(PreparedCase prepared, BoundingBox region, Volume<double>? croppedOriginal = null, bool recycle = false)
    {
        ExactLengthArrayPool? buffers = recycle ? _buffers : null;
        foreach (var (_, type, typeSettings) in _imageTypes)
        {
            if (type is OriginalImageType)
            {
                yield return new DerivedImage("original", croppedOriginal ?? prepared.Region(region), typeSettings);
                continue;
            }

            // The work this type's settings ask for on its window is bounded before it starts (FilterWork).
            Size3 window = typeSettings.Filters.Region == FilterRegion.Image
                ? prepared.Geometry.Size
                : type.InputRegion(region, prepared.Geometry, typeSettings).Size;
            FilterWork.Require(type, typeSettings, window.VoxelCount, prepared.Geometry.Spacing);
            foreach (DerivedImage derived in typeSettings.Filters.Region == FilterRegion.Image
                ? WholeImageDerived(prepared, type, typeSettings, region, Context)
                : WindowedDerived(prepared, type, typeSettings, region, croppedOriginal, buffers, Context))
            {
                yield return derived;

                // Asked for the next one: the consumer is done with this image, whose buffer the next image type (or
                // the next case) may take from the extractor's pool.
                if (buffers is not null && derived.OwnBuffer is { } done)
                {
                    buffers.Return(done);
                }
            }
        }
    }

    /// <summary><c>filterRegion: image</c>: the type on the whole image (PyRadiomics), each image cropped to the region.</summary>
    private static IEnumerable<DerivedImage> WholeImageDerived(PreparedCase prepared, IImageType type, RadiomicsSettings settings, BoundingBox region, ExtractionContext context) =>
        type.Produce(prepared.Working, prepared.FeatureMask, settings, prepared.PixelType, context)
            .Select(derived => derived with { Image = derived.Image.Crop(region.Lower, region.Size) });

    /// <summary>
    /// <c>filterRegion: roi</c>: the type on the window the region needs. A separate iterator, so that the window is
    /// released as soon as the type's last image has been handed out.
    /// </summary>
    private static IEnumerable<DerivedImage> WindowedDerived(
        PreparedCase prepared, IImageType type, RadiomicsSettings settings, BoundingBox region, Volume<double>? croppedOriginal,
        ExactLengthArrayPool? buffers, ExtractionContext context)
    {
        // The window's copies go back to the pool when the type's last image has been handed out, except the image's
        // when a derived image kept it as its own voxels (that image hands it back itself).
        using var lease = new BufferLease(buffers);
        ImageWindow window = prepared.Window(type.InputRegion(region, prepared.Geometry, settings), region, lease, croppedOriginal) with { Context = context };
        foreach (DerivedImage derived in type.Produce(window, settings))
        {
            lease.Release(derived.Image.Buffer);
            yield return derived;
        }
    }
}
