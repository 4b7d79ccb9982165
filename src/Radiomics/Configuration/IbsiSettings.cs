using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>
/// Steps only <c>profile: ibsi</c> has (<see cref="IbsiKeys"/>): the intensity-volume histogram's discretisation and
/// IBSI's outlier filtering. The PyRadiomics profile ignores them.
/// </summary>
public sealed record IbsiSettings
{
    /// <summary><c>ivhIntensityUnits</c>: discrete, continuous or arbitrary (<see cref="Configuration.IvhIntensityUnits"/>).</summary>
    public IvhIntensityUnits IvhIntensityUnits { get; init; } = IbsiKeys.IvhIntensityUnits.Default;

    /// <summary><c>ivhBinWidth</c>: IVH bin width in intensity units (discrete: default 1; continuous: required), or null.</summary>
    public double? IvhBinWidth { get; init; } = IbsiKeys.IvhBinWidth.Default;

    /// <summary><c>ivhBinCount</c>: IVH bin count for arbitrary units (default 1000), or null.</summary>
    public int? IvhBinCount { get; init; } = IbsiKeys.IvhBinCount.Default;

    /// <summary><c>ibsiOutlierFiltering</c>: also keep only ROI intensities within mean ± 3σ (IBSI outlier filtering).</summary>
    public bool OutlierFiltering { get; init; } = IbsiKeys.OutlierFiltering.Default;
}
