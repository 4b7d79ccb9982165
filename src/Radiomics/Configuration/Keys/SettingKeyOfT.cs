using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>A setting key whose values are <typeparamref name="T"/>; see <see cref="SettingKey"/>.</summary>
internal sealed class SettingKey<T> : SettingKey
{
    private readonly ValueKind<T> _kind;
    private readonly Func<RadiomicsSettings, T> _get;
    private readonly Func<RadiomicsSettings, T, RadiomicsSettings> _set;

    internal SettingKey(string name, SettingStage stage, ValueKind<T> kind, T defaultValue, string doc,
        Func<RadiomicsSettings, T> get, Func<RadiomicsSettings, T, RadiomicsSettings> set)
        : base(name, stage, doc)
    {
        _kind = kind;
        Default = defaultValue;
        _get = get;
        _set = set;
    }

    /// <summary>The value when a parameter file does not set the key (PyRadiomics' default unless the docs say otherwise).</summary>
    public T Default { get; }

    public ValueKind<T> Kind => _kind;

    public override string Allowed => _kind.Allowed;

    /// <summary>This key's value in <paramref name="settings"/>.</summary>
    public T Get(RadiomicsSettings settings) => _get(settings);

    /// <summary><paramref name="settings"/> with this key set to <paramref name="value"/> (assumed allowed).</summary>
    public RadiomicsSettings With(RadiomicsSettings settings, T value) => _set(settings, value);

    public override SettingOverride Bind(ParameterValue value, string where) =>
        _kind.TryRead(value, out T result) ? new SettingOverride(this, result) : throw NotAllowed(value, where);

    internal override void WriteValue(Utf8JsonWriter json, RadiomicsSettings settings) => _kind.Write(json, _get(settings));

    internal override RadiomicsSettings WithSample(RadiomicsSettings settings, Random random) => _set(settings, _kind.Sample(random));

    internal override RadiomicsSettings CopyFrom(RadiomicsSettings source, RadiomicsSettings settings) => _set(settings, _get(source));

    internal override void WriteDefault(Utf8JsonWriter json) => _kind.Write(json, Default);

    internal override RadiomicsSettings ApplyValue(RadiomicsSettings settings, object? value) => _set(settings, (T)value!);

    internal override void WriteBoxed(Utf8JsonWriter json, object? value) => _kind.Write(json, (T)value!);
}
