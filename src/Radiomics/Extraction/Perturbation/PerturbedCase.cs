using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Extraction.Perturbation;

/// <summary>
/// The perturbed variants of one image and mask (Zwanenburg et al. 2019), each extracted exactly as
/// <see cref="RadiomicsExtractor"/> extracts an image: variant 0 is the inputs themselves (the same result as a plain
/// extraction, bit for bit); every other variant is the image with noise added (before anything else), sampled on a
/// rotated or translated grid, with its ROI adapted in volume and randomised by supervoxels, in that order (MIRP's).
/// </summary>
/// <remarks>
/// <para>Thread-safe: <see cref="Extract"/> may run for several variants at once. Work the variants share is done once
/// by the first that needs it — a noisy image per draw, an image and ROI per grid, the adapted ROIs and supervoxels
/// per image — and dropped when its last variant is done, so memory follows the variants in progress. Run the variants
/// grouped by image (in index order) to keep it low. Every random draw depends only on the seed and the variant's
/// parameters, so results do not depend on the thread count, the order of the calls or the other variants.</para>
/// <para>Without rotation, translation or <c>resampledPixelSpacing</c>, a variant keeps the input's grid and the
/// extraction's own steps run on it as usual. Otherwise the variant is sampled once, on the moved lattice
/// (<see cref="PerturbationGrid"/>), and the extraction finds the spacing already right.</para>
/// </remarks>
public sealed class PerturbedCase
{
    private const ulong RandomisationPurpose = 0x72616E646F6DUL; // "random"

    private readonly RadiomicsExtractor _extractor;
    private readonly RadiomicsExtractor _variantExtractor;
    private readonly ImageData _image;
    private readonly ImageData _mask;
    private readonly InputDescription? _imageSource;
    private readonly InputDescription? _maskSource;
    private readonly Volume<byte> _roi;
    private readonly BoundingBox _roiBox;
    private readonly ImageGeometry _lattice;
    private readonly Lazy<Volume<double>> _doubles;
    private readonly Lazy<double> _noiseLevel;
    private readonly Dictionary<int, SharedValue<Volume<double>>> _noisy = [];
    private readonly Dictionary<ImageKey, SharedValue<ImageVariant>> _images = [];

    /// <exception cref="ExtractionException">The mask's label, channel or geometry cannot be used (as in extraction).</exception>
    public PerturbedCase(RadiomicsExtractor extractor, ImageData image, ImageData mask, PerturbationSettings settings,
        InputDescription? imageSource = null, InputDescription? maskSource = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        _extractor = extractor;
        _image = image;
        _mask = mask;
        _imageSource = imageSource;
        _maskSource = maskSource;
        RadiomicsSettings extraction = extractor.Settings;
        // The variants' masks are scalar label maps: a label channel of the input no longer applies to them.
        _variantExtractor = extraction.Mask.LabelChannel == 0 ? extractor : extractor.ForLabel(extraction.Mask.Label, 0);
        _roi = Preprocessing.MaskSelection.SelectRoi(image, mask, extraction.Mask, maskSource?.Name ?? "mask");
        _roiBox = BoundingBox.Of(_roi)!.Value;
        _lattice = PerturbationGrid.Lattice(image.Geometry, _roiBox, extraction);
        Plan = new PerturbationPlan(settings, [_roiBox.Size.X > 1, _roiBox.Size.Y > 1, _roiBox.Size.Z > 1]);
        _doubles = new Lazy<Volume<double>>(() => image.ToDoubleVolume());
        _noiseLevel = new Lazy<double>(() => settings.NoiseLevel ?? NoiseEstimation.ChangSigma(_doubles.Value, extractor.Context.Options()));
        foreach (IGrouping<ImageKey, PerturbationVariant> group in Plan.Variants.Skip(1).GroupBy(ImageKey.Of))
        {
            ImageKey key = group.Key;
            _images[key] = new SharedValue<ImageVariant>(() => BuildImage(key), group.Count());
        }

        foreach (IGrouping<int, ImageKey> draw in _images.Keys.Where(k => k.Noise > 0).GroupBy(k => k.Noise))
        {
            int repetition = draw.Key;
            _noisy[repetition] = new SharedValue<Volume<double>>(
                () => GaussianNoise.Add(_doubles.Value, NoiseLevel, settings.Seed, repetition, extractor.Context.Options()), draw.Count());
        }
    }

    /// <summary>The variants to extract.</summary>
    public PerturbationPlan Plan { get; }

    /// <summary>σ of the added noise: <c>noiseLevel</c>, or the image's own noise estimated (Chang et al.) when it is null.</summary>
    public double NoiseLevel => _noiseLevel.Value;

