using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// A text from an open but checked set (a wavelet name, a Laws kernel combination): <paramref name="normalise"/>
/// returns the value as it is kept (e.g. upper-cased), or null when the text is not allowed.
/// </summary>
internal sealed class TextKind(string allowed, Func<string, string?> normalise, string[] samples) : ValueKind<string>
{
    public override string Allowed => allowed;

    internal override bool TryRead(ParameterValue value, out string result)
    {
        result = "";
        if (ScalarText(value) is not { } text || normalise(text) is not { } kept)
        {
            return false;
        }

        result = kept;
        return true;
    }

    internal override void Write(Utf8JsonWriter json, string value) => json.WriteStringValue(value);

    internal override string Sample(Random random) => normalise(samples[random.Next(samples.Length)])!;
}
