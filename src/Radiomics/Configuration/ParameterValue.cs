using System.Globalization;

namespace Radiomics.Configuration;

/// <summary>
/// A value from a parameter file, typed the way YAML 1.1 / PyYAML would type a plain scalar (so that
/// <c>1</c> is an int, <c>1.0</c> a float, <c>True</c> a bool, <c>~</c> null), or a list, or a mapping.
/// </summary>
public abstract record ParameterValue
{
    /// <summary>A YAML null (<c>~</c>, <c>null</c>, or an empty value), PyRadiomics' None.</summary>
    public sealed record Null : ParameterValue
    {
        /// <inheritdoc/>
        public override string Describe() => "null";
    }

    /// <summary>A scalar as written, typed only when read (int, float, bool or text, as PyYAML would type it).</summary>
    /// <param name="Text">The scalar's text, without quotes.</param>
    /// <param name="Quoted">Whether it was quoted (then it is always text).</param>
    public sealed record Scalar(string Text, bool Quoted) : ParameterValue
    {
        /// <inheritdoc/>
        public override string Describe() => Quoted ? $"'{Text}'" : Text;
    }

    /// <summary>A YAML list.</summary>
    /// <param name="Items">The items, in file order.</param>
    public sealed record Sequence(IReadOnlyList<ParameterValue> Items) : ParameterValue
    {
        /// <inheritdoc/>
        public override string Describe() => "[" + string.Join(", ", Items.Select(i => i.Describe())) + "]";
    }

    /// <summary>A YAML mapping.</summary>
    /// <param name="Entries">The entries, in file order (keys unique).</param>
    public sealed record Mapping(IReadOnlyList<KeyValuePair<string, ParameterValue>> Entries) : ParameterValue
    {
        /// <inheritdoc/>
        public override string Describe() => "{" + string.Join(", ", Entries.Select(e => e.Key + ": " + e.Value.Describe())) + "}";
    }

    /// <summary>A short rendering for error messages.</summary>
    public abstract string Describe();

    /// <summary>
    /// Parses a command-line value (<c>--setting key:value</c>) with the same typing rules as YAML; a list is written
    /// <c>[1,1,1]</c> or, as the help shows it, <c>1,1,1</c> (no setting takes a text with a comma in it).
    /// </summary>
    public static ParameterValue FromText(string text)
    {
        text = text.Trim();
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            string inner = text[1..^1].Trim();
            return inner.Length == 0
                ? new Sequence([])
                : new Sequence(inner.Split(',').Select(FromText).ToArray());
        }

        if (text.Contains(','))
        {
            return new Sequence(text.Split(',').Select(FromText).ToArray());
        }

        return IsNullText(text) ? new Null() : new Scalar(text, false);
    }

    internal static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL" or "None";

    internal static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "on" or "On":
                value = true;
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "off" or "Off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    internal static bool TryInt(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    internal static bool TryDouble(string text, out double value)
    {
        switch (text.ToLowerInvariant())
        {
            case ".nan" or "nan":
                value = double.NaN;
                return true;
            case ".inf" or "+.inf" or "inf" or "+inf":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-inf":
                value = double.NegativeInfinity;
                return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
