using System.Globalization;
using Radiomics.IO;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The resume journal of one batch (or shard): a folder <c>OUT.parts/</c> beside the output holding
/// <c>manifest.json</c> (the batch's fingerprint) and one <c>row-NNNNNNN.jsonl</c> per finished case (its records,
/// written to a temporary file and renamed, so a part is either complete or absent). A killed run therefore loses
/// only the cases in flight; <c>--resume</c> keeps every part and runs the rest. The folder is removed only after
/// the final file is in place.
/// </summary>
public sealed class BatchJournal : IDisposable
{
    private const string ManifestName = "manifest.json";
    private const string PartPrefix = "row-";
    private const string PartSuffix = ".jsonl";

    private readonly FileStream _lock;

    private BatchJournal(string folder, HashSet<int> completed, FileStream exclusive)
    {
        Folder = folder;
        CompletedRows = completed;
        _lock = exclusive;
    }

    public string Folder { get; }

    /// <summary>The rows whose part was found when the journal was opened.</summary>
    public IReadOnlySet<int> CompletedRows { get; }

    /// <summary>The journal folder of an output file.</summary>
    public static string FolderFor(string outputPath) => Path.GetFullPath(outputPath) + ".parts";

    /// <summary>
    /// Opens (with <paramref name="resume"/>) or creates the journal. An existing journal without --resume, or one
    /// written for a different batch, is refused so that no result is silently thrown away or mixed in.
    /// </summary>
    public static BatchJournal Open(string folder, string fingerprint, bool resume)
    {
        Directory.CreateDirectory(folder);
        FileStream exclusive = Lock(folder);
        try
        {
            string manifest = Path.Combine(folder, ManifestName);
            if (!resume && Directory.EnumerateFiles(folder, PartPrefix + "*" + PartSuffix).Any())
            {
                throw new UsageException($"'{folder}' holds the results of an interrupted run: add --resume to continue it, or delete the folder to start again");
            }

            if (File.Exists(manifest) && File.ReadAllText(manifest).Trim() != ManifestText(fingerprint).Trim())
            {
                throw new UsageException($"'{folder}' was written by a different batch (case list, parameters, labels or shard differ); delete it to start again");
            }

            foreach (string stale in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                File.Delete(stale);
            }

            var completed = new HashSet<int>();
            foreach (string part in Directory.EnumerateFiles(folder, PartPrefix + "*" + PartSuffix))
            {
                string name = Path.GetFileName(part);
                if (int.TryParse(name.AsSpan(PartPrefix.Length, name.Length - PartPrefix.Length - PartSuffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int row))
                {
                    completed.Add(row);
                }
            }

            AtomicFile.WriteAllText(manifest, ManifestText(fingerprint));
            return new BatchJournal(folder, completed, exclusive);
        }
        catch
        {
            exclusive.Dispose();
            throw;
        }
    }

    /// <summary>Records a finished case (all its labels) atomically.</summary>
    public void Write(int row, IReadOnlyList<CaseRecord> records)
    {
        string text = string.Concat(records.Select(r => RecordCodec.Encode(r) + "\n"));
        AtomicFile.WriteAllText(PartPath(row), text);
    }

    /// <summary>The records of <paramref name="row"/>, or null when its part is missing or unreadable.</summary>
    public IReadOnlyList<CaseRecord>? TryRead(int row)
    {
        string path = PartPath(row);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var records = File.ReadLines(path).Where(l => l.Length > 0).Select(RecordCodec.Decode).ToList();
            return records.Count > 0 && records.All(r => r.Row == row) ? records : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The records of <paramref name="rows"/>, in that order (each part must exist).</summary>
    public IEnumerable<CaseRecord> ReadAll(IEnumerable<int> rows)
    {
        foreach (int row in rows)
        {
            IReadOnlyList<CaseRecord> records = TryRead(row) ?? throw new IOException($"{PartPath(row)}: the journal part is missing or damaged; run again with --resume");
            foreach (CaseRecord record in records)
            {
                yield return record;
            }
        }
    }

    /// <summary>Forgets a part that could not be read, so the case runs again.</summary>
    public void Discard(int row) => File.Delete(PartPath(row));

    /// <summary>A scratch path inside the journal (on the output's file system, so it can be renamed into place).</summary>
    public string ScratchPath(string name) => Path.Combine(Folder, "." + name + ".assembling.tmp");

    /// <summary>Releases the journal and removes its folder (call only once the final file is in place).</summary>
    public void Delete()
    {
        Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Holds <c>lock</c> in the journal exclusively for the run, so a second process started on the same output
    /// (a double-submitted job) is refused instead of mixing its parts in.
    /// </summary>
    private static FileStream Lock(string folder)
    {
        try
        {
            return new FileStream(Path.Combine(folder, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new UsageException($"another radiomics batch is running with the journal '{folder}'");
        }
    }

    private string PartPath(int row) => Path.Combine(Folder, $"{PartPrefix}{row.ToString("D7", CultureInfo.InvariantCulture)}{PartSuffix}");

    private static string ManifestText(string fingerprint) => $"{{\"journal\": \"radiomics batch\", \"version\": 1, \"fingerprint\": \"{fingerprint}\"}}\n";
}
