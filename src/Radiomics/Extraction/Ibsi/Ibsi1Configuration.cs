using Radiomics.Configuration;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The IBSI 1 image-processing configurations of the CT phantom (IBSI 1 manual, "Reference data sets", tables of
/// configurations A–E), as named presets of the settings a parameter file with <c>profile: ibsi</c> gives: each runs
/// exactly as that file would (<see cref="Ibsi1Profile.Extract(Radiomics.Imaging.ImageData, Radiomics.Imaging.ImageData, RadiomicsSettings)"/>).
/// </summary>
/// <param name="Name">A, B, C, D or E.</param>
/// <param name="Settings">The settings of the configuration.</param>
public sealed record Ibsi1Configuration(char Name, RadiomicsSettings Settings)
{
    private static readonly RadiomicsSettings Volumetric2Mm = RadiomicsSettings.Default with
    {
        Profile = ComplianceProfile.Ibsi,
        Resampling = new ResamplingSettings { Spacing = [2.0, 2.0, 2.0], Interpolator = Interpolator.Linear },
    };

    /// <summary>A: 2D, no interpolation, range [−500, 400] HU, FBS 25 HU, IVH discrete (unit steps over the range).</summary>
    public static Ibsi1Configuration A { get; } = new('A', RadiomicsSettings.Default with
    {
        Profile = ComplianceProfile.Ibsi,
        Features = new FeatureSettings { Force2D = true },
        Resampling = new ResamplingSettings { Interpolator = Interpolator.Linear },
        Resegmentation = new ResegmentationSettings { Range = [-500.0, 400.0] },
        Discretisation = new DiscretisationSettings { BinWidth = 25 },
    });

    /// <summary>B: 2D, 2 × 2 mm bilinear, range [−500, 400] HU, FBN 32, IVH discrete (unit steps over the range).</summary>
    public static Ibsi1Configuration B { get; } = new('B', A.Settings with
    {
        Resampling = new ResamplingSettings { Spacing = [2.0, 2.0, 0.0], Interpolator = Interpolator.Linear },
        Discretisation = new DiscretisationSettings { BinCount = 32 },
    });

    /// <summary>C: 3D, 2 mm trilinear, range [−1000, 400] HU, FBS 25 HU, IVH continuous with 2.5 HU bins.</summary>
    public static Ibsi1Configuration C { get; } = new('C', Volumetric2Mm with
    {
        Resegmentation = new ResegmentationSettings { Range = [-1000.0, 400.0] },
        Discretisation = new DiscretisationSettings { BinWidth = 25 },
        Ibsi = new IbsiSettings { IvhIntensityUnits = IvhIntensityUnits.Continuous, IvhBinWidth = 2.5 },
    });

    /// <summary>D: 3D, 2 mm trilinear, outlier filtering (3σ), FBN 32, IVH discrete (unit steps over the ROI's range).</summary>
    public static Ibsi1Configuration D { get; } = new('D', Volumetric2Mm with
    {
        Discretisation = new DiscretisationSettings { BinCount = 32 },
        Ibsi = new IbsiSettings { OutlierFiltering = true },
    });

    /// <summary>E: 3D, 2 mm tricubic spline, range [−1000, 400] HU and outlier filtering, FBN 32, IVH arbitrary units, 1000 bins.</summary>
    public static Ibsi1Configuration E { get; } = new('E', Volumetric2Mm with
    {
        Resampling = new ResamplingSettings { Spacing = [2.0, 2.0, 2.0], Interpolator = Interpolator.BSpline },
        Resegmentation = new ResegmentationSettings { Range = [-1000.0, 400.0] },
        Discretisation = new DiscretisationSettings { BinCount = 32 },
        Ibsi = new IbsiSettings { OutlierFiltering = true, IvhIntensityUnits = IvhIntensityUnits.Arbitrary, IvhBinCount = 1000 },
    });

    /// <summary>The IBSI 1 configuration A, B, C, D or E (case-insensitive).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="name"/> is not A–E.</exception>
    public static Ibsi1Configuration Of(char name) => char.ToUpperInvariant(name) switch
    {
        'A' => A,
        'B' => B,
        'C' => C,
        'D' => D,
        'E' => E,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "IBSI 1 configurations are A, B, C, D and E."),
    };
}
