using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Radiomics.Analysis.Common;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Writes and reads a <see cref="ModelBundle"/> as one canonical JSON file (by convention <c>.rbundle</c>):
/// <code>
/// {
///   "format": "radiomics-bundle",
///   "version": 1,
///   "content_sha256": "…",
///   "content": { tool, tool_version, extraction, harmonisation, selection, model, required_features, check_case }
/// }
/// </code>
/// <c>content_sha256</c> is the SHA-256 of the exact bytes of the <c>content</c> value as they stand in the file. The
/// writer makes those bytes canonical (UTF-8, two-space indentation, LF line ends, members in a fixed order, numbers in
/// shortest round-trip form, the model and ComBat estimates as their own writers serialise them, the bound settings as
/// the text <see cref="Radiomics.Configuration.SettingsFormatter"/> writes), so the same bundle
/// always gives the same file. Reading recomputes the digest: any changed byte in the content, or in the digest, fails
/// with a one-line message.
/// </summary>
public static class BundleFile
{
    private static readonly JsonWriterOptions Writing = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="bundle"/> to <paramref name="path"/> atomically; returns the content's SHA-256.</summary>
    /// <exception cref="BundleException">The file cannot be written.</exception>
    public static string Write(ModelBundle bundle, string path)
    {
        var (bytes, sha256) = Serialize(bundle);
        AnalysisFiles.WriteAtomically(path, stream => stream.Write(bytes), message => new BundleException(message));
        return sha256;
    }

    /// <summary>The file's bytes and the content's SHA-256.</summary>
    public static (byte[] Bytes, string Sha256) Serialize(ModelBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        byte[] content = Content(bundle);
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        using var file = new MemoryStream();
        file.Write(Encoding.UTF8.GetBytes($"{{\n  \"format\": \"{ModelBundle.FormatName}\",\n  \"version\": {ModelBundle.CurrentVersion},\n  \"content_sha256\": \"{sha256}\",\n  \"content\": "));
        file.Write(content);
        file.Write("\n}\n"u8);
        return (file.ToArray(), sha256);
    }

    /// <summary>Reads and checks a bundle file.</summary>
    /// <exception cref="BundleException">Missing, unreadable, not a bundle, changed since it was made, or of a newer version.</exception>
    public static ModelBundle Read(string path)
    {
        return Parse(AnalysisFiles.ReadBytes(path, "a bundle", message => new BundleException(message)), path);
    }

    /// <summary>Parses and checks bundle bytes; <paramref name="source"/> names them in messages.</summary>
    /// <exception cref="BundleException">Not a bundle, changed since it was made, or of a version this library does not read.</exception>
    public static ModelBundle Parse(byte[] bytes, string source)
    {
        try
        {
            var (recorded, start, end) = Envelope(bytes, source);
            ReadOnlySpan<byte> content = bytes.AsSpan(start, end - start);
            string actual = Convert.ToHexStringLower(SHA256.HashData(content));
            if (actual != recorded)
            {
                throw new BundleException($"{source}: the bundle has been changed since it was made (its content's SHA-256 is {actual}, the bundle records {recorded}); do not use it");
            }

            using JsonDocument document = JsonDocument.Parse(content.ToArray());
            return FromContent(document.RootElement, source) with { ContentSha256 = actual };
        }
        catch (JsonException e)
        {
            throw new BundleException($"{source}: not a valid bundle ({e.Message.Split('\n')[0].TrimEnd('.')}); it may be damaged or changed");
        }
        catch (Exception e) when (JsonFields.IsShapeProblem(e))
        {
            throw new BundleException($"{source}: not a valid bundle ({e.Message.Split('\n')[0].TrimEnd('.')}); it may be damaged or changed");
        }
    }

    /// <summary>The recorded digest and the byte range of the content value.</summary>
    private static (string Sha256, int Start, int End) Envelope(byte[] bytes, string source)
    {
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new BundleException($"{source}: not a Radiomics.NET bundle (expected a JSON object with \"format\": \"{ModelBundle.FormatName}\")");
        }

        string? format = null, sha256 = null;
        int? version = null;
        int start = -1, end = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "format" when reader.TokenType == JsonTokenType.String:
                    format = reader.GetString();
                    break;
                case "version" when reader.TokenType == JsonTokenType.Number:
                    version = reader.TryGetInt32(out int v) ? v : -1;
                    break;
                case "content_sha256" when reader.TokenType == JsonTokenType.String:
                    sha256 = reader.GetString();
                    break;
                case "content" when reader.TokenType == JsonTokenType.StartObject:
                    start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    end = (int)reader.BytesConsumed;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (format != ModelBundle.FormatName)
        {
            throw new BundleException($"{source}: not a Radiomics.NET bundle (format '{format ?? "missing"}', expected '{ModelBundle.FormatName}')");
        }

