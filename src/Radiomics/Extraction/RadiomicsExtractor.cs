using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction;

/// <summary>
/// Runs a segment-based extraction as PyRadiomics' featureextractor does: mask selection and checks, (resampling,
/// normalisation, re-segmentation), shape on the original image, then every enabled image type × feature class,
/// with PyRadiomics' output names. Immutable; safe to share between threads.
/// </summary>
public sealed partial class RadiomicsExtractor
{
    private readonly IReadOnlyList<FamilyPlan> _plan;

    public RadiomicsExtractor(ExtractionParameters parameters)
    {
        Parameters = parameters;
        _plan = FeaturePlan.Resolve(parameters);
    }

    public ExtractionParameters Parameters { get; }

    public RadiomicsSettings Settings => Parameters.Settings;

    /// <summary>Reads an image and a mask file and extracts their features.</summary>
    public FeatureResult Extract(string imagePath, string maskPath) =>
        Extract(ImageReader.Read(imagePath), ImageReader.Read(maskPath), InputDescription.FromPath(imagePath), InputDescription.FromPath(maskPath));

    /// <summary>Extracts the features of one image and mask.</summary>
    public FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource = null, InputDescription? maskSource = null)
    {
        RadiomicsSettings settings = Settings;
        string maskName = maskSource?.Name ?? "mask";
        var result = new FeatureResult();

        Volume<byte> roi = MaskSelection.SelectRoi(image, mask, settings, maskName);
        BoundingBox box = RoiChecks.Validate(roi, settings, maskName);

        if (settings.AdditionalInfo)
        {
            Diagnostics.AddVersions(result);
            Diagnostics.AddConfiguration(result, Parameters);
            Diagnostics.AddImage(result, "original", image, imageSource ?? new InputDescription("image", null));
            Diagnostics.AddMask(result, "original", mask, maskSource ?? new InputDescription("mask", null), roi, box);
        }

        // Original image type, cropped to the ROI's bounding box: texture and first order see only ROI voxels, so
        // the crop changes nothing but the cost.
        Volume<double> croppedImage = image.ToDoubleVolume(box.Lower, box.Size);
        Volume<byte> croppedMask = roi.Crop(box.Lower, box.Size);

        foreach (FamilyPlan shape in _plan.Where(p => p.IsShape))
        {
            var input = new FeatureInput(croppedImage, croppedMask, settings);
            AddFamily(result, "original", shape, input);
        }

        foreach (ImageTypeRequest type in Parameters.ImageTypes)
        {
            RadiomicsSettings typeSettings = type.EffectiveSettings(settings, Parameters.Source);
            foreach (var (prefix, derived) in ImageTypes.Produce(type.Name, croppedImage, croppedMask, typeSettings))
            {
                var input = new FeatureInput(derived, croppedMask, typeSettings);
                foreach (FamilyPlan family in _plan.Where(p => !p.IsShape))
                {
                    AddFamily(result, prefix, family, input);
                }
            }
        }

        return result;
    }

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
