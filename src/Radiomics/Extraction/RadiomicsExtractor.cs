using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Extraction;

/// <summary>
/// Runs a segment-based extraction as PyRadiomics' featureextractor does: mask selection, normalisation and
/// resampling (or pre-cropping), mask checks, re-segmentation, shape on the cropped original image, then every
/// enabled image type × feature class on the image cropped to the ROI's bounding box, with PyRadiomics' output
/// names. Immutable; safe to share between threads.
/// </summary>
public sealed partial class RadiomicsExtractor
{
    private readonly IReadOnlyList<FamilyPlan> _plan;
    private readonly IReadOnlyList<(ImageTypeRequest Request, IImageType Type, RadiomicsSettings Settings)> _imageTypes;

    public RadiomicsExtractor(ExtractionParameters parameters)
    {
        Parameters = parameters;
        _plan = FeaturePlan.Resolve(parameters);
        _imageTypes = parameters.ImageTypes
            .Select(request => (request,
                ImageTypeRegistry.Find(request.Name) ?? throw new ParameterException($"{parameters.Source}: image type '{request.Name}' is not available."),
                request.EffectiveSettings(parameters.Settings, parameters.Source)))
            .ToArray();
    }

    public ExtractionParameters Parameters { get; }

    public RadiomicsSettings Settings => Parameters.Settings;

    /// <summary>Reads an image and a mask file and extracts their features.</summary>
    public FeatureResult Extract(string imagePath, string maskPath) =>
        Extract(ImageReader.Read(imagePath), ImageReader.Read(maskPath), InputDescription.FromPath(imagePath), InputDescription.FromPath(maskPath));

    /// <summary>
    /// Extracts the features of one image and mask. <paramref name="inspect"/>, when given, sees the feature input of
    /// every derived image (its prefix, e.g. "original", and the cropped image, mask and settings) before its
    /// features are computed — used to export texture matrices.
    /// </summary>
    public FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource = null, InputDescription? maskSource = null,
        Action<string, FeatureInput>? inspect = null)
    {
        RadiomicsSettings settings = Settings;
        string maskName = maskSource?.Name ?? "mask";
        var result = new FeatureResult();
        if (settings.AdditionalInfo)
        {
            Diagnostics.AddVersions(result);
            Diagnostics.AddConfiguration(result, Parameters);
            Diagnostics.AddImage(result, "original", image, imageSource);
        }

        if (settings.Profile == ComplianceProfile.Ibsi)
        {
            return ExtractIbsi(result, image, mask, maskName);
        }

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
                ResampledImageAndMask prepared = Resampler.ResampleImageAndMask(full, labelRoi, settings, pixelType);
                working = prepared.Image;
                roi = MaskSelection.AlignToImage(working.Geometry, prepared.Mask, settings, maskName);
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
        if (settings.AdditionalInfo)
        {
            Diagnostics.AddMask(result, "original", mask, maskSource, labelRoi, BoundingBox.Of(labelRoi)!.Value);
            bool corrected = !resampled && settings.CorrectMask
                && !MaskSelection.GeometriesMatch(image.Geometry, labelRoi.Geometry, settings.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance);
            if (corrected)
            {
                Diagnostics.AddMask(result, "corrected", null, null, roi, box, cropOffset);
            }

            if (resampled)
            {
                Diagnostics.AddImage(result, "interpolated", working);
                Diagnostics.AddMask(result, "interpolated", null, null, roi, box);
            }
        }

        // 4. Re-segmentation: features other than shape use the re-segmented mask (shape too with resegmentShape).
        Volume<byte> featureMask = roi;
        if (settings.ResegmentRange is not null)
        {
            featureMask = Resegmentation.Apply(working, roi, settings);
            box = RoiChecks.Validate(featureMask, settings, maskName);
            if (settings.AdditionalInfo)
            {
                Diagnostics.AddMask(result, "resegmented", null, null, featureMask, box, cropOffset);
            }
        }

        Volume<byte> shapeMask = settings.ResegmentShape ? featureMask : roi;
        Volume<double> croppedImage = working.Crop(box.Lower, box.Size);
        Volume<byte> croppedMask = featureMask.Crop(box.Lower, box.Size);

        // 5. Shape, on the cropped original image (PyRadiomics crops with the final bounding box).
        foreach (FamilyPlan shape in _plan.Where(p => p.IsShape))
        {
            AddFamily(result, "original", shape, new FeatureInput(croppedImage, shapeMask.Crop(box.Lower, box.Size), settings));
        }

        // 6. Every image type, one derived image at a time, cropped to the bounding box.
        foreach (var (_, type, typeSettings) in _imageTypes)
        {
            IEnumerable<DerivedImage> derived = type is OriginalImageType
                ? [new DerivedImage("original", croppedImage, typeSettings)]
                : type.Produce(working, featureMask, typeSettings, pixelType);
            foreach (DerivedImage image1 in derived)
            {
                Volume<double> filtered = image1.Image.Size == croppedImage.Size && ReferenceEquals(image1.Image, croppedImage)
                    ? croppedImage
                    : image1.Image.Crop(box.Lower, box.Size);
                var input = new FeatureInput(filtered, croppedMask, image1.Settings);
                inspect?.Invoke(image1.Prefix, input);
                foreach (FamilyPlan family in _plan.Where(p => !p.IsShape))
                {
                    AddFamily(result, image1.Prefix, family, input);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// <c>profile: ibsi</c>: the IBSI 1 chain (centred-grid interpolation, rounding, mask interpolated and thresholded at
    /// 0.5, range and outlier re-segmentation, IBSI discretisation) with every IBSI feature under its reference tag.
    /// </summary>
    private FeatureResult ExtractIbsi(FeatureResult result, ImageData image, ImageData mask, string maskName)
    {
        Ibsi.Ibsi1Configuration configuration;
        try
        {
            configuration = Ibsi.Ibsi1Configuration.FromSettings(Settings);
        }
        catch (ArgumentException e)
        {
            throw new ParameterException($"{Parameters.Source}: profile ibsi: {e.Message}");
        }

        MaskSelection.SelectRoi(image, mask, Settings, maskName); // the same label, channel and geometry checks
        foreach (var (tag, value) in Ibsi.Ibsi1Profile.Extract(image, mask, configuration))
        {
            result.Add(tag, value);
        }

        return result;
    }

    /// <summary>Filtered image types need the image around the ROI, not only its box.</summary>
    private bool NeedsWholeImage => _imageTypes.Any(t => t.Type is not OriginalImageType);

    private static void AddFamily(FeatureResult result, string prefix, FamilyPlan plan, FeatureInput input)
    {
        if (plan.Features.Count == 0)
        {
            return;
        }

        double[] values = plan.Family.Compute(input, plan.Features);
        for (int i = 0; i < values.Length; i++)
        {
            result.Add($"{prefix}_{plan.Family.Name}_{plan.Features[i].Name}", values[i]);
        }
    }
}
