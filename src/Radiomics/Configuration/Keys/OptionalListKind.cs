using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>A list of <paramref name="inner"/>'s kind, or null ("not set", PyRadiomics' None).</summary>
internal sealed class OptionalListKind<T>(ListKind<T> inner) : ValueKind<ValueList<T>?>
{
    public override string Allowed => inner.Allowed + ", or null";

    internal override bool TryRead(ParameterValue value, out ValueList<T>? result)
    {
        result = null;
        if (value is ParameterValue.Null)
        {
            return true;
        }

        bool ok = inner.TryRead(value, out ValueList<T> read);
        result = read;
        return ok;
    }

    internal override void Write(Utf8JsonWriter json, ValueList<T>? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            inner.Write(json, value);
        }
    }

    internal override ValueList<T>? Sample(Random random) => random.Next(3) == 0 ? null : inner.Sample(random);
}
