using System.Text.Json;
using Radiomics.IO;

namespace Radiomics.Configuration;

/// <summary>
/// Builds a <see cref="ParameterValue"/> from a JSON parameter file with System.Text.Json, nesting limited to
/// <see cref="ParameterFile.MaxNesting"/> levels (its <c>MaxDepth</c>), comments and trailing commas tolerated. Strings
/// become quoted scalars, numbers and true/false plain scalars (typed later as YAML would), null a null; a key that
/// appears twice in one object is an error.
/// </summary>
internal static class JsonParameterReader
{
    public static ParameterValue Read(string text, string source)
    {
        var options = new JsonDocumentOptions { MaxDepth = ParameterFile.MaxNesting, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        try
        {
            using JsonDocument document = JsonDocument.Parse(text, options);
            return Convert(document.RootElement, source);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw new ParameterException($"{source}: not valid JSON{where}: {SafeText.Escape(e.Message)}");
        }
        catch (InvalidOperationException e)
        {
            throw new ParameterException($"{source}: not usable JSON: {SafeText.Escape(e.Message)}");
        }
    }

    /// <summary>Recursion is bounded by <see cref="JsonDocumentOptions.MaxDepth"/>.</summary>
    private static ParameterValue Convert(JsonElement element, string source)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<string, ParameterValue>>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!keys.Add(property.Name))
                    {
                        throw new ParameterException($"{source}: the key {SafeText.Quote(property.Name, 60)} appears twice in the same object.");
                    }

                    entries.Add(new(property.Name, Convert(property.Value, source)));
                }

                return new ParameterValue.Mapping(entries);
            case JsonValueKind.Array:
                return new ParameterValue.Sequence(element.EnumerateArray().Select(item => Convert(item, source)).ToArray());
            case JsonValueKind.String:
                return new ParameterValue.Scalar(element.GetString()!, Quoted: true);
            case JsonValueKind.Number:
                return new ParameterValue.Scalar(element.GetRawText(), Quoted: false);
            case JsonValueKind.True or JsonValueKind.False:
                return new ParameterValue.Scalar(element.ValueKind == JsonValueKind.True ? "true" : "false", Quoted: false);
            default:
                return new ParameterValue.Null();
        }
    }
}