        if (version is not ModelBundle.CurrentVersion)
        {
            throw new BundleException($"{source}: bundle version {(version is { } x ? x.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")} is not supported (this version reads version {ModelBundle.CurrentVersion})");
        }

        if (sha256 is null || start < 0)
        {
            throw new BundleException($"{source}: the bundle lacks its {(sha256 is null ? "content_sha256" : "content")}; it may be damaged or changed");
        }

        return (sha256, start, end);
    }

    private static byte[] Content(ModelBundle bundle)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writing))
        {
            json.WriteStartObject();
            json.WriteString("tool", bundle.Tool);
            json.WriteString("tool_version", bundle.ToolVersion);
            json.WriteStartObject("extraction");
            json.WriteString("parameter_file", bundle.Extraction.ParameterFile);
            json.WriteString("parameter_sha256", bundle.Extraction.ParameterSha256);
            json.WriteString("settings", bundle.Extraction.SettingsJson);
            json.WriteString("parameter_text", bundle.Extraction.ParameterText);
            json.WriteEndObject();
            json.WritePropertyName("harmonisation");
            if (bundle.Harmonisation is { } combat)
            {
                WriteEmbedded(json, CombatModelJson.Serialize(combat));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WritePropertyName("selection");
            if (bundle.Selection is { } selection)
            {
                json.WriteStartObject();
                json.WriteString("source", selection.Source);
                WriteNames(json, "selected", selection.Selected);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WritePropertyName("model");
            WriteEmbedded(json, ModelJson.Serialise(bundle.Model));
            WriteNames(json, "required_features", bundle.RequiredFeatures);
            json.WriteStartObject("check_case");
            json.WriteString("generator", bundle.CheckCase.Generator);
            json.WriteNumber("seed", bundle.CheckCase.Seed);
            json.WriteNumber("size", bundle.CheckCase.Size);
            json.WriteNumber("label", bundle.CheckCase.Label);
            json.WriteStartObject("values");
            foreach (var (name, value) in bundle.CheckCase.Values)
            {
                json.WritePropertyName(name);
                AnalysisJson.WriteNumber(json, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static ModelBundle FromContent(JsonElement content, string source)
    {
        JsonElement extraction = JsonFields.Member(content, "extraction");
        JsonElement check = JsonFields.Member(content, "check_case");
        JsonElement harmonisation = JsonFields.Member(content, "harmonisation");
        JsonElement selection = JsonFields.Member(content, "selection");
        return new ModelBundle
        {
            Tool = JsonFields.Text(content, "tool"),
            ToolVersion = JsonFields.Text(content, "tool_version"),
            Extraction = new BundleExtraction(
                JsonFields.Text(extraction, "parameter_file"),
                JsonFields.Text(extraction, "parameter_text"),
                JsonFields.Text(extraction, "parameter_sha256"),
                JsonFields.Text(extraction, "settings")),
            Harmonisation = harmonisation.ValueKind == JsonValueKind.Null ? null : Embedded(() => CombatModelReader.Read(harmonisation, $"{source} (harmonisation)")),
            Selection = selection.ValueKind == JsonValueKind.Null
                ? null
                : new BundleSelection(JsonFields.Text(selection, "source"), JsonFields.Texts(selection, "selected")),
            Model = Embedded(() => ModelReader.Read(JsonFields.Member(content, "model"), $"{source} (model)")),
            RequiredFeatures = JsonFields.Texts(content, "required_features"),
            CheckCase = new CheckCase(
                JsonFields.Text(check, "generator"),
                JsonFields.Member(check, "seed").GetUInt64(),
                JsonFields.Int(check, "size"),
                JsonFields.Int(check, "label"),
                CheckValues(JsonFields.Member(check, "values"))),
        };
    }

    /// <summary>Reads an embedded model through its own reader, its one-line refusal becoming the bundle's.</summary>
    private static T Embedded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ModelException e)
        {
            throw new BundleException(e.Message.TrimEnd('.'), e);
        }
        catch (FeatureTableException e)
        {
            throw new BundleException(e.Message, e);
        }
    }

    private static void WriteEmbedded(Utf8JsonWriter json, string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        document.RootElement.WriteTo(json);
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<string> names)
    {
        json.WriteStartArray(name);
        foreach (string item in names)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static KeyValuePair<string, double>[] CheckValues(JsonElement values)
    {
        var list = new List<KeyValuePair<string, double>>();
        foreach (JsonProperty property in values.EnumerateObject())
        {
            list.Add(new(property.Name, JsonFields.Number(property.Value)));
        }

        return [.. list];
    }
}
