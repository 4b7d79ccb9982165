using System.Globalization;
using Radiomics.Configuration;
using Radiomics.Filters.Wavelets;
using Radiomics.IO;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// How much work an image type's settings ask for per voxel of its window (kernel taps, samples, orientations,
/// rotations, passes), so that a setting such as <c>gaborThetaStep: 1e-9</c>, <c>ibsiWaveletLevel: 16</c> or
/// <c>ibsiLoGSigma: [1e5]</c> is refused, naming it, before the filter runs instead of running for hours: the window's
/// voxels times the work per voxel may be at most <see cref="InputLimits.MaxVoxels"/> ×
/// <see cref="OperationsPerLimitVoxel"/>, and the values it holds at once (window voxels times samples, orientations
/// or rotated copies) at most <see cref="InputLimits.MaxVoxels"/>. The estimates are orders of magnitude
/// (multiply-adds, array elements), not exact counts; the defaults of every filter are far below the bounds on a
/// whole-body CT.
/// </summary>
public static class FilterWork
{
    /// <summary>The operations a filter may spend per voxel of the limit (4096: about an hour of work at the default limit).</summary>
    public const double OperationsPerLimitVoxel = 4096;

    /// <summary>Throws a <see cref="ParameterException"/> when <paramref name="type"/> would do more work, or hold more values, than the limits allow on a window of <paramref name="windowVoxels"/> voxels.</summary>
    public static void Require(IImageType type, RadiomicsSettings settings, double windowVoxels, Imaging.Vector3D spacing)
    {
        (double perVoxel, double valuesPerVoxel, string keys) = PerVoxel(type.Name, settings, spacing);
        (double fixedOperations, double fixedValues) = Tables(type.Name, settings, spacing);
        double total = (perVoxel * windowVoxels) + fixedOperations, values = (valuesPerVoxel * windowVoxels) + fixedValues;
        if (!(total <= settings.Limits.MaxVoxels * OperationsPerLimitVoxel) || !settings.Limits.Allows(values))
        {
            throw new ParameterException(string.Create(CultureInfo.InvariantCulture,
                $"imageType {type.Name}: its settings ({keys}) ask for about {perVoxel:G3} operations and {valuesPerVoxel:G3} values per voxel on a window of {windowVoxels:G3} voxels, " +
                $"more than {settings.Limits.Describe()} allows ({OperationsPerLimitVoxel:0} operations and one value per voxel of the limit); use smaller values"));
        }
    }

    /// <summary>The estimated operations and values held per voxel of the window, and the settings that drive them.</summary>
    public static (double Operations, double Values, string Keys) PerVoxel(string type, RadiomicsSettings s, Imaging.Vector3D spacing)
    {
        double minimumSpacing = Math.Min(spacing.X, Math.Min(spacing.Y, spacing.Z));
        bool threeD = s.Ibsi2Filters.Dimension == FilterDimension.Volume3D;
        double rotations(RotationInvariance invariance) => invariance == RotationInvariance.None ? 1 : threeD ? 24 : 8;
        switch (type)
        {
            case "LoG":
                return (30.0 * Math.Max(1, s.Filters.Sigma.Count), 4, "sigma");
            case "Wavelet":
                return (8.0 * 3 * (s.Filters.WaveletStartLevel + s.Filters.WaveletLevel) * Taps(s.Filters.Wavelet), 6, "wavelet, start_level, level");
            case "LBP2D":
                return (16.0 * s.Filters.Lbp2DSamples, s.Filters.Lbp2DSamples, "lbp2DSamples");
            case "LBP3D":
                double vertices = (10 * Math.Pow(4, s.Filters.Lbp3DIcosphereSubdivision)) + 2;
                return ((vertices * s.Filters.Lbp3DLevels * s.Filters.Lbp3DLevels) + (64 * vertices), s.Filters.Lbp3DLevels + 2, "lbp3DIcosphereSubdivision, lbp3DLevels");
            case "IbsiMean":
                return (3.0 * s.Ibsi2Filters.MeanSupport, 4, "ibsiMeanSupport");
            case "IbsiLoG":
                double taps = s.Ibsi2Filters.LoGSigma.Sum(sigma => (2 * Math.Ceiling(s.Ibsi2Filters.LoGCutoff * sigma / minimumSpacing)) + 1);
                return (9.0 * taps, 6, "ibsiLoGSigma, ibsiLoGCutoff");
            case "Laws":
                double lawsRotations = rotations(s.Ibsi2Filters.LawsRotationInvariance);
                return (lawsRotations * (15.0 + (3.0 * ((2.0 * (s.Ibsi2Filters.LawsEnergyDistance ?? 0)) + 1))), 2 * lawsRotations, "lawsEnergyDistance, lawsRotationInvariance");
            case "Gabor":
                double orientations = s.Ibsi2Filters.GaborThetaStep is double step ? Math.Ceiling(360 / step) : 1;
                return (orientations * (threeD ? 3 : 1) * 64, orientations + 8, "gaborThetaStep");
            case "IbsiWavelet":
                double waveletRotations = rotations(s.Ibsi2Filters.WaveletRotationInvariance);
                double dilated = ((Taps(s.Ibsi2Filters.Wavelet) - 1) * Math.Pow(2, s.Ibsi2Filters.WaveletLevel - 1)) + 1;
                return (waveletRotations * s.Ibsi2Filters.WaveletLevel * 3 * dilated, 2 * waveletRotations, "ibsiWaveletLevel, ibsiWaveletRotationInvariance");
            case "Simoncelli":
                return (128.0 * s.Ibsi2Filters.SimoncelliLevel, 8, "simoncelliLevel");
            default:
                return (27, 4, "none");
        }
    }

    /// <summary>
    /// Work and values that do not grow with the window: LBP3D's table of spherical harmonics, one complex value per
    /// icosphere vertex and (degree, order) pair; IbsiLoG's kernels, a Gaussian and its second derivative per axis for
    /// the largest σ (so that <c>ibsiLoGSigma: [1e6]</c> on a small image is refused by the limit rather than building
    /// kernels of millions of taps).
    /// </summary>
    public static (double Operations, double Values) Tables(string type, RadiomicsSettings s, Imaging.Vector3D spacing)
    {
        switch (type)
        {
            case "LBP3D":
                double vertices = (10 * Math.Pow(4, s.Filters.Lbp3DIcosphereSubdivision)) + 2;
                double harmonics = (double)s.Filters.Lbp3DLevels * s.Filters.Lbp3DLevels;
                return (vertices * harmonics * 64 * s.Filters.Lbp3DLevels, 2 * vertices * harmonics);
            case "IbsiLoG":
                double minimumSpacing = Math.Min(spacing.X, Math.Min(spacing.Y, spacing.Z));
                double taps = s.Ibsi2Filters.LoGSigma.Max(sigma => (2 * Math.Ceiling(s.Ibsi2Filters.LoGCutoff * sigma / minimumSpacing)) + 1);
                return (0, 6 * taps);
            default:
                return (0, 0);
        }
    }

    private static int Taps(string wavelet)
    {
        try
        {
            WaveletFilterBank bank = WaveletFilterBank.Get(wavelet);
            return Math.Max(bank.DecompositionLowPass.Length, bank.DecompositionHighPass.Length);
        }
        catch (ArgumentException)
        {
            return 2;
        }
    }
}
