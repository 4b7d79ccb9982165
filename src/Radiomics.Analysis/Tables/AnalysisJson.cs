using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// The JSON conventions of the analysis outputs (fitted models, JSON tables): camelCase names, enums as strings,
/// properties in declaration order, numbers in shortest round-trip form, NaN and infinities as the strings
/// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>, no indentation beyond what the writer asks for. Deterministic:
/// equal objects give equal bytes.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Serializer options for analysis records (indented, for files people read).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new AnalysisEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = AnalysisJsonContext.Default,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>
    /// <paramref name="value"/> as JSON under <paramref name="options"/>, through the type metadata of the options'
    /// resolver (<see cref="AnalysisJsonContext"/>): no reflection, so it holds under ahead-of-time compilation.
    /// </summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>Writes <paramref name="value"/> to <paramref name="json"/> as <see cref="Serialize{T}(T, JsonSerializerOptions)"/> does, by its runtime type.</summary>
    public static void Serialize(Utf8JsonWriter json, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(json, value, options.GetTypeInfo(value.GetType()));

    /// <summary>Reads a <typeparamref name="T"/> from <paramref name="text"/> through the options' type metadata (see <see cref="Serialize{T}(T, JsonSerializerOptions)"/>).</summary>
    public static T? Deserialize<T>(string text, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(text, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>Reads a <typeparamref name="T"/> from <paramref name="element"/> through the options' type metadata.</summary>
    public static T? Deserialize<T>(JsonElement element, JsonSerializerOptions options) =>
        element.Deserialize((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>Writes a number, or its name for NaN and the infinities.</summary>
    public static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
