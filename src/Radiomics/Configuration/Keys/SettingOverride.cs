using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// One setting value already read and checked (<see cref="SettingKey.Bind"/>), kept to be applied on top of other
/// settings later: an image type's own settings, the <c>voxelSetting</c> section. Equal when key and value are.
/// </summary>
public sealed record SettingOverride
{
    internal SettingOverride(SettingKey key, object? value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The key the value is for (its name, stage and kind).</summary>
    internal SettingKey Key { get; }

    /// <summary>The value, of the key's type.</summary>
    public object? Value { get; }

    /// <summary><paramref name="settings"/> with this value set.</summary>
    public RadiomicsSettings ApplyTo(RadiomicsSettings settings) => Key.ApplyValue(settings, Value);

    /// <summary>Writes the value as the settings' JSON writes it.</summary>
    public void WriteValue(Utf8JsonWriter json) => Key.WriteBoxed(json, Value);

    /// <summary>Reads <paramref name="value"/> for <paramref name="key"/> (a key of <see cref="SettingKeys.All"/>).</summary>
    /// <exception cref="ParameterException">An unknown key or a value the key does not allow.</exception>
    public static SettingOverride Of(string key, ParameterValue value, string where = "override") =>
        SettingKeys.Require(key, where).Bind(value, where);
}
