using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        RespectNullableAnnotations = true,
    };

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
