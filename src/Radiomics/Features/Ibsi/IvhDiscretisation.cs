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
    /// <summary>No discretisation: the intensities are already discrete with unit step.</summary>
    public static IvhDiscretisation None { get; } = new();
}
