using System.CommandLine;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics merge --out FILE SHARD_FILE...</c>: joins shard outputs into the single-run output.</summary>
public sealed class MergeCommand : CliCommand
{
    private Argument<string[]> _shards = null!;
    private Option<string> _out = null!;
    private Option<string?> _format = null!;

    public MergeCommand()
        : base("merge", "join the shard files of a sharded batch into one output")
    {
    }

    protected override void Declare()
    {
        _shards = Positional(new Argument<string[]>("SHARD_FILE")
        {
            Description = "the OUT.shard-K-of-N.jsonl files written by 'radiomics batch --shard K/N' (all N of them, in any order); they must come from the same case list and parameters",
            Arity = ArgumentArity.OneOrMore,
        });
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "FILE",
            Description = "the merged output, identical to what one 'radiomics batch' run would have written",
            Required = true,
        });
        _format = Add(OptionValues.Text("--format", "F", $"{BatchFormats.Names} (default: the --format the shards were run with)", "-f"));
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics merge --out features.csv features.csv.shard-0-of-2.jsonl features.csv.shard-1-of-2.jsonl", "join both shards of a batch into features.csv"),
        new("radiomics merge -o features.parquet -f parquet features.csv.shard-*", "the same rows as Parquet"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => ExitCodes.WithCases;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string outPath = parsed.GetRequiredValue(_out);
        string[] paths = parsed.GetRequiredValue(_shards);
        string? formatName = parsed.GetValue(_format);
        BatchFormat? requested = formatName is null ? null : BatchFormats.Resolve(formatName, null);
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                throw new InputException(Directory.Exists(path) ? $"{path}: is a folder, not a shard file" : $"{path}: shard file not found");
            }
        }

        OutputLocation.CheckFile("--out", outPath);
        var shards = paths.Select(p => (Path: p, Header: ShardFile.ReadHeader(p))).OrderBy(s => s.Header.Shard).ToList();
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

        if (requested is null && shards.Select(s => s.Header.Format).Distinct().Count() > 1)
        {
            throw new UsageException($"the shards were run with different --format values ({string.Join(", ", shards.Select(s => s.Header.Format).Distinct())}); give --format");
        }

        BatchFormat format = requested ?? BatchFormats.Resolve(reference.Format, null);
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
