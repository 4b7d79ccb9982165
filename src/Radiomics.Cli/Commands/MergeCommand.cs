using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics merge --out FILE SHARD_FILE...</c>: joins shard outputs into the single-run output.</summary>
public sealed class MergeCommand : ICommand
{
    private static readonly string[] ValueOptions = ["--out", "--format"];

    public string Name => "merge";

    public string Summary => "join the shard files of a sharded batch into one output";

    public string Usage => """
        usage: radiomics merge --out FILE [--format csv|long|jsonl|parquet] SHARD_FILE...

          SHARD_FILE         the OUT.shard-K-of-N.jsonl files written by 'radiomics batch --shard K/N' (all N of them,
                             in any order); they must come from the same case list and parameters
          --out FILE         the merged output, identical to what one 'radiomics batch' run would have written
          --format F         the output format (default: the --format the shards were run with)

          Exit status: 0 merged and no case failed, 3 merged but some cases failed (see OUT-STEM.errors.csv),
          1 the shards are incomplete or do not belong together, 2 bad command line.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, []);
        string outPath = arguments.Value("--out") ?? throw new UsageException("merge needs --out FILE");
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException("merge needs the shard files to join");
        }

        var shards = arguments.Positional.Select(p => (Path: p, Header: ShardFile.ReadHeader(p))).OrderBy(s => s.Header.Shard).ToList();
        ShardFile.Header reference = shards[0].Header;
        foreach (var (path, header) in shards)
        {
            if (header.Fingerprint != reference.Fingerprint || header.Count != reference.Count || header.Rows != reference.Rows
                || !header.Columns.SequenceEqual(reference.Columns))
            {
                throw new UsageException($"{path} belongs to a different batch than {shards[0].Path} (case list, parameters, labels or shard count differ)");
            }
        }

        var duplicate = shards.GroupBy(s => s.Header.Shard).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"shard {duplicate.Key} of {reference.Count} is given twice: {string.Join(", ", duplicate.Select(s => s.Path))}");
        }

        var missing = Enumerable.Range(0, reference.Count).Except(shards.Select(s => s.Header.Shard)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"shard(s) {string.Join(", ", missing)} of {reference.Count} missing; merge needs all {reference.Count}");
        }

        string? formatName = arguments.Value("--format");
        if (formatName is null && shards.Select(s => s.Header.Format).Distinct().Count() > 1)
        {
            throw new UsageException($"the shards were run with different --format values ({string.Join(", ", shards.Select(s => s.Header.Format).Distinct())}); give --format");
        }

        BatchFormat format = BatchFormats.Resolve(formatName ?? reference.Format, null);
        IEnumerable<CaseRecord> Records() => Checked(shards.Select(s => s.Path).ToList(), reference);
        OutputLayout layout = FinalOutput.Write(outPath, format, reference.Columns, Records);
        string errors = layout.Failed > 0 ? $" (errors in {BatchOutputWriter.ErrorsPathFor(outPath)})" : "";
        error.WriteLine($"radiomics merge: {shards.Count} shard(s), {reference.Rows} case(s), {layout.Records} result row(s), {layout.Failed} failed{errors}; wrote {Path.GetFullPath(outPath)}");
        return layout.Failed > 0 ? BatchRun.SomeCasesFailed : 0;
    }

    /// <summary>The shards' records in row order, checking that each shard holds exactly its own rows, all of them.</summary>
    private static IEnumerable<CaseRecord> Checked(IReadOnlyList<string> paths, ShardFile.Header reference)
    {
        for (int k = 0; k < paths.Count; k++)
        {
            (int first, int end) = new ShardSpec(k, reference.Count).RowRange(reference.Rows);
            int expected = first;
            foreach (CaseRecord record in ShardFile.ReadRecords(paths[k]))
            {
                if (record.Row == expected)
                {
                    expected++;
                }
                else if (record.Row != expected - 1 || record.Row < first)
                {
                    throw new IOException($"{paths[k]}: holds case {record.Row + 1} where case {expected + 1} was expected; the shard file is damaged");
                }

                yield return record;
            }

            if (expected != end)
            {
                throw new IOException($"{paths[k]}: ends at case {expected} but shard {k} covers cases {first + 1} to {end}; the shard file is incomplete");
            }
        }
    }
}
