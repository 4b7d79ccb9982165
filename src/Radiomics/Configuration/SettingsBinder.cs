using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>
/// Applies <c>setting</c> / <c>voxelSetting</c> keys (PyRadiomics' names) to a <see cref="RadiomicsSettings"/>,
/// through the key table (<see cref="SettingKeys"/>), checking each value's type and range once, and checks the
/// combinations no single key can. Unknown keys and bad values raise a one-line <see cref="ParameterException"/>
/// naming the place, the key and what is allowed.
/// </summary>
public static class SettingsBinder
{
    /// <summary>The keys accepted in <c>setting</c>, <c>voxelSetting</c> and per-image-type blocks.</summary>
    public static IReadOnlyCollection<string> KnownKeys { get; } = SettingKeys.Accepted().Select(k => k.Name).ToArray();

    /// <summary>Applies one key/value; <paramref name="where"/> names the place for messages (file and section).</summary>
    public static RadiomicsSettings ApplySetting(RadiomicsSettings settings, string key, ParameterValue value, string where) =>
        SettingKeys.Require(key, where).Apply(settings, value, where);

    /// <summary>Reads the entries of a section into overrides, in order, each checked (not yet combined).</summary>
    public static IReadOnlyList<SettingOverride> Bind(IEnumerable<KeyValuePair<string, ParameterValue>> entries, string where) =>
        entries.Select(entry => SettingKeys.Require(entry.Key, where).Bind(entry.Value, where)).ToArray();

    /// <summary><paramref name="settings"/> with <paramref name="overrides"/> applied in order and the combination checked.</summary>
    public static RadiomicsSettings Apply(RadiomicsSettings settings, IEnumerable<SettingOverride> overrides, string where)
    {
        foreach (SettingOverride setting in overrides)
        {
            settings = setting.ApplyTo(settings);
        }

        ValidateCombination(settings, where);
        return settings;
    }

    /// <summary>Checks the combination of settings (ranges that involve several keys).</summary>
    public static void ValidateCombination(RadiomicsSettings settings, string where)
    {
        if (settings.Resegmentation.Range is { Count: 2 } range && range[0] > range[1])
        {
            throw new ParameterException($"{where}: resegmentRange's lower bound ({range[0]}) is above its upper bound ({range[1]}).");
        }

        IbsiSettings ibsi = settings.Ibsi;
        if (IvhBinningRule.Problem(ibsi.IvhIntensityUnits, ibsi.IvhBinWidth, ibsi.IvhBinCount) is string problem)
        {
            throw new ParameterException($"{where}: {problem}.");
        }
    }
}
