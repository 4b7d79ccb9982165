using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Radiomics.Analysis.Tables;

namespace Radiomics.Cli.Json;

/// <summary>
/// The analysis outputs' JSON conventions (<see cref="AnalysisJson.Options"/>: camelCase, enums as names, NaN as
/// <c>"NaN"</c>) extended with the command line's own records (<see cref="CliJsonContext"/>). Every call goes through
/// compile-time metadata, so the ahead-of-time compiled tool writes the same bytes as the JIT build.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(AnalysisJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, AnalysisJson.Options.TypeInfoResolver),
    };

    /// <summary><paramref name="value"/> as JSON text under <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => AnalysisJson.Serialize(value, Options);

    /// <summary><paramref name="value"/> as JSON text under <see cref="Options"/>, by its runtime type (a record passed as <see cref="object"/>).</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(value.GetType()));

    /// <summary>
    /// <paramref name="value"/> as a JSON element, for a library writer that embeds it (the element carries the
    /// command line's record into a writer that only knows the library's types).
    /// </summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}
