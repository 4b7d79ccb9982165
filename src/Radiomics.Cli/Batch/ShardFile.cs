using System.Text;
using System.Text.Json;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The output of one shard: JSON lines, a header line then the shard's records in row order (the journal's own
/// record form, <see cref="RecordCodec"/>). The header names the batch (fingerprint), the shard (K of N), the
/// number of CSV rows, the carried-over columns and the final format, so that <c>radiomics merge</c> can check that
/// the shards belong together and are complete before it writes a file identical to a single run's.
/// </summary>
public static class ShardFile
{
    public sealed record Header(string Fingerprint, int Shard, int Count, int Rows, string Format, IReadOnlyList<string> Columns);

    /// <summary>The shard file of an output: <c>OUT.shard-K-of-N.jsonl</c> (K zero-padded to N's width).</summary>
    public static string PathFor(string outputPath, ShardSpec shard)
    {
        int width = (shard.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return $"{Path.GetFullPath(outputPath)}.shard-{shard.Index.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture)}-of-{shard.Count}.jsonl";
    }

    public static void Write(Stream stream, Header header, IEnumerable<CaseRecord> records)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write(HeaderLine(header));
        writer.Write('\n');
        foreach (CaseRecord record in records)
        {
            writer.Write(RecordCodec.Encode(record));
            writer.Write('\n');
        }
    }

    /// <summary>The header as one JSON line (written field by field: no reflection, so it holds under AOT).</summary>
    private static string HeaderLine(Header header)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("radiomicsBatchShard", 1);
            json.WriteString("fingerprint", header.Fingerprint);
            json.WriteNumber("shard", header.Shard);
            json.WriteNumber("count", header.Count);
            json.WriteNumber("rows", header.Rows);
            json.WriteString("format", header.Format);
            json.WriteStartArray("columns");
            foreach (string column in header.Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Header ReadHeader(string path)
    {
        if (Radiomics.IO.InputFiles.ProblemWithFile(path) is { } problem)
        {
            // A pipe or device would block or never end: only regular files are read.
            throw new InputException($"the shard file {Radiomics.IO.SafeText.Quote(path)} {problem}");
        }

        string? first = File.ReadLines(path).FirstOrDefault();
        try
        {
            using JsonDocument document = JsonDocument.Parse(first ?? "");
            JsonElement root = document.RootElement;
            if (!root.TryGetProperty("radiomicsBatchShard", out JsonElement version) || version.GetInt32() != 1)
            {
                throw new UsageException($"{path}: not a shard file of radiomics batch (run 'radiomics batch … --shard K/N' to make one)");
            }

            return new Header(
                root.GetProperty("fingerprint").GetString()!,
                root.GetProperty("shard").GetInt32(),
                root.GetProperty("count").GetInt32(),
                root.GetProperty("rows").GetInt32(),
                root.GetProperty("format").GetString()!,
                root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new UsageException($"{path}: not a shard file of radiomics batch ({e.Message})");
        }
    }

    /// <summary>The records of a shard file, streamed.</summary>
    public static IEnumerable<CaseRecord> ReadRecords(string path)
    {
        bool header = true;
        foreach (string line in File.ReadLines(path))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (line.Length > 0)
            {
                CaseRecord record;
                try
                {
                    record = RecordCodec.Decode(line);
                }
                catch (FormatException e)
                {
                    throw new IOException($"{path}: damaged record ({e.Message})", e);
                }

                yield return record;
            }
        }
    }
}
