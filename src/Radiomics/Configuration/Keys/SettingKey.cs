using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// One parameter-file setting key (PyRadiomics' name, e.g. <c>binWidth</c>): its stage, type and allowed values
/// (<see cref="ValueKind{T}"/>), default, documentation line, and where it lives in <see cref="RadiomicsSettings"/>.
/// The one place a setting is defined: binding (<see cref="SettingsBinder"/>), provenance (<see cref="SettingsFormatter"/>)
/// and docs/parameters.md all walk <see cref="SettingKeys.All"/>.
/// </summary>
internal abstract class SettingKey
{
    private protected SettingKey(string name, SettingStage stage, string doc)
    {
        Name = name;
        Stage = stage;
        Doc = doc;
    }

    /// <summary>The key as parameter files write it.</summary>
    public string Name { get; }

    public SettingStage Stage { get; }

    /// <summary>One line for the docs: what the setting does.</summary>
    public string Doc { get; }

    /// <summary>The allowed values in words.</summary>
    public abstract string Allowed { get; }

    /// <summary>False for keys accepted only for compatibility: they change nothing and are not written in provenance.</summary>
    public bool IsRecorded => Stage != SettingStage.Compatibility;

    /// <summary>The default as JSON (as <see cref="SettingsFormatter"/> writes it), e.g. <c>25</c>, <c>null</c>, <c>"sitkBSpline"</c>.</summary>
    public string DefaultJson => SettingsFormatter.Write(WriteDefault);

    /// <summary>
    /// <paramref name="settings"/> with this key set to <paramref name="value"/>, read and checked; a value that is not
    /// allowed raises a one-line <see cref="ParameterException"/> naming <paramref name="where"/>, the key and what is allowed.
    /// </summary>
    public RadiomicsSettings Apply(RadiomicsSettings settings, ParameterValue value, string where) => Bind(value, where).ApplyTo(settings);

    /// <summary>The value read and checked, kept as an override to apply later (per image type, voxel mode).</summary>
    /// <exception cref="ParameterException">The value is not allowed (the message names <paramref name="where"/> and the key).</exception>
    public abstract SettingOverride Bind(ParameterValue value, string where);

    /// <summary>Writes this key's value in <paramref name="settings"/> as one JSON value.</summary>
    internal abstract void WriteValue(Utf8JsonWriter json, RadiomicsSettings settings);

    /// <summary><paramref name="settings"/> with this key set to a random allowed value (property tests).</summary>
    internal abstract RadiomicsSettings WithSample(RadiomicsSettings settings, Random random);

    /// <summary><paramref name="settings"/> with this key's value taken from <paramref name="source"/>.</summary>
    internal abstract RadiomicsSettings CopyFrom(RadiomicsSettings source, RadiomicsSettings settings);

    internal abstract void WriteDefault(Utf8JsonWriter json);

    internal abstract RadiomicsSettings ApplyValue(RadiomicsSettings settings, object? value);

    internal abstract void WriteBoxed(Utf8JsonWriter json, object? value);

    private protected ParameterException NotAllowed(ParameterValue value, string where) =>
        new($"{where}: setting '{Name}' has value {IO.SafeText.Escape(value.Describe())}; allowed: {Allowed}.");
}
