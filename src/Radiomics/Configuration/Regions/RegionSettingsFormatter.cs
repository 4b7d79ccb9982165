using System.Text;
using System.Text.Json;

namespace Radiomics.Configuration.Regions;

/// <summary>
/// The canonical JSON of a region list, for provenance (<c>diagnostics_Configuration_Regions</c>) and hashing: same
/// definitions ⇒ same text. Keys in a fixed order, mask paths as the parameter file writes them (so the text does not
/// depend on the folder the run starts in), distances in round-trip form.
/// </summary>
public static class RegionSettingsFormatter
{
    /// <summary>The regions as one canonical JSON array, in the given order.</summary>
    public static string ToJson(IReadOnlyList<RegionSettings> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (RegionSettings region in regions)
            {
                json.WriteStartObject();
                json.WriteString("name", region.Name);
                if (region.OperationKey is { } key)
                {
                    json.WriteNumber(key, region.DistanceMm);
                }

                WriteMask(json, "clip", region.Clip);
                WriteMask(json, "subtract", region.Subtract);
                json.WriteBoolean("largestComponent", region.LargestComponent);
                json.WriteBoolean("fillHoles", region.FillHoles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMask(Utf8JsonWriter json, string name, RegionMaskSource? mask)
    {
        if (mask is null)
        {
            return;
        }

        json.WriteStartObject(name);
        if (mask.Column is { } column)
        {
            json.WriteString("column", column);
        }
        else
        {
            json.WriteString("path", mask.Path);
        }

        if (mask.Label is { } label)
        {
            json.WriteNumber("label", label);
        }

        json.WriteEndObject();
    }
}
