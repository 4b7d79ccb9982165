using System.Globalization;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Shard K of N (K from 0 to N−1). Cases are split into N contiguous blocks of the CSV's data rows: shard K runs rows
/// ⌊K·R/N⌋ to ⌊(K+1)·R/N⌋−1 of R. Contiguous blocks let <c>radiomics merge</c> join shards by plain concatenation,
/// one file open at a time.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Where K and N came from, for the log ("--shard", "SLURM_ARRAY_TASK_ID", …).</summary>
    public string Source { get; init; } = "--shard";

    public (int First, int End) RowRange(int rowCount) =>
        ((int)((long)Index * rowCount / Count), (int)((long)(Index + 1) * rowCount / Count));

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>
    /// The shard of this process: <c>--shard K/N</c> when given (<c>--shard off</c>: none); otherwise K from
    /// <c>JOB_COMPLETION_INDEX</c> (Kubernetes Indexed Job) or <c>SLURM_ARRAY_TASK_ID</c> − <c>SLURM_ARRAY_TASK_MIN</c>
    /// (Slurm job array) and N from <c>--shard-count</c> or <c>SLURM_ARRAY_TASK_COUNT</c>; null when not sharded.
    /// </summary>
    public static ShardSpec? Resolve(string? shard, int? shardCount, Func<string, string?> environment)
    {
        if (shard is not null)
        {
            if (shardCount is not null)
            {
                throw new UsageException("give either --shard K/N or --shard-count N, not both");
            }

            return shard == "off" ? null : Parse(shard);
        }

        if (shardCount is { } count)
        {
            if (Integer(environment("JOB_COMPLETION_INDEX")) is { } index)
            {
                return Make(index, count, "JOB_COMPLETION_INDEX");
            }

            if (SlurmIndex(environment) is { } slurm)
            {
                return Make(slurm, count, "SLURM_ARRAY_TASK_ID");
            }

            throw new UsageException("--shard-count needs the shard index from JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID; neither is set (or give --shard K/N)");
        }

        if (SlurmIndex(environment) is { } task && Integer(environment("SLURM_ARRAY_TASK_COUNT")) is { } tasks)
        {
            return Make(task, tasks, "SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT");
        }

        return null;
    }

    public static ShardSpec Parse(string text)
    {
        int slash = text.IndexOf('/');
        if (slash > 0 && Integer(text[..slash]) is { } index && Integer(text[(slash + 1)..]) is { } count)
        {
            return Make(index, count, "--shard");
        }

        throw new UsageException($"--shard needs K/N with 0 ≤ K < N (e.g. 0/4), or 'off'; not '{text}'");
    }

    private static ShardSpec Make(int index, int count, string source) =>
        count >= 1 && index >= 0 && index < count
            ? new ShardSpec(index, count) { Source = source }
            : throw new UsageException($"shard {index}/{count} (from {source}) is out of range: K must be 0 to N−1 and N ≥ 1");

    private static int? SlurmIndex(Func<string, string?> environment) =>
        Integer(environment("SLURM_ARRAY_TASK_ID")) is { } id ? id - (Integer(environment("SLURM_ARRAY_TASK_MIN")) ?? 0) : null;

    private static int? Integer(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
