namespace Radiomics.Cli.Tests.Batch;

/// <summary>The detailed log says how busy the workers were, so a starved machine (CPU well below jobs) shows.</summary>
public sealed class WorkerUsageTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Batch_DetailedVerbosity_ReportsWorkerBusyTimeAndProcessCpu()
    {
        string csv = _work.WriteGoodCases(3);

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", _work.Path("out.csv"), "--jobs", "2", "--verbosity", "detailed");

        Assert.True(code == 0, error);
        Assert.Matches(@"3 case\(s\) in \d+\.\d s on 2 worker\(s\); workers busy \d+% of that time; process CPU \d+\.\d s \(\d+\.\d\d cores\)", error);
    }

    [Fact]
    public void Batch_NormalVerbosity_DoesNotReportWorkerUsage()
    {
        string csv = _work.WriteGoodCases(2);

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", _work.Path("out.csv"), "--jobs", "2");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("workers busy", error);
    }
}
