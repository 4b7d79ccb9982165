using System.Text.Json;

namespace Radiomics.Tests.Support;

/// <summary>Reads PyRadiomics' reference outputs (pyradiomics-parity/*.pyradiomics.json): feature name → value.</summary>
public static class ParityReference
{
    public static IReadOnlyDictionary<string, double> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.String when property.Value.GetString() is "NaN" or "nan" => double.NaN,
                _ => double.NaN,
            };
        }

        return values;
    }

    /// <summary>Relative agreement as the parity tests use it: |a − b| ≤ rel·max(|a|, |b|), or both NaN, or both tiny.</summary>
    public static bool Close(double expected, double actual, double relative, double absoluteFloor = 1e-12)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        double difference = Math.Abs(expected - actual);
        return difference <= absoluteFloor || difference <= relative * Math.Max(Math.Abs(expected), Math.Abs(actual));
    }
}
