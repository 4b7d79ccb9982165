using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>true or false (YAML 1.1 spellings: True, yes, on, …).</summary>
internal sealed class BoolKind : ValueKind<bool>
{
    public override string Allowed => "true or false";

    internal override bool TryRead(ParameterValue value, out bool result)
    {
        result = false;
        return ScalarText(value) is { } text && ParameterValue.TryBool(text, out result);
    }

    internal override void Write(Utf8JsonWriter json, bool value) => json.WriteBooleanValue(value);

    internal override bool Sample(Random random) => random.Next(2) == 1;
}
