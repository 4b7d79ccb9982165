namespace Radiomics.Configuration;

/// <summary>
/// <c>ivhIntensityUnits</c>: how the IBSI intensity-volume histogram discretises the ROI intensities, IBSI 1's three
/// cases ("Intensity-volume histogram features").
/// </summary>
public enum IvhIntensityUnits
{
    /// <summary>
    /// <c>discrete</c>, "definite intensity units – discrete case" (CT in HU): the intensities as they are, in steps of
    /// <c>ivhBinWidth</c> (default 1) from the re-segmentation lower bound (else the ROI minimum), each bin standing for
    /// its lower edge. With unit steps and integer intensities every intensity is its own level.
    /// </summary>
    Discrete,

    /// <summary>
    /// <c>continuous</c>, "definite intensity units – continuous case" (PET in SUV): fixed bin size <c>ivhBinWidth</c>
    /// (required, e.g. 0.1 SUV) from the re-segmentation lower bound (else the ROI minimum), each bin standing for its
    /// centre, X_min + (X_d − ½)·w.
    /// </summary>
    Continuous,

    /// <summary>
    /// <c>arbitrary</c>, "arbitrary intensity units" (raw MR): <c>ivhBinCount</c> bins (default 1000) over the ROI's
    /// [min, max], the bin numbers 1…N standing for themselves.
    /// </summary>
    Arbitrary,
}
