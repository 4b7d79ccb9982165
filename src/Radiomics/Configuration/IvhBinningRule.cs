namespace Radiomics.Configuration;

/// <summary>
/// Which combinations of <c>ivhIntensityUnits</c>, <c>ivhBinWidth</c> and <c>ivhBinCount</c> are allowed: a rule on
/// settings, so Configuration owns it; <see cref="SettingsBinder"/> checks it when settings are bound and the
/// intensity-volume histogram (<c>Features.Ibsi.IvhDiscretisation</c>) when it builds its discretisation.
/// </summary>
internal static class IvhBinningRule
{
    /// <summary>
    /// Why the settings cannot be combined, as one line naming the setting, or null when they can: continuous units
    /// need <c>ivhBinWidth</c>; <c>ivhBinCount</c> belongs to arbitrary units only, <c>ivhBinWidth</c> to the others.
    /// </summary>
    public static string? Problem(IvhIntensityUnits units, double? binWidth, int? binCount) => units switch
    {
        IvhIntensityUnits.Continuous when binWidth is null => "ivhBinWidth: required with ivhIntensityUnits: continuous (e.g. 0.1 for PET in SUV)",
        IvhIntensityUnits.Arbitrary when binWidth is not null => "ivhBinWidth: not used with ivhIntensityUnits: arbitrary (set ivhBinCount instead)",
        not IvhIntensityUnits.Arbitrary when binCount is not null => "ivhBinCount: only used with ivhIntensityUnits: arbitrary",
        _ when binWidth is <= 0 || binCount is < 1 => "ivhBinWidth/ivhBinCount: must be positive",
        _ => null,
    };
}
