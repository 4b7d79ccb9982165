using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// One of a closed set of values (an enum), each with its parameter-file name; names match ignoring case, and
/// <paramref name="aliases"/> (e.g. SimpleITK's interpolator codes) are accepted too. With <paramref name="nullValue"/>
/// set, null means that value and that value is written as null (weightingNorm's None).
/// </summary>
internal sealed class ChoiceKind<T>((string Name, T Value)[] options, (string Name, T Value)[]? aliases = null, T? nullValue = null, string? aliasesInWords = null)
    : ValueKind<T> where T : struct, Enum
{
    public IReadOnlyList<(string Name, T Value)> Options => options;

    public override string Allowed
    {
        get
        {
            IEnumerable<string> names = options.Select(o => o.Name);
            names = nullValue is null ? names : names.Prepend("null");
            string list = string.Join(", ", names);
            return list + (aliasesInWords is null ? "" : $" ({aliasesInWords})");
        }
    }

    /// <summary>The parameter-file name of <paramref name="value"/>.</summary>
    public string NameOf(T value) => options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Name;

    internal override bool TryRead(ParameterValue value, out T result)
    {
        result = default;
        if (value is ParameterValue.Null && nullValue is T none)
        {
            result = none;
            return true;
        }

        if (ScalarText(value) is not { } text)
        {
            return false;
        }

        foreach (var (name, option) in options.Concat(aliases ?? []))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                result = option;
                return true;
            }
        }

        return false;
    }

    internal override void Write(Utf8JsonWriter json, T value)
    {
        if (nullValue is T none && EqualityComparer<T>.Default.Equals(value, none))
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(NameOf(value));
        }
    }

    internal override T Sample(Random random)
    {
        int count = options.Length + (nullValue is null ? 0 : 1);
        int pick = random.Next(count);
        return pick < options.Length ? options[pick].Value : nullValue!.Value;
    }
}
