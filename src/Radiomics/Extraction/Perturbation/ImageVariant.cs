using Radiomics.Configuration.Perturbation;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Extraction.Perturbation;

/// <summary>
/// One image of a case's variants (a noise draw, rotation and translation) with its ROI on the same grid, and what the
/// variants built on it share: the volume-adapted ROIs, the supervoxels and the keeping probabilities. Immutable after
/// construction but for thread-safe lazy members, so the variants of one image run in parallel.
/// </summary>
internal sealed class ImageVariant
{
    /// <summary>MIRP's margin around the ROI for the supervoxels (mm).</summary>
    public const double SupervoxelMarginMm = 25;

    private readonly Dictionary<double, Lazy<AdaptedRoi>> _adapted;
    private readonly Dictionary<double, Lazy<double[]>> _probabilities;
    private readonly Lazy<SupervoxelMap> _supervoxels;
    private readonly Configuration.RadiomicsSettings _extraction;

    public ImageVariant(ImageData image, Volume<byte> roi, InputDescription? source, PerturbationSettings settings, Configuration.RadiomicsSettings extraction, ExtractionContext context)
    {
        Image = image;
        Roi = roi;
        Source = source;
        _extraction = extraction;
        RoiBox = BoundingBox.Of(roi) ?? throw new ExtractionException("the ROI lies outside the image after the rotation or translation.");
        Digests = new InputDigests(image, image);
        if (extraction.Output.AdditionalInfo)
        {
            // Made once here: the variants then only read them, in parallel.
            Digests.HashOf(image);
            Digests.StatisticsOf(image);
        }

        _adapted = settings.RoiAdaptSizes.Append(0).Distinct().ToDictionary(
            size => size, size => new Lazy<AdaptedRoi>(() => VolumeAdaptation.Apply(Roi, settings.RoiAdaptType, size, settings.RoiAdaptMaxErosion, context.Options())));
        _probabilities = _adapted.Keys.ToDictionary(
            size => size, size => new Lazy<double[]>(() => ContourRandomisation.Probabilities(ContourRandomisation.Overlaps(Supervoxels, Adapted(size).Mask))));
        _supervoxels = new Lazy<SupervoxelMap>(ComputeSupervoxels);
    }

    /// <summary>The image the features see (the stored input itself when neither noise nor resampling changed it).</summary>
    public ImageData Image { get; }

    /// <summary>The ROI on <see cref="Image"/>'s grid.</summary>
    public Volume<byte> Roi { get; }

    public BoundingBox RoiBox { get; }

    /// <summary>The image's description for diagnostics (the input file's when the image is the input itself).</summary>
    public InputDescription? Source { get; }

    /// <summary>The image's hash and statistics, computed once for all its variants.</summary>
    public InputDigests Digests { get; }

    public SupervoxelMap Supervoxels => _supervoxels.Value;

    /// <summary>The ROI adapted by <paramref name="size"/> (one of <c>roiAdaptSizes</c>, or 0).</summary>
    public AdaptedRoi Adapted(double size) => _adapted[size].Value;

    /// <summary>A randomisation of the ROI adapted by <paramref name="size"/>, its supervoxels kept by <paramref name="draws"/>.</summary>
    public Volume<byte> Randomised(double size, SplitMixStream draws) =>
        ContourRandomisation.Mask(Supervoxels, ContourRandomisation.Select(_probabilities[size].Value, draws), Roi.Geometry);

    /// <summary>
    /// The supervoxels over every adapted ROI's box plus MIRP's 25 mm, intensities clipped as MIRP clips them: to the
    /// re-segmentation range when it is absolute, else to the ROI's range, widened by 10% on each side.
    /// </summary>
    private SupervoxelMap ComputeSupervoxels()
    {
        BoundingBox union = RoiBox;
        foreach (double size in _adapted.Keys)
        {
            if (BoundingBox.Of(Adapted(size).Mask) is { } box)
            {
                union = new BoundingBox(
                    new Index3(Math.Min(union.Lower.X, box.Lower.X), Math.Min(union.Lower.Y, box.Lower.Y), Math.Min(union.Lower.Z, box.Lower.Z)),
                    new Index3(Math.Max(union.Upper.X, box.Upper.X), Math.Max(union.Upper.Y, box.Upper.Y), Math.Max(union.Upper.Z, box.Upper.Z)));
            }
        }

        Size3 grid = Roi.Size;
        Vector3D spacing = Roi.Geometry.Spacing;
        int Margin(int axis) => (int)Math.Ceiling(SupervoxelMarginMm / spacing[axis]);
        var region = new BoundingBox(
            new Index3(Math.Max(0, union.Lower.X - Margin(0)), Math.Max(0, union.Lower.Y - Margin(1)), Math.Max(0, union.Lower.Z - Margin(2))),
            new Index3(Math.Min(grid.X - 1, union.Upper.X + Margin(0)), Math.Min(grid.Y - 1, union.Upper.Y + Margin(1)), Math.Min(grid.Z - 1, union.Upper.Z + Margin(2))));
        (double low, double high) = IntensityRange();
        double widen = 0.1 * (high - low);
        return Preprocessing.Perturbation.Supervoxels.Compute(Image, region, low - widen, high + widen);
    }

    /// <summary>The re-segmentation range (absolute mode), its missing bound taken from the ROI's intensities.</summary>
    private (double Low, double High) IntensityRange()
    {
        Volume<double> box = Image.ToDoubleVolume(RoiBox.Lower, RoiBox.Size);
        Volume<byte> mask = Roi.Crop(RoiBox.Lower, RoiBox.Size);
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        ReadOnlySpan<double> values = box.Voxels;
        ReadOnlySpan<byte> inside = mask.Voxels;
        for (int i = 0; i < values.Length; i++)
        {
            if (inside[i] != 0)
            {
                low = Math.Min(low, values[i]);
                high = Math.Max(high, values[i]);
            }
        }

        if (_extraction.Resegmentation.Range is { } range && _extraction.Resegmentation.Mode == Configuration.ResegmentMode.Absolute)
        {
            low = range[0];
            high = range.Count > 1 ? range[1] : high;
        }

        return (low, high);
    }
}
