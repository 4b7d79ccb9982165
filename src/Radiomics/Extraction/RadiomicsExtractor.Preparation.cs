using Radiomics.Configuration;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Extraction;

/// <summary>
/// The PyRadiomics-profile preparation shared by segment-based and voxel-based extraction: mask selection,
/// normalisation, resampling or pre-cropping, mask checks and re-segmentation, then the derived images of every
/// image type, one at a time.
/// </summary>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// A case ready for feature computation.
    /// </summary>
    /// <param name="Working">The pre-processed image (possibly only the ROI's box of the stored image).</param>
    /// <param name="Roi">The label's ROI on <paramref name="Working"/>'s grid, before re-segmentation.</param>
    /// <param name="FeatureMask">The ROI the features use (re-segmented when <c>resegmentRange</c> is set).</param>
    /// <param name="ShapeMask">The ROI shape features use.</param>
    /// <param name="Box">The bounding box of <paramref name="FeatureMask"/> on <paramref name="Working"/>'s grid.</param>
    /// <param name="PixelType">The pixel type SimpleITK would hold the image in (see <see cref="IImageType.Produce"/>).</param>
    internal sealed record PreparedCase(
        Volume<double> Working, Volume<byte> Roi, Volume<byte> FeatureMask, Volume<byte> ShapeMask, BoundingBox Box, VoxelType PixelType);

    /// <summary>Steps 1–4 of the PyRadiomics chain. Diagnostics are added to <paramref name="diagnostics"/> when given.</summary>
    internal PreparedCase Prepare(ImageData image, ImageData mask, string maskName, InputDescription? maskSource, FeatureResult? diagnostics)
    {
        RadiomicsSettings settings = Settings;

        // 1. The label's ROI on the mask grid.
        Volume<byte> labelRoi = MaskSelection.SelectLabel(mask, settings, maskName);

        // 2. Normalisation (whole image), then resampling or pre-cropping, as PyRadiomics' loadImage.
        Volume<double> working;
        Volume<byte> roi;
        Index3 cropOffset = default;
        VoxelType pixelType = settings.Normalize ? VoxelType.Float64 : image.VoxelType; // sitk.Normalize outputs double
        bool resampled = settings.ResampledPixelSpacing is not null;
        if (resampled || settings.PreCrop || settings.Normalize || NeedsWholeImage)
        {
            Volume<double> full = image.ToDoubleVolume();
            if (settings.Normalize)
            {
                full = Normalisation.Apply(full, settings);
            }

            if (resampled || settings.PreCrop)
            {
                ResampledImageAndMask resampledCase = Resampler.ResampleImageAndMask(full, labelRoi, settings, pixelType);
                working = resampledCase.Image;
                roi = MaskSelection.AlignToImage(working.Geometry, resampledCase.Mask, settings, maskName);
            }
            else
            {
                working = full;
                roi = MaskSelection.AlignToImage(working.Geometry, labelRoi, settings, maskName);
            }
        }
        else
        {
            // Original image only: convert just the ROI's box to double.
            roi = MaskSelection.AlignToImage(image.Geometry, labelRoi, settings, maskName);
            BoundingBox roiBox = RoiChecks.Validate(roi, settings, maskName);
            working = image.ToDoubleVolume(roiBox.Lower, roiBox.Size);
            roi = roi.Crop(roiBox.Lower, roiBox.Size);
            cropOffset = roiBox.Lower;
        }

        // 3. Mask checks and the bounding box.
        BoundingBox box = RoiChecks.Validate(roi, settings, maskName);
        if (diagnostics is not null)
        {
            Diagnostics.AddMask(diagnostics, "original", mask, maskSource, labelRoi, BoundingBox.Of(labelRoi)!.Value);
            bool corrected = !resampled && settings.CorrectMask
                && !MaskSelection.GeometriesMatch(image.Geometry, labelRoi.Geometry, settings.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance);
            if (corrected)
            {
                Diagnostics.AddMask(diagnostics, "corrected", null, null, roi, box, cropOffset);
            }

            if (resampled)
            {
                Diagnostics.AddImage(diagnostics, "interpolated", working);
                Diagnostics.AddMask(diagnostics, "interpolated", null, null, roi, box);
            }
        }

        // 4. Re-segmentation: features other than shape use the re-segmented mask (shape too with resegmentShape).
        Volume<byte> featureMask = roi;
        if (settings.ResegmentRange is not null)
        {
            featureMask = Resegmentation.Apply(working, roi, settings);
            box = RoiChecks.Validate(featureMask, settings, maskName);
            if (diagnostics is not null)
            {
                Diagnostics.AddMask(diagnostics, "resegmented", null, null, featureMask, box, cropOffset);
            }
        }

        return new PreparedCase(working, roi, featureMask, settings.ResegmentShape ? featureMask : roi, box, pixelType);
    }

    /// <summary>
    /// Every enabled image type's derived images, in PyRadiomics' order, each cropped to <paramref name="region"/> of
    /// the prepared grid and produced only when enumerated, so one derived image is alive at a time.
    /// <paramref name="croppedOriginal"/>, when given, is the working image already cropped to the region.
    /// </summary>
    internal IEnumerable<DerivedImage> DerivedImages(PreparedCase prepared, BoundingBox region, Volume<double>? croppedOriginal = null)
    {
        foreach (var (_, type, typeSettings) in _imageTypes)
        {
            if (type is OriginalImageType)
            {
                yield return new DerivedImage("original", croppedOriginal ?? prepared.Working.Crop(region.Lower, region.Size), typeSettings);
                continue;
            }

            foreach (DerivedImage derived in type.Produce(prepared.Working, prepared.FeatureMask, typeSettings, prepared.PixelType))
            {
                yield return derived with { Image = derived.Image.Crop(region.Lower, region.Size) };
            }
        }
    }
}