    /// <summary>Extracts variant <paramref name="index"/> of <see cref="Plan"/>. Call it once per variant.</summary>
    /// <exception cref="ExtractionException">This variant cannot be extracted (e.g. its ROI became too small).</exception>
    public PerturbationOutcome Extract(int index)
    {
        PerturbationVariant variant = Plan.Variants[index];
        if (index == 0)
        {
            return new PerturbationOutcome(variant, _extractor.Extract(_image, _mask, _imageSource, _maskSource), 0, new AdaptedRoi(_roi, 0, 1));
        }

        SharedValue<ImageVariant> shared = _images[ImageKey.Of(variant)];
        try
        {
            ImageVariant image = shared.Get();
            AdaptedRoi adapted = image.Adapted(variant.RoiAdaptSize);
            Volume<byte> roi = variant.Randomisation == 0 ? adapted.Mask : image.Randomised(variant.RoiAdaptSize, DrawsOf(variant));
            var maskSource = new InputDescription($"{_maskSource?.Name ?? "mask"} (variant {variant.Id})", null);
            FeatureResult result = _variantExtractor.Extract(image.Image, LabelMap(roi), image.Source, maskSource, null, null, image.Digests);
            return new PerturbationOutcome(variant, result, variant.NoiseRepetition == 0 ? 0 : NoiseLevel, adapted);
        }
        finally
        {
            shared.Release();
        }
    }

    /// <summary>The image and ROI of one noise draw, rotation and translation.</summary>
    private ImageVariant BuildImage(ImageKey key)
    {
        Volume<double>? noisy = null;
        if (key.Noise > 0)
        {
            SharedValue<Volume<double>> draw = _noisy[key.Noise];
            noisy = draw.Get();
            draw.Release(); // this image holds what it needs of it from here on
        }

        ImageGeometry grid = PerturbationGrid.Moved(_lattice, key.Rotation, key.Translation);
        if (ReferenceEquals(grid, _image.Geometry))
        {
            return noisy is null
                ? new ImageVariant(_image, _roi, _imageSource, Plan.Settings, _extractor.Settings, _extractor.Context)
                : new ImageVariant(ImageData.FromVolume(noisy), _roi, null, Plan.Settings, _extractor.Settings, _extractor.Context);
        }

        Volume<double> sampled = GridSampling.Image(noisy ?? _doubles.Value, grid, _extractor.Settings.Resampling.Interpolator, _extractor.Context.Options());
        return new ImageVariant(ImageData.FromVolume(sampled), GridSampling.Roi(_roi, _roiBox, grid, _extractor.Context.Options()), null, Plan.Settings, _extractor.Settings, _extractor.Context);
    }

    /// <summary>The draws of one randomisation: keyed by the seed and the variant's parameters (not its position in the plan).</summary>
    private SplitMixStream DrawsOf(PerturbationVariant variant)
    {
        static ulong Bits(double value) => BitConverter.DoubleToUInt64Bits(value + 0.0); // −0 and +0 alike
        return SplitMixStream.For(Plan.Settings.Seed, RandomisationPurpose)
            .Child((ulong)variant.NoiseRepetition).Child(Bits(variant.Rotation))
            .Child(Bits(variant.Translation.X)).Child(Bits(variant.Translation.Y)).Child(Bits(variant.Translation.Z))
            .Child(Bits(variant.RoiAdaptSize)).Child((ulong)variant.Randomisation);
    }

    /// <summary>
    /// The ROI as a label map holding the extraction's <c>label</c>: the ROI's own 0/1 bytes for label 1 (read, never
    /// written, by the extraction), else a copy with the label in bytes when it fits, or in 32-bit integers.
    /// </summary>
    private ImageData LabelMap(Volume<byte> roi)
    {
        int label = _extractor.Settings.Mask.Label;
        if (label == 1)
        {
            return new ImageData(roi.Geometry, VoxelType.UInt8, roi.Buffer);
        }

        ReadOnlySpan<byte> inside = roi.Voxels;
        if (label is >= 1 and <= byte.MaxValue)
        {
            var bytes = new byte[inside.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = inside[i] != 0 ? (byte)label : (byte)0;
            }

            return new ImageData(roi.Geometry, VoxelType.UInt8, bytes);
        }

        var values = new int[inside.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = inside[i] != 0 ? label : 0;
        }

        return new ImageData(roi.Geometry, VoxelType.Int32, values);
    }

    /// <summary>What an image variant is made of: the noise draw, the rotation and the translation.</summary>
    private readonly record struct ImageKey(int Noise, double Rotation, Vector3D Translation)
    {
        public static ImageKey Of(PerturbationVariant variant) => new(variant.NoiseRepetition, variant.Rotation, variant.Translation);
    }
}
