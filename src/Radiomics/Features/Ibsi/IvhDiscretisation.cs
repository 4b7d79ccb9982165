using Radiomics.Configuration;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// How the intensity-volume histogram discretises the ROI intensities (IBSI 1, "Intensity-volume histogram
/// features": the IVH uses its own discretisation, chosen per configuration). <see cref="BinSize"/> &gt; 0 means
/// fixed bin size from <see cref="Lower"/> (the re-segmentation lower bound, else the ROI minimum), the bins
/// represented by their lower edge, or by their centre with <see cref="BinCentres"/> (IBSI's "calibrated intensity
/// units, continuous case", configuration C); with <see cref="BinSize"/> = 1 and integer intensities this is "no
/// discretisation" (CT in HU, the digital phantom). <see cref="BinCount"/> set means fixed bin number over the ROI's
/// [min, max], the levels 1…N_g standing for themselves. <see cref="Lower"/>/<see cref="Upper"/>, when set (the
/// re-segmentation range), also fix the intensity range that the intensity fraction is relative to.
/// </summary>
public sealed record IvhDiscretisation(double BinSize = 1, int? BinCount = null, double? Lower = null, double? Upper = null, bool BinCentres = false)
{
    /// <summary>IBSI's recommended number of bins for arbitrary intensity units.</summary>
    public const int DefaultArbitraryBinCount = 1000;

    /// <summary>No discretisation: the intensities are already discrete with unit step.</summary>
    public static IvhDiscretisation None { get; } = new();

    /// <summary>
    /// The discretisation the settings <c>ivhIntensityUnits</c>, <c>ivhBinWidth</c> and <c>ivhBinCount</c> describe
    /// (<see cref="IvhIntensityUnits"/>), over the re-segmentation range [<paramref name="lower"/>,
    /// <paramref name="upper"/>] when there is one (null bounds: the ROI's minimum / maximum; arbitrary units always
    /// use the ROI's range). Defaults: bin width 1 for discrete units, 1000 bins for arbitrary units.
    /// </summary>
    /// <exception cref="ArgumentException">The combination is invalid (<see cref="Problem"/>).</exception>
    public static IvhDiscretisation For(IvhIntensityUnits units, double? binWidth, int? binCount, double? lower, double? upper)
    {
        if (Problem(units, binWidth, binCount) is string problem)
        {
            throw new ArgumentException(problem);
        }

        return units == IvhIntensityUnits.Arbitrary
            ? new IvhDiscretisation(1, binCount ?? DefaultArbitraryBinCount)
            : new IvhDiscretisation(binWidth ?? 1, null, lower, upper, units == IvhIntensityUnits.Continuous);
    }

    /// <summary>
    /// Why the settings cannot be combined, as one line naming the setting, or null when they can. The rule is a
    /// settings rule, Configuration's, checked there when settings are bound; <see cref="For"/> checks it again.
    /// </summary>
    public static string? Problem(IvhIntensityUnits units, double? binWidth, int? binCount) => IvhBinningRule.Problem(units, binWidth, binCount);
}
