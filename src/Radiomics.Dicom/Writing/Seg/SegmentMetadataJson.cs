using System.Globalization;
using System.Text.Json;
using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// Reads segment metadata in the JSON layout of dcmqi's <c>itkimage2segimage</c> (its seg-schema): top-level
/// SeriesDescription, SeriesNumber, InstanceNumber, ContentCreatorName, ContentLabel, ContentDescription, and
/// <c>segmentAttributes</c> — a list of lists (dcmqi: one per input file; flattened here) or a flat list — of segments
/// each with <c>labelID</c> (the label value), SegmentLabel, SegmentDescription, SegmentAlgorithmType,
/// SegmentAlgorithmName, SegmentedPropertyCategoryCodeSequence, SegmentedPropertyTypeCodeSequence,
/// SegmentedPropertyTypeModifierCodeSequence, AnatomicRegionSequence (each {CodeValue, CodingSchemeDesignator,
/// CodeMeaning}), recommendedDisplayRGBValue ([r, g, b]) and TrackingIdentifier. Other keys are ignored. Numbers may
/// be given as JSON numbers or strings (dcmqi writes strings).
/// </summary>
public static class SegmentMetadataJson
{
    /// <summary>Reads and parses the dcmqi-style JSON file <paramref name="path"/>.</summary>
    /// <exception cref="DicomWriteException">The file cannot be read, is not JSON of that layout, or holds an invalid value (the message names the key).</exception>
    public static SegmentationMetadata Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DicomWriteException(path, $"cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses the JSON <paramref name="text"/>; <paramref name="source"/> names it in messages.</summary>
    public static SegmentationMetadata Parse(string text, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new DicomWriteException(source, $"is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DicomWriteException(source, "the segment metadata must be a JSON object");
            }

            var segments = new Dictionary<int, SegmentDefinition>();
            if (root.TryGetProperty("segmentAttributes", out JsonElement attributes))
            {
                foreach (JsonElement segment in Flatten(attributes, source))
                {
                    int label = Integer(segment, "labelID", source) ?? throw new DicomWriteException(source, "a segmentAttributes entry has no labelID");
                    if (!segments.TryAdd(label, ReadSegment(segment, label, source)))
                    {
                        throw new DicomWriteException(source, $"labelID {label} is described twice");
                    }
                }
            }

            var defaults = SegmentationMetadata.Default;
            return new SegmentationMetadata
            {
                SeriesDescription = String(root, "SeriesDescription", source) ?? defaults.SeriesDescription,
                SeriesNumber = Integer(root, "SeriesNumber", source) ?? defaults.SeriesNumber,
                InstanceNumber = Integer(root, "InstanceNumber", source) ?? defaults.InstanceNumber,
                ContentLabel = String(root, "ContentLabel", source) ?? defaults.ContentLabel,
                ContentDescription = String(root, "ContentDescription", source),
                ContentCreatorName = String(root, "ContentCreatorName", source),
                SegmentsByLabel = segments,
            };
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement attributes, string source)
    {
        if (attributes.ValueKind != JsonValueKind.Array)
        {
            throw new DicomWriteException(source, "segmentAttributes must be a list");
        }

        foreach (JsonElement entry in attributes.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement inner in entry.EnumerateArray())
                {
                    yield return inner;
                }
            }
            else
            {
                yield return entry;
            }
        }
    }

    private static SegmentDefinition ReadSegment(JsonElement segment, int label, string source)
    {
        string where = $"{source}: labelID {label}";
        string algorithmType = String(segment, "SegmentAlgorithmType", where) ?? "MANUAL";
        var definition = new SegmentDefinition(String(segment, "SegmentLabel", where) ?? $"Segment {label}")
        {
            Description = String(segment, "SegmentDescription", where),
            AlgorithmType = algorithmType switch
            {
                "MANUAL" => SegmentAlgorithmType.Manual,
                "SEMIAUTOMATIC" => SegmentAlgorithmType.Semiautomatic,
                "AUTOMATIC" => SegmentAlgorithmType.Automatic,
                _ => throw new DicomWriteException(where, $"SegmentAlgorithmType '{algorithmType}' is not MANUAL, SEMIAUTOMATIC or AUTOMATIC"),
            },
            AlgorithmName = String(segment, "SegmentAlgorithmName", where),
            TypeModifier = Code(segment, "SegmentedPropertyTypeModifierCodeSequence", where),
            AnatomicRegion = Code(segment, "AnatomicRegionSequence", where),
            Color = Color(segment, where),
            TrackingId = String(segment, "TrackingIdentifier", where),
        };
        return definition with
        {
            Category = Code(segment, "SegmentedPropertyCategoryCodeSequence", where) ?? definition.Category,
            Type = Code(segment, "SegmentedPropertyTypeCodeSequence", where) ?? definition.Type,
        };
    }

    private static CodedConcept? Code(JsonElement parent, string key, string where)
    {
        if (!parent.TryGetProperty(key, out JsonElement code))
        {
            return null;
        }

        if (code.ValueKind == JsonValueKind.Array && code.GetArrayLength() == 1)
        {
            code = code[0];
        }

        string subject = $"{where}: {key}";
        if (code.ValueKind != JsonValueKind.Object)
        {
            throw new DicomWriteException(subject, "must be an object {CodeValue, CodingSchemeDesignator, CodeMeaning}");
        }

        return new CodedConcept(
            String(code, "CodeValue", subject) ?? throw new DicomWriteException(subject, "has no CodeValue"),
            String(code, "CodingSchemeDesignator", subject) ?? throw new DicomWriteException(subject, "has no CodingSchemeDesignator"),
            String(code, "CodeMeaning", subject) ?? throw new DicomWriteException(subject, "has no CodeMeaning"));
    }

    private static DisplayColor? Color(JsonElement segment, string where)
    {
        if (!segment.TryGetProperty("recommendedDisplayRGBValue", out JsonElement rgb))
        {
            return null;
        }

        if (rgb.ValueKind != JsonValueKind.Array || rgb.GetArrayLength() != 3)
        {
            throw new DicomWriteException($"{where}: recommendedDisplayRGBValue", "must be a list of three numbers 0-255");
        }

        var channels = new byte[3];
        for (int i = 0; i < 3; i++)
        {
            int? value = rgb[i].ValueKind == JsonValueKind.Number && rgb[i].TryGetInt32(out int n) ? n
                : rgb[i].ValueKind == JsonValueKind.String && int.TryParse(rgb[i].GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s
                : null;
            channels[i] = value is >= 0 and <= 255 ? (byte)value.Value
                : throw new DicomWriteException($"{where}: recommendedDisplayRGBValue", "must be a list of three numbers 0-255");
        }

        return new DisplayColor(channels[0], channels[1], channels[2]);
    }

    private static string? String(JsonElement parent, string key, string where)
    {
        if (!parent.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new DicomWriteException($"{where}: {key}", "must be a string"),
        };
    }

    private static int? Integer(JsonElement parent, string key, string where)
    {
        if (String(parent, key, where) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new DicomWriteException($"{where}: {key}", $"'{text}' is not an integer");
    }
}
