using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Tests.Batch;

public class ShardMergeTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("csv", 3)]
    [InlineData("parquet", 2)]
    [InlineData("jsonl", 4)]
    public void Shards_MergedTogether_EqualOneSingleRun(string format, int shards)
    {
        string csv = _work.WriteGoodCases(6);
        File.AppendAllText(csv, "P900,no-such-image.nii,case0-mask.nii\n");
        string parameters = _work.WriteParams();
        string single = _work.Path($"single.{format}");
        Assert.Equal(BatchRun.SomeCasesFailed, CliRunner.Run("batch", csv, "--params", parameters, "--out", single).ExitCode);

        string sharded = _work.Path($"sharded.{format}");
        for (int k = shards - 1; k >= 0; k--)
        {
            var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", sharded, "--shard", $"{k}/{shards}");
            Assert.True(code is 0 or BatchRun.SomeCasesFailed, error);
            Assert.False(File.Exists(sharded), "a shard run writes only its shard file");
        }

        string[] shardFiles = Directory.GetFiles(_work.Folder, $"sharded.{format}.shard-*-of-{shards}.jsonl");
        Assert.Equal(shards, shardFiles.Length);
        string merged = _work.Path($"merged.{format}");
        var (mergeCode, _, mergeError) = CliRunner.Run(["merge", "--out", merged, .. shardFiles.Reverse()]);

        Assert.True(mergeCode == BatchRun.SomeCasesFailed, mergeError);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(merged));
        Assert.Equal(File.ReadAllBytes(_work.Path("single.errors.csv")), File.ReadAllBytes(_work.Path("merged.errors.csv")));
    }

    [Fact]
    public void Shard_RetriedWithResumeAfterItFinished_KeepsItsFile()
    {
        string csv = _work.WriteGoodCases(2);
        string outPath = _work.Path("out.csv");
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath, "--shard", "1/2").ExitCode);
        string shardFile = _work.Path("out.csv.shard-1-of-2.jsonl");
        DateTime written = File.GetLastWriteTimeUtc(shardFile);

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath, "--shard", "1/2", "--resume");

        Assert.True(code == 0, error);
        Assert.Contains("already complete", error);
        Assert.Equal(written, File.GetLastWriteTimeUtc(shardFile));
    }

    [Fact]
    public void Merge_MissingShard_IsRefusedNamingIt()
    {
        string csv = _work.WriteGoodCases(3);
        string outPath = _work.Path("out.csv");
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath, "--shard", "0/3").ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath, "--shard", "2/3").ExitCode);

        var (code, _, error) = CliRunner.Run(["merge", "--out", _work.Path("merged.csv"), .. Directory.GetFiles(_work.Folder, "out.csv.shard-*")]);

        Assert.Equal(2, code);
        Assert.Contains("shard(s) 1 of 3 missing", error);
        Assert.False(File.Exists(_work.Path("merged.csv")));
    }

    [Fact]
    public void Merge_ShardsOfDifferentBatches_IsRefused()
    {
        string csv = _work.WriteGoodCases(2);
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", _work.Path("a.csv"), "--shard", "0/2").ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", csv, "--out", _work.Path("b.csv"), "--shard", "1/2", "--setting", "binWidth:10").ExitCode);

        var (code, _, error) = CliRunner.Run("merge", "--out", _work.Path("m.csv"), _work.Path("a.csv.shard-0-of-2.jsonl"), _work.Path("b.csv.shard-1-of-2.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("different batch", error);
    }

    [Fact]
    public void ShardSpec_ContiguousBlocks_CoverEveryRowOnce()
    {
        foreach (int rows in new[] { 0, 1, 7, 100 })
        {
            foreach (int count in new[] { 1, 3, 8 })
            {
                var covered = Enumerable.Range(0, count).SelectMany(k =>
                {
                    var (first, end) = new ShardSpec(k, count).RowRange(rows);
                    return Enumerable.Range(first, end - first);
                });
                Assert.Equal(Enumerable.Range(0, rows), covered);
            }
        }
    }

    [Fact]
    public void ShardSpec_FromSlurmArray_UsesTaskIdRelativeToMinAndTaskCount()
    {
        var environment = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "5", ["SLURM_ARRAY_TASK_MIN"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = "8" };

        ShardSpec? shard = ShardSpec.Resolve(null, null, environment.GetValueOrDefault);

        Assert.Equal((4, 8), (shard!.Index, shard.Count));
    }

    [Fact]
    public void ShardSpec_FromKubernetesIndexedJob_NeedsShardCount()
    {
        var environment = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2" };

        Assert.Null(ShardSpec.Resolve(null, null, environment.GetValueOrDefault));
        ShardSpec? shard = ShardSpec.Resolve(null, 4, environment.GetValueOrDefault);
        Assert.Equal((2, 4), (shard!.Index, shard.Count));
        Assert.Throws<UsageException>(() => ShardSpec.Resolve(null, 2, environment.GetValueOrDefault));
        Assert.Throws<UsageException>(() => ShardSpec.Resolve(null, 4, new Dictionary<string, string>().GetValueOrDefault));
    }

    [Fact]
    public void ShardSpec_ExplicitOrOff_OverridesTheEnvironment()
    {
        var environment = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = "2" };

        ShardSpec? shard = ShardSpec.Resolve("0/3", null, environment.GetValueOrDefault);
        Assert.Equal((0, 3), (shard!.Index, shard.Count));
        Assert.Null(ShardSpec.Resolve("off", null, environment.GetValueOrDefault));
        Assert.Throws<UsageException>(() => ShardSpec.Parse("3/3"));
        Assert.Throws<UsageException>(() => ShardSpec.Parse("1of2"));
    }
}
