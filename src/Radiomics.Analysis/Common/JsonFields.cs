using System.Text.Json;

namespace Radiomics.Analysis.Common;

/// <summary>
/// Typed reads of a <see cref="JsonElement"/>'s members for the analysis layer's hand-written JSON readers (models,
/// ComBat estimates, bundles): a missing member or a value of the wrong kind throws <see cref="KeyNotFoundException"/>
/// or <see cref="InvalidOperationException"/> (<see cref="IsShapeProblem"/>; each reader turns them into one line
/// naming the file). Numbers accept the named literals <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>; an absent
/// or null optional member reads as null.
/// </summary>
internal static class JsonFields
{
    /// <summary>The member <paramref name="name"/>; <see cref="KeyNotFoundException"/> naming it when it is absent.</summary>
    public static JsonElement Member(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement value) ? value : throw new KeyNotFoundException($"'{name}' is missing");

    public static string Text(JsonElement e, string name) => Member(e, name).GetString() ?? throw new InvalidOperationException($"'{name}' is null");

    public static string? OptionalText(JsonElement e, string name) => Optional(e, name) is { } v ? v.GetString() : null;

    public static bool Bool(JsonElement e, string name) => Member(e, name).GetBoolean();

    public static int Int(JsonElement e, string name) => Member(e, name).GetInt32();

    public static int? OptionalInt(JsonElement e, string name) => Optional(e, name) is { } v ? v.GetInt32() : null;

    public static double Number(JsonElement e, string name) => Number(Member(e, name));

    public static double? OptionalNumber(JsonElement e, string name) => Optional(e, name) is { } v ? Number(v) : null;

    public static double Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new InvalidOperationException($"'{other}' is not a number"),
        }
        : value.GetDouble();

    public static double[] Numbers(JsonElement e, string name)
    {
        JsonElement array = Member(e, name);
        var values = new double[array.GetArrayLength()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Number(array[i]);
        }

        return values;
    }

    public static int[] Ints(JsonElement e, string name)
    {
        JsonElement array = Member(e, name);
        var values = new int[array.GetArrayLength()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = array[i].GetInt32();
        }

        return values;
    }

    public static string[] Texts(JsonElement e, string name) => Texts(Member(e, name));

    public static string[] Texts(JsonElement array)
    {
        var values = new string[array.GetArrayLength()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = array[i].GetString() ?? throw new InvalidOperationException("a list holds a null");
        }

        return values;
    }

    /// <summary>Each element of the array <paramref name="name"/> read by <paramref name="read"/> (a loop: no enumerator over the struct, less to compile at start-up).</summary>
    public static T[] Objects<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        JsonElement array = Member(e, name);
        var values = new T[array.GetArrayLength()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = read(array[i]);
        }

        return values;
    }

    /// <summary>Whether <paramref name="e"/> is what these reads throw for a member that is missing or of the wrong kind.</summary>
    public static bool IsShapeProblem(Exception e) => e is KeyNotFoundException or InvalidOperationException or FormatException;

    /// <summary>A value with none of the names an enumeration's writer uses.</summary>
    public static T Unknown<T>(string member, string value) => throw new InvalidOperationException($"'{member}' has the unknown value '{value}'");

    public static JsonElement? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v : null;
}
