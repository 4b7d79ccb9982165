using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction;

/// <summary>
/// Runs a segment-based extraction as PyRadiomics' featureextractor does: mask selection, normalisation and
/// resampling (or pre-cropping), mask checks, re-segmentation, shape on the cropped original image, then for every
/// enabled image type, on the image cropped to the ROI's bounding box, discretisation (when an enabled family reads grey
/// levels) and every feature class, with PyRadiomics' output names. Immutable but for a thread-safe pool of buffers that extractions reuse; safe to share between threads.
/// </summary>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// Buffers an extraction gives back once done with them (the ROI box's intensities, each image type's discretised
    /// levels and texture grids), for its next image type and the next case: reused memory instead of fresh pages.
    /// </summary>
    private readonly ExactLengthArrayPool _buffers;
    private readonly IReadOnlyList<FamilyPlan> _plan;
    private readonly IReadOnlyList<(ImageTypeRequest Request, IImageType Type, RadiomicsSettings Settings)> _imageTypes;

    /// <summary>An extractor of the image types, feature classes and settings of <paramref name="parameters"/>, checked once here.</summary>
    /// <exception cref="ParameterException">A combination of settings is not allowed, or an image type is not available.</exception>
    public RadiomicsExtractor(ExtractionParameters parameters)
        : this(parameters, ExtractionContext.Default)
    {
    }

    /// <summary>
    /// An extractor of <paramref name="parameters"/> whose stages run on at most <paramref name="context"/>'s threads
    /// (see <see cref="ExtractionContext"/>); the features do not depend on it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ParameterException">A combination of settings is not allowed, or an image type is not available.</exception>
    public RadiomicsExtractor(ExtractionParameters parameters, ExtractionContext context)
        : this(parameters, new ExactLengthArrayPool(), context)
    {
    }

    /// <summary>An extractor sharing <paramref name="buffers"/> with another (the same settings but for the label).</summary>
    private RadiomicsExtractor(ExtractionParameters parameters, ExactLengthArrayPool buffers, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParameterCombinations.Check(parameters);
        _buffers = buffers;
        Context = context;
        Parameters = parameters;
        _plan = FeaturePlan.Resolve(parameters);
        _imageTypes = parameters.ImageTypes
            .Select(request => (request,
                ImageTypeRegistry.Find(request.Name) ?? throw new ParameterException($"{parameters.Source}: image type '{request.Name}' is not available."),
                request.EffectiveSettings(parameters.Settings, parameters.Source)))
            .ToArray();
    }

    /// <summary>The parameters the extractor was made with.</summary>
    public ExtractionParameters Parameters { get; }

    /// <summary>The threads the extractor's stages run on.</summary>
    public ExtractionContext Context { get; }

    /// <summary>The extractor's buffer pool (for stage-by-stage benchmarks that run the extraction's steps themselves).</summary>
    internal ExactLengthArrayPool Buffers => _buffers;

    /// <summary>
    /// An extractor of the same parameters, sharing this one's buffers, whose stages run on <paramref name="context"/>'s
    /// threads (e.g. one thread each for extractions that already run side by side).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public RadiomicsExtractor WithContext(ExtractionContext context) => new(Parameters, _buffers, context);

    /// <summary>The parameters' general settings (the <c>setting</c> section).</summary>
    public RadiomicsSettings Settings => Parameters.Settings;

    /// <summary>Reads an image and a mask file and extracts their features.</summary>
    public FeatureResult Extract(string imagePath, string maskPath) =>
        Extract(ImageReader.Read(imagePath), ImageReader.Read(maskPath), InputDescription.FromPath(imagePath), InputDescription.FromPath(maskPath));

    /// <summary>
    /// Extracts the features of one image and mask. <paramref name="inspect"/>, when given, sees the feature input of
    /// every derived image (its prefix, e.g. "original", and the cropped image, mask and settings) after the
    /// discretisation stage and before its features are computed — used to export texture matrices. Its grey levels
    /// (<see cref="FeatureInput.Discretised"/>) are readable even when no enabled family needed them.
    /// </summary>
    public FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource = null, InputDescription? maskSource = null,
        Action<string, FeatureInput>? inspect = null) =>
        Extract(image, mask, imageSource, maskSource, inspect, null);

    /// <summary>
    /// <see cref="Extract(ImageData, ImageData, InputDescription?, InputDescription?, Action{string, FeatureInput}?)"/>,
    /// handing every intermediate image (normalised, resampled, re-segmented, and each derived image as its features
    /// see it) to <paramref name="intermediates"/> when given; see <see cref="IIntermediateImageSink"/> for the names.
    /// The IBSI profile has no intermediate images to hand out.
    /// </summary>
    public FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource, InputDescription? maskSource,
        Action<string, FeatureInput>? inspect, IIntermediateImageSink? intermediates) =>
        Extract(image, mask, imageSource, maskSource, inspect, intermediates, null);

    /// <summary>The single-label path, the label-independent diagnostics taken from <paramref name="digests"/> when given.</summary>
    internal FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource, InputDescription? maskSource,
        Action<string, FeatureInput>? inspect, IIntermediateImageSink? intermediates, InputDigests? digests)
    {
        RadiomicsSettings settings = Settings;
        string maskName = maskSource?.Name ?? "mask";
        var result = new FeatureResult();
        if (settings.Output.AdditionalInfo)
        {
            Diagnostics.AddVersions(result);
            Diagnostics.AddConfiguration(result, Parameters);
            Diagnostics.AddImage(result, "original", image, imageSource, digests);
        }

        if (settings.Profile == ComplianceProfile.Ibsi)
        {
            return ExtractIbsi(result, image, mask, maskName);
        }

        // Without a caller that could keep an image or a feature input (inspect, intermediates), the large buffers are
        // reused: the resampled image and derived images for the next image type and the next case, and the box's
        // intensities and each input's derived data (given back to the pool when the input is disposed) likewise.
        bool recycle = inspect is null && intermediates is null;
        ExactLengthArrayPool? buffers = recycle ? _buffers : null;
        PreparedCase prepared = Prepare(image, mask, maskName, maskSource, settings.Output.AdditionalInfo ? result : null, intermediates, digests, buffers);
        BoundingBox box = prepared.Box;

        using var lease = new BufferLease(buffers);
        Volume<double> croppedImage = prepared.Region(box, lease);
        lease.Adopt(prepared.PooledBuffer);
        Volume<byte> croppedMask = prepared.FeatureRoi.Crop(box);
        intermediates?.Write("mask", ImageData.FromVolume(croppedMask));

        // 5. Shape, on the cropped original image (PyRadiomics crops with the final bounding box).
        foreach (FamilyPlan shape in _plan.Where(p => p.IsShape))
        {
            Volume<byte> shapeMask = ReferenceEquals(prepared.ShapeRoi, prepared.FeatureRoi) ? croppedMask : prepared.ShapeRoi.Crop(box);
            AddFamily(result, "original", shape, new FeatureInput(croppedImage, shapeMask, settings) { Context = Context });
        }

        // 6. Every image type, one derived image at a time, cropped to the bounding box: discretisation (only when an
        // enabled family reads grey levels), then the families. An inspector may read the levels in any case.
        bool discretise = Discretises;
        (int[] Runs, int VoxelCount) roiRuns = RoiRuns.Of(croppedMask.Voxels); // every image type shares the mask
        foreach (DerivedImage derived in DerivedImages(prepared, box, croppedImage, recycle))
        {
            intermediates?.Write(derived.Prefix, ImageData.FromVolume(derived.Image));
            using var input = new FeatureInput(derived.Image, croppedMask, derived.Settings, null, buffers, discretiseOnDemand: inspect is not null, roiRuns) { Context = Context };
            try
            {
                if (discretise)
                {
                    input.Discretise();
                }

                inspect?.Invoke(derived.Prefix, input);
                foreach (FamilyPlan family in _plan.Where(p => !p.IsShape))
                {
                    AddFamily(result, derived.Prefix, family, input);
                }
            }
            catch (ExtractionException e)
            {
                // Say which derived image (a filter's settings can make its values unusable).
                throw new ExtractionException($"image type '{derived.Prefix}': {e.Message}");
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
        IbsiChainPlan plan = IbsiPlan();
        Volume<byte> roi = MaskSelection.SelectRoi(image, mask, Settings.Mask, maskName); // the same label, channel and geometry checks
        ImageGeometry g = image.Geometry;
        Vector3D featureSpacing = g.Spacing;
        if (plan.Spacing is double spacing)
        {
            // IBSI's grid, refused before it is allocated when beyond the limits.
            featureSpacing = new Vector3D(spacing, spacing, plan.InPlaneOnly ? g.Spacing.Z : spacing);
            double Extent(int axis) => IbsiResampler.Extent(g, featureSpacing, axis);
            Preprocessing.Resampling.ResamplingGrid.RequireWithinLimits(Extent(0), Extent(1), Extent(2), new Vector3D(spacing, spacing, spacing), Settings.Limits);
        }

        // The local intensity features scan a 1 cm³ sphere around every ROI voxel: bounded like a filter's work.
        double roiVolume = (roi.Voxels.Length - roi.Voxels.Count((byte)0)) * g.Spacing.X * g.Spacing.Y * g.Spacing.Z;
        Features.Ibsi.LocalIntensityFamily.RequireWithinLimits(
            featureSpacing, roiVolume / (featureSpacing.X * featureSpacing.Y * featureSpacing.Z), Settings.Limits);

        foreach (var (tag, value) in Ibsi.Ibsi1Profile.Extract(image, mask, Settings, Context))
        {
            result.Add(tag, value);
        }

        return result;
    }

    /// <summary>The IBSI chain <c>profile: ibsi</c> runs for these settings (checked when the extractor is made).</summary>
    private IbsiChainPlan IbsiPlan()
    {
        try
        {
            return IbsiChainPlan.For(Settings);
        }
        catch (ParameterException e)
        {
            throw new ParameterException($"{Parameters.Source}: profile ibsi: {e.Message}");
        }
    }

    /// <summary>Whether an enabled family (shape aside) reads grey levels: then every image type runs the discretisation stage.</summary>
    private bool Discretises => _plan.Any(p => !p.IsShape && p.ReadsGreyLevels);

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
