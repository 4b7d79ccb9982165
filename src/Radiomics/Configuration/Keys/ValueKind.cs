using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// The type of one setting and the values it allows: how a parameter-file value is read and checked, how a value is
/// written to the settings' JSON (which reads back to the same value), and how the allowed values are named in
/// messages and in docs/parameters.md.
/// </summary>
internal abstract class ValueKind<T>
{
    /// <summary>The allowed values in words, e.g. "an integer from 1 to 3" or "true or false".</summary>
    public abstract string Allowed { get; }

    /// <summary>Reads <paramref name="value"/>; false when it is not one of the allowed values.</summary>
    internal abstract bool TryRead(ParameterValue value, out T result);

    /// <summary>Writes <paramref name="value"/> as one JSON value that <see cref="TryRead"/> reads back to it.</summary>
    internal abstract void Write(Utf8JsonWriter json, T value);

    /// <summary>A random allowed value (for the property tests that walk every key).</summary>
    internal abstract T Sample(Random random);

    /// <summary>The scalar text of a plain or quoted scalar, or null for anything else.</summary>
    private protected static string? ScalarText(ParameterValue value) => value is ParameterValue.Scalar scalar ? scalar.Text : null;

    /// <summary>The items of a list; a single scalar is a list of one (as PyRadiomics accepts <c>sigma: 2</c>).</summary>
    private protected static IReadOnlyList<ParameterValue>? ListItems(ParameterValue value) => value switch
    {
        ParameterValue.Sequence sequence => sequence.Items,
        ParameterValue.Scalar => [value],
        _ => null,
    };
}
