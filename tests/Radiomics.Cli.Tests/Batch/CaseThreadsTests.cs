using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Tests.Batch;

/// <summary>
/// The cap on the threads inside one case, applied through the task scheduler a parallel loop runs
/// on when it asks for <see cref="TaskScheduler.Current"/>, and the default (the cores shared out between the jobs).
/// Note: <c>new ParallelOptions()</c> defaults to <see cref="TaskScheduler.Default"/>, so a loop obeys the cap only
/// when its options name <see cref="TaskScheduler.Current"/> (the loops below do, as the library's must).
/// </summary>
public sealed class CaseThreadsTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(2, 8, 4)]
    [InlineData(3, 8, 2)]
    [InlineData(1, 1, 1)]
    public void DefaultFor_SharesTheCoresOutBetweenTheJobs(int jobs, int cores, int expected) =>
        Assert.Equal(expected, CaseThreads.DefaultFor(jobs, cores));

    [Fact]
    public void Run_CapOne_RunsEveryParallelLoopOnTheCallingThreadAlone()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();

        new CaseThreads(1).Run(() =>
        {
            // Bounded by the core count (as the library's defaults are) and unbounded.
            Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), TaskScheduler = TaskScheduler.Current }, _ => Record(threads));
            Parallel.For(0, 64, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, _ => Record(threads));
            return 0;
        });

        Assert.Equal([caller], threads);
    }

    [Fact]
    public void Run_CapTwo_NeverRunsMoreThanTwoPartsOfALoopAtOnce()
    {
        int running = 0, most = 0, done = 0;

        new CaseThreads(2).Run(() =>
        {
            Parallel.For(0, 48, new ParallelOptions { MaxDegreeOfParallelism = 8, TaskScheduler = TaskScheduler.Current }, _ =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.Sleep(2);
                Interlocked.Decrement(ref running);
                Interlocked.Increment(ref done);
            });
            return 0;
        });

        Assert.InRange(most, 1, 2);
        Assert.Equal(48, done);
    }

    [Fact]
    public void Run_ReturnsTheResultAndRethrowsTheCasesOwnException()
    {
        var threads = new CaseThreads(1);

        Assert.Equal(42, threads.Run(() => 42));
        var thrown = Assert.Throws<InvalidOperationException>(() => threads.Run<int>(() => throw new InvalidOperationException("case failed")));
        Assert.Equal("case failed", thrown.Message);
    }

    [Fact]
    public void Batch_CappedJobsAndUncappedSingleJob_WriteByteIdenticalOutput()
    {
        // Texture, LoG, wavelet and resampling: the within-case loops the cap acts on. --jobs 2 runs each case under a
        // cap of one thread on a 2-core machine (the cores shared out); --jobs 1 runs uncapped.
        string parameters = _work.Path("filters.yaml");
        File.WriteAllText(parameters, """
            setting:
              binWidth: 25
              resampledPixelSpacing: [1.5, 1.5, 1.5]
              sigma: [1.0]
            imageType:
              Original: {}
              LoG: {}
              Wavelet: {}
            featureClass:
              glcm:
              glrlm:
            """);
        string csv = _work.WriteGoodCases(3);
        string single = _work.Path("single.csv"), shared = _work.Path("shared.csv");

        var (code1, _, error1) = CliRunner.Run("batch", csv, "--params", parameters, "--out", single, "--jobs", "2");
        var (code2, _, error2) = CliRunner.Run("batch", csv, "--params", parameters, "--out", shared, "--jobs", "1");

        Assert.True(code1 == 0, error1);
        Assert.True(code2 == 0, error2);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(shared));
    }

    private static void Record(HashSet<int> threads)
    {
        lock (threads)
        {
            threads.Add(Environment.CurrentManagedThreadId);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
