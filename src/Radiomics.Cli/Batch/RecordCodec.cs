using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The lossless text form of a <see cref="CaseRecord"/>: one JSON object per line,
/// <c>{"row":3,"columns":[["Image","/a.nii"],…],"error":null,"entries":[["name","n","1.5"],["name","t","text"],…]}</c>.
/// Numbers are kept as round-trip text ("R"; "nan", "inf", "-inf"), so every double comes back bit for bit.
/// </summary>
public static class RecordCodec
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Encode(CaseRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("row", record.Row);
            json.WriteStartArray("columns");
            foreach (var (name, value) in record.Columns)
            {
                json.WriteStartArray();
                json.WriteStringValue(name);
                json.WriteStringValue(value);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (record.Error is null)
            {
                json.WriteNull("error");
            }
            else
            {
                json.WriteString("error", record.Error);
            }

            json.WriteStartArray("entries");
            foreach (var (name, value) in record.Entries)
            {
                json.WriteStartArray();
                json.WriteStringValue(name);
                json.WriteStringValue(value.IsNumber ? "n" : "t");
                json.WriteStringValue(value.ToString());
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one encoded record; a malformed line throws <see cref="FormatException"/>.</summary>
    public static CaseRecord Decode(string line)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            int row = root.GetProperty("row").GetInt32();
            var columns = new List<KeyValuePair<string, string>>();
            foreach (JsonElement pair in root.GetProperty("columns").EnumerateArray())
            {
                columns.Add(new(pair[0].GetString()!, pair[1].GetString()!));
            }

            JsonElement error = root.GetProperty("error");
            var entries = new List<KeyValuePair<string, ResultValue>>();
            foreach (JsonElement entry in root.GetProperty("entries").EnumerateArray())
            {
                string text = entry[2].GetString()!;
                ResultValue value = entry[1].GetString() == "n" ? ParseNumber(text) : text;
                entries.Add(new(entry[0].GetString()!, value));
            }

            return new CaseRecord(row, columns, error.ValueKind == JsonValueKind.Null ? null : error.GetString(), entries);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new FormatException($"not a batch record: {e.Message}", e);
        }
    }

    private static double ParseNumber(string text) => text switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
