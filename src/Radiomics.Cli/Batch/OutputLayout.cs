using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The columns of a batch output, found in a first pass over the records: the carried-over CSV columns, then every
/// diagnostic and feature name. As PyRadiomics' batch does, the names come in the order of the first record (here:
/// the first successful one), followed by any names only later records have, sorted (ordinal).
/// </summary>
public sealed class OutputLayout
{
    private OutputLayout(IReadOnlyList<string> columns, IReadOnlyList<string> entryNames, IReadOnlySet<string> textEntries, int records, int failed)
    {
        Columns = columns;
        EntryNames = entryNames;
        TextEntries = textEntries;
        Records = records;
        Failed = failed;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> EntryNames { get; }

    /// <summary>Entry names that hold text in some record (the others are numbers everywhere).</summary>
    public IReadOnlySet<string> TextEntries { get; }

    public int Records { get; }

    public int Failed { get; }

    public static OutputLayout Scan(IReadOnlyList<string> columns, IEnumerable<CaseRecord> records)
    {
        var taken = new HashSet<string>(columns, StringComparer.Ordinal);
        var first = new List<string>();
        var later = new SortedSet<string>(StringComparer.Ordinal);
        var text = new HashSet<string>(StringComparer.Ordinal);
        bool haveFirst = false;
        int count = 0, failed = 0;
        foreach (CaseRecord record in records)
        {
            count++;
            if (record.Failed)
            {
                failed++;
                continue;
            }

            foreach (var (name, value) in record.Entries)
            {
                if (!value.IsNumber)
                {
                    text.Add(name);
                }

                if (taken.Add(name))
                {
                    (haveFirst ? (ICollection<string>)later : first).Add(name);
                }
            }

            haveFirst = true;
        }

        return new OutputLayout(columns, [.. first, .. later], text, count, failed);
    }

    /// <summary>A record's entries by name (for writers that follow the layout's column order).</summary>
    public static Dictionary<string, ResultValue> EntriesOf(CaseRecord record)
    {
        var map = new Dictionary<string, ResultValue>(record.Entries.Count, StringComparer.Ordinal);
        foreach (var (name, value) in record.Entries)
        {
            map.TryAdd(name, value);
        }

        return map;
    }
}
