using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// The two images the IBSI 2 phase-2 configurations filter (CONFIGURATIONS.md, "Phase 2"), built once from the IBSI 1
/// CT phantom (ROI GTV-1, label 1):
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
        _pipelineA = new(() => Resegmented(_native.Value.Image, _native.Value.Mask));
        _pipelineB = new(() => Resample(_native.Value.Image, _native.Value.Mask));
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

    private static (Volume<double>, Volume<byte>) Resample(Volume<double> image, Volume<byte> roi)
    {
        ImageGeometry grid = CentredGridResampling.TargetGeometry(image.Geometry, new Vector3D(1, 1, 1));
        Volume<double> resampled = CentredGridResampling.CubicBSpline(image, grid);
        Span<double> voxels = resampled.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = Math.Round(voxels[i]);
        }

        Volume<double> fraction = CentredGridResampling.Linear(roi.Map(v => (double)v), grid);
        Volume<byte> mask = fraction.Map(v => v >= 0.5 ? (byte)1 : (byte)0);
        return Resegmented(resampled, mask);
    }

    /// <summary>Keeps the ROI voxels whose intensity lies in [−1000, 400] HU (both bounds included).</summary>
    private static (Volume<double>, Volume<byte>) Resegmented(Volume<double> image, Volume<byte> roi)
    {
        (double lower, double upper) = Ibsi2Phase2Configuration.ResegmentationRange;
        var mask = new Volume<byte>(roi.Geometry);
        ReadOnlySpan<double> v = image.Voxels;
        ReadOnlySpan<byte> r = roi.Voxels;
        Span<byte> m = mask.Voxels;
        for (int i = 0; i < m.Length; i++)
        {
            m[i] = r[i] != 0 && v[i] >= lower && v[i] <= upper ? (byte)1 : (byte)0;
        }

        return (image, mask);
    }
}
