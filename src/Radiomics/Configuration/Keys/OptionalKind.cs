using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>A value of <paramref name="inner"/>'s kind, or null ("not set", PyRadiomics' None).</summary>
internal sealed class OptionalKind<T>(ValueKind<T> inner) : ValueKind<T?> where T : struct
{
    public override string Allowed => inner.Allowed + ", or null";

    internal override bool TryRead(ParameterValue value, out T? result)
    {
        result = null;
        if (value is ParameterValue.Null)
        {
            return true;
        }

        bool ok = inner.TryRead(value, out T read);
        result = read;
        return ok;
    }

    internal override void Write(Utf8JsonWriter json, T? value)
    {
        if (value is T set)
        {
            inner.Write(json, set);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    internal override T? Sample(Random random) => random.Next(3) == 0 ? null : inner.Sample(random);
}
