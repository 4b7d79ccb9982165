using Radiomics.Features.Ibsi;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// One IBSI 1 image-processing configuration of the CT phantom (IBSI 1 manual, "Reference data sets", tables of
/// configurations A–E). A null <see cref="Spacing"/> means no interpolation; <see cref="Is2D"/> interpolates in-plane
/// only and computes texture per slice (2D and 2.5D aggregations) instead of volumetrically.
/// </summary>
public sealed record Ibsi1Configuration(
    char Name,
    bool Is2D,
    double? Spacing,
    IbsiInterpolation Interpolation,
    (double Lower, double Upper)? ResegmentRange,
    bool OutlierFiltering,
    double? BinWidth,
    int? BinCount,
    IvhDiscretisation Ivh)
{
    /// <summary>A: 2D, no interpolation, range [−500, 400] HU, FBS 25 HU, IVH not re-discretised.</summary>
    public static Ibsi1Configuration A { get; } = new('A', true, null, IbsiInterpolation.Linear, (-500, 400), false, 25, null, new IvhDiscretisation(1, null, -500, 400));

    /// <summary>B: 2D, 2 × 2 mm bilinear, range [−500, 400] HU, FBN 32, IVH not re-discretised.</summary>
    public static Ibsi1Configuration B { get; } = new('B', true, 2, IbsiInterpolation.Linear, (-500, 400), false, null, 32, new IvhDiscretisation(1, null, -500, 400));

    /// <summary>C: 3D, 2 mm trilinear, range [−1000, 400] HU, FBS 25 HU, IVH FBS 2.5 HU.</summary>
    public static Ibsi1Configuration C { get; } = new('C', false, 2, IbsiInterpolation.Linear, (-1000, 400), false, 25, null, new IvhDiscretisation(2.5, null, -1000, 400, BinCentres: true));

    /// <summary>D: 3D, 2 mm trilinear, outlier filtering (3σ), FBN 32, IVH not re-discretised.</summary>
    public static Ibsi1Configuration D { get; } = new('D', false, 2, IbsiInterpolation.Linear, null, true, null, 32, IvhDiscretisation.None);

    /// <summary>E: 3D, 2 mm tricubic spline, range [−1000, 400] HU and outlier filtering, FBN 32, IVH FBN 1000 (range not used).</summary>
    public static Ibsi1Configuration E { get; } = new('E', false, 2, IbsiInterpolation.CubicSpline, (-1000, 400), true, null, 32, new IvhDiscretisation(1, 1000));

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
