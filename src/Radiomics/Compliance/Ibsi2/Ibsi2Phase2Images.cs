using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// The two images the IBSI 2 phase-2 configurations filter (CONFIGURATIONS.md, "Phase 2"), built once from the IBSI 1
/// CT phantom (ROI GTV-1, label 1) by the IBSI chain (<see cref="IbsiChain"/>):
/// <list type="bullet">
/// <item>pipeline A: the native grid; intensity mask = ROI ∩ [−1000, 400] HU on the unfiltered intensities;</item>
/// <item>pipeline B: the centre-aligned 1 mm isotropic grid; image by cubic B-spline, rounded to integers; mask by
/// trilinear interpolation kept where ≥ 0.5, then re-segmented to [−1000, 400] HU on the resampled intensities.</item>
/// </list>
/// </summary>
internal sealed class Ibsi2Phase2Images
{
    public const string ImagePath = "ibsi1/ct_phantom/nifti/image/phantom.nii.gz";
    public const string MaskPath = "ibsi1/ct_phantom/nifti/mask/mask.nii.gz";

    private readonly Lazy<(Volume<double> Image, Volume<byte> Mask)> _native;
    private readonly Lazy<(Volume<double> Image, Volume<byte> Mask)> _pipelineA;
    private readonly Lazy<(Volume<double> Image, Volume<byte> Mask)> _pipelineB;

    public Ibsi2Phase2Images(string dataRoot)
    {
        _native = new(() => LoadNative(dataRoot));
        _pipelineA = new(() => Prepare(_native.Value.Image, _native.Value.Mask, PipelineA));
        _pipelineB = new(() => Prepare(_native.Value.Image, _native.Value.Mask, PipelineB));
    }

    /// <summary>The image (unfiltered) and intensity mask of <paramref name="pipeline"/>.</summary>
    public (Volume<double> Image, Volume<byte> Mask) For(Ibsi2Phase2Pipeline pipeline) => pipeline switch
    {
        Ibsi2Phase2Pipeline.A => _pipelineA.Value,
        Ibsi2Phase2Pipeline.B => _pipelineB.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(pipeline), pipeline, "Unknown pipeline."),
    };

    private static (Volume<double>, Volume<byte>) LoadNative(string dataRoot)
    {
        ImageData image = ImageReader.Read(Path.Combine(dataRoot, ImagePath));
        ImageData mask = ImageReader.Read(Path.Combine(dataRoot, MaskPath));
        if (!image.Geometry.Matches(mask.Geometry, 1e-4))
        {
            throw new InvalidDataException($"The CT phantom's image ({image.Geometry}) and mask ({mask.Geometry}) grids differ.");
        }

        return (image.ToDoubleVolume(), mask.ToBinaryMask(1));
    }

    /// <summary>Pipeline B's chain: the 1 mm isotropic centred grid by cubic B-spline, then the re-segmentation range.</summary>
    private static readonly IbsiChainPlan PipelineB = new(1, false, IbsiInterpolation.CubicSpline, Ibsi2Phase2Configuration.ResegmentationRange, false);

    /// <summary>Pipeline A's chain: the native grid, then the re-segmentation range.</summary>
    private static readonly IbsiChainPlan PipelineA = PipelineB with { Spacing = null };

    private static (Volume<double>, Volume<byte>) Prepare(Volume<double> image, Volume<byte> roi, IbsiChainPlan plan)
    {
        IbsiPreparedImage prepared = IbsiChain.Run(image, roi, plan);
        return (prepared.Image, prepared.IntensityMask);
    }
}
