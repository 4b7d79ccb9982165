using System.Diagnostics;
using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Tests.Batch;

public class ResumeTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Batch_KilledWithSigkillThenResumed_EqualsAnUninterruptedRun()
    {
        const int Cases = 6;
        string csv = _work.WriteGoodCases(Cases);
        File.AppendAllText(csv, "P900,no-such-image.nii,case0-mask.nii\n");
        string parameters = _work.WriteParams();
        string reference = _work.Path("reference.csv");
        Assert.Equal(BatchRun.SomeCasesFailed, CliRunner.Run("batch", csv, "--params", parameters, "--out", reference, "--jobs", "2").ExitCode);

        string outPath = _work.Path("out.csv");
        string journal = outPath + ".parts";
        using (Process child = StartCli(["batch", csv, "--params", parameters, "--out", outPath, "--jobs", "2"], caseDelayMs: 700))
        {
            var clock = Stopwatch.StartNew();
            while (PartCount(journal) < 2)
            {
                if (child.HasExited)
                {
                    Assert.Fail($"the batch ended before it could be killed: {child.StandardError.ReadToEnd()}");
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "no case finished within 60 s");
                Thread.Sleep(20);
            }

            child.Kill(entireProcessTree: true); // SIGKILL on Unix: no handler, no cleanup runs.
            child.WaitForExit();
        }

        int kept = PartCount(journal);
        Assert.InRange(kept, 2, Cases);
        Assert.False(File.Exists(outPath), "an interrupted run must not leave an output that looks complete");
        Assert.DoesNotContain(Directory.GetFiles(_work.Folder, "out*"), f => !f.EndsWith(".parts", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", outPath, "--jobs", "2", "--resume");

        Assert.True(code == BatchRun.SomeCasesFailed, error);
        Assert.Contains($"{kept} resumed", error);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(outPath));
        Assert.Equal(File.ReadAllBytes(_work.Path("reference.errors.csv")), File.ReadAllBytes(_work.Path("out.errors.csv")));
        Assert.False(Directory.Exists(journal));
    }

    [Fact]
    public void Batch_ResumeOfADifferentBatch_IsRefused()
    {
        string csv = _work.WriteGoodCases(2);
        string outPath = _work.Path("out.csv");
        string journal = outPath + ".parts";
        Directory.CreateDirectory(journal);
        File.WriteAllText(System.IO.Path.Combine(journal, "manifest.json"), "{\"journal\": \"radiomics batch\", \"version\": 1, \"fingerprint\": \"other\"}\n");

        var (code, _, error) = CliRunner.Run("batch", csv, "--out", outPath, "--resume");

        Assert.Equal(2, code);
        Assert.Contains("different batch", error);
    }

    [Fact]
    public void Batch_SecondRunOnTheSameOutputWhileOneRuns_IsRefused()
    {
        string csv = _work.WriteGoodCases(1);
        string outPath = _work.Path("out.csv");
        using BatchJournal running = BatchJournal.Open(BatchJournal.FolderFor(outPath), "some batch", resume: false);

        var (code, _, error) = CliRunner.Run("batch", csv, "--out", outPath, "--resume");

        Assert.Equal(2, code);
        Assert.Contains("another radiomics batch is running", error);
    }

    private static int PartCount(string journal) =>
        Directory.Exists(journal) ? Directory.GetFiles(journal, "row-*.jsonl").Length : 0;

    /// <summary>Starts the real tool (radiomics.dll beside the tests) as a child process.</summary>
    private static Process StartCli(IReadOnlyList<string> args, int caseDelayMs)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "radiomics.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[BatchRun.CaseDelayVariable] = caseDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The child is SIGKILLed: without this its runtime would leave its debugger pipes and diagnostic socket in the temp folder.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the radiomics tool");
    }
}
