using System.Text;
using System.Text.Json;
using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>
/// The canonical JSON of a <see cref="RadiomicsSettings"/>: one object, every recorded key of the key table
/// (<see cref="SettingKeys.All"/>) in table order with PyRadiomics' names, written by <see cref="Utf8JsonWriter"/>
/// (numbers in round-trip form; nan/inf/-inf as strings). It is the provenance (<c>diagnostics_Configuration_Settings</c>)
/// and the text settings hashes are taken of: same settings ⇒ same text; and it reads back (<see cref="FromJson"/>,
/// or as the <c>setting</c> section of a JSON parameter file) to equal settings.
/// </summary>
public static class SettingsFormatter
{
    /// <summary>The canonical JSON of <paramref name="settings"/>, one line.</summary>
    public static string ToJson(RadiomicsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Write(json =>
        {
            json.WriteStartObject();
            foreach (SettingKey key in SettingKeys.All)
            {
                json.WritePropertyName(key.Name);
                key.WriteValue(json, settings);
            }

            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes <paramref name="overrides"/> as one JSON object, key → value (an image type's own settings, the voxel
    /// settings), in the order given.
    /// </summary>
    public static string ToJson(IEnumerable<SettingOverride> overrides) => Write(json => WriteOverrides(json, overrides));

    /// <summary>Writes <paramref name="overrides"/> as a JSON object into <paramref name="json"/>.</summary>
    public static void WriteOverrides(Utf8JsonWriter json, IEnumerable<SettingOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        foreach (SettingOverride setting in overrides)
        {
            json.WritePropertyName(setting.Key.Name);
            setting.WriteValue(json);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Reads settings written by <see cref="ToJson(RadiomicsSettings)"/> (or any JSON object of setting keys; keys not
    /// given keep their defaults), checked as a parameter file's <c>setting</c> section is.
    /// </summary>
    /// <exception cref="ParameterException">Not a JSON object of known keys with allowed values; the message names <paramref name="source"/>.</exception>
    public static RadiomicsSettings FromJson(string json, string source)
    {
        ParameterValue root = JsonParameterReader.Read(json, source);
        if (root is not ParameterValue.Mapping mapping)
        {
            throw new ParameterException($"{source}: the settings must be a JSON object of setting keys, not {IO.SafeText.Escape(root.Describe())}.");
        }

        return SettingsBinder.Apply(RadiomicsSettings.Default, SettingsBinder.Bind(mapping.Entries, source), source);
    }

    internal static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
