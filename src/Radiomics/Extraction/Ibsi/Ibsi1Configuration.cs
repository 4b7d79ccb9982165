using Radiomics.Configuration;
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
    /// <summary>A: 2D, no interpolation, range [−500, 400] HU, FBS 25 HU, IVH discrete (unit steps over the range).</summary>
    public static Ibsi1Configuration A { get; } = new('A', true, null, IbsiInterpolation.Linear, (-500, 400), false, 25, null, IvhDiscretisation.For(IvhIntensityUnits.Discrete, null, null, -500, 400));

    /// <summary>B: 2D, 2 × 2 mm bilinear, range [−500, 400] HU, FBN 32, IVH discrete (unit steps over the range).</summary>
    public static Ibsi1Configuration B { get; } = new('B', true, 2, IbsiInterpolation.Linear, (-500, 400), false, null, 32, IvhDiscretisation.For(IvhIntensityUnits.Discrete, null, null, -500, 400));

    /// <summary>C: 3D, 2 mm trilinear, range [−1000, 400] HU, FBS 25 HU, IVH continuous with 2.5 HU bins.</summary>
    public static Ibsi1Configuration C { get; } = new('C', false, 2, IbsiInterpolation.Linear, (-1000, 400), false, 25, null, IvhDiscretisation.For(IvhIntensityUnits.Continuous, 2.5, null, -1000, 400));

    /// <summary>D: 3D, 2 mm trilinear, outlier filtering (3σ), FBN 32, IVH discrete (unit steps over the ROI's range).</summary>
    public static Ibsi1Configuration D { get; } = new('D', false, 2, IbsiInterpolation.Linear, null, true, null, 32, IvhDiscretisation.For(IvhIntensityUnits.Discrete, null, null, null, null));

    /// <summary>E: 3D, 2 mm tricubic spline, range [−1000, 400] HU and outlier filtering, FBN 32, IVH arbitrary units, 1000 bins (range not used).</summary>
    public static Ibsi1Configuration E { get; } = new('E', false, 2, IbsiInterpolation.CubicSpline, (-1000, 400), true, null, 32, IvhDiscretisation.For(IvhIntensityUnits.Arbitrary, null, 1000, -1000, 400));

    /// <summary>The ROI label in the mask file.</summary>
    public int Label { get; init; } = 1;

    /// <summary>The image-processing part of the configuration, as the IBSI chain runs it.</summary>
    public IbsiChainPlan Chain => new(Spacing, Is2D, Interpolation, ResegmentRange, OutlierFiltering);

    /// <summary>
    /// The IBSI chain a PyRadiomics-style parameter file asks for under <c>profile: ibsi</c>:
    /// <c>resampledPixelSpacing</c> (one spacing for every resampled axis; with <c>force2D</c> the z entry is 0 or
    /// absent), <c>interpolator</c> (sitkLinear → linear, sitkBSpline → cubic spline), <c>resegmentRange</c> with
    /// <c>resegmentMode</c> absolute (a range) or sigma with ±3 (outlier filtering), <c>binWidth</c> / <c>binCount</c>,
    /// <c>label</c>, and the IVH's <c>ivhIntensityUnits</c>, <c>ivhBinWidth</c>, <c>ivhBinCount</c> (over the absolute
    /// re-segmentation range when given; see <see cref="IvhDiscretisation.For"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A setting the IBSI chain cannot express, with the key named.</exception>
    public static Ibsi1Configuration FromSettings(RadiomicsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Force2D && settings.Force2DDimension != 0)
        {
            throw new ArgumentException("force2Ddimension: the IBSI profile computes 2D features in axial slices only (0).", nameof(settings));
        }

        double? spacing = null;
        if (settings.ResampledPixelSpacing is { } requested)
        {
            double[] used = requested.Where((v, axis) => v != 0 && !(settings.Force2D && axis == 2)).Distinct().ToArray();
            if (used.Length > 1)
            {
                throw new ArgumentException("resampledPixelSpacing: the IBSI profile resamples every axis it resamples to one spacing.", nameof(settings));
            }

            spacing = used.Length == 1 ? used[0] : null;
        }

        IbsiInterpolation interpolation = settings.Interpolator switch
        {
            Interpolator.Linear => IbsiInterpolation.Linear,
            Interpolator.BSpline => IbsiInterpolation.CubicSpline,
            _ => throw new ArgumentException($"interpolator: the IBSI profile supports sitkLinear and sitkBSpline, not {settings.Interpolator}.", nameof(settings)),
        };

        (double, double)? range = null;
        bool outliers = false;
        if (settings.ResegmentRange is { Count: > 0 } bounds)
        {
            double upper = bounds.Count > 1 ? bounds[1] : double.PositiveInfinity;
            switch (settings.ResegmentMode)
            {
                case ResegmentMode.Absolute:
                    range = (bounds[0], upper);
                    break;
                case ResegmentMode.Sigma when bounds[0] == -3 && upper == 3:
                    outliers = true;
                    break;
                default:
                    throw new ArgumentException("resegmentRange/resegmentMode: the IBSI profile supports an absolute range or sigma [-3, 3].", nameof(settings));
            }
        }

        double? ivhUpper = range is { Item2: var hi } && !double.IsInfinity(hi) ? hi : null;
        IvhDiscretisation ivh = IvhDiscretisation.For(settings.IvhIntensityUnits, settings.IvhBinWidth, settings.IvhBinCount, range?.Item1, ivhUpper);
        return new Ibsi1Configuration('-', settings.Force2D, spacing, interpolation, range, outliers,
            settings.BinCount is null ? settings.BinWidth : null, settings.BinCount, ivh) { Label = settings.Label };
    }

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
