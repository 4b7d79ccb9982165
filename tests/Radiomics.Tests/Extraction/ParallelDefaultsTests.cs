namespace Radiomics.Tests.Extraction;

/// <summary>
/// The library's parallel loops run on the caller's task scheduler, so a caller that lowers the concurrency (the batch
/// runner's per-case thread share) caps every loop inside a case.
/// </summary>
public sealed class ParallelDefaultsTests
{
    [Fact]
    public async Task Options_InsideATaskOfACappedScheduler_NameThatScheduler()
    {
        TaskScheduler capped = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

        ParallelOptions options = await Task.Factory
            .StartNew(() => ParallelDefaults.Options(), CancellationToken.None, TaskCreationOptions.None, capped);

        Assert.Same(capped, options.TaskScheduler);
    }

    [Fact]
    public void Options_OutsideAnyTask_UseTheDefaultSchedulerAndOneWorkerPerProcessor()
    {
        ParallelOptions options = ParallelDefaults.Options();

        Assert.Same(TaskScheduler.Default, options.TaskScheduler);
        Assert.Equal(Environment.ProcessorCount, options.MaxDegreeOfParallelism);
    }

    [Fact]
    public async Task Options_InsideACappedScheduler_RunALoopOnOneThreadAtATime()
    {
        TaskScheduler capped = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        int running = 0, most = 0;

        await Task.Factory.StartNew(
            () => Parallel.For(0, 32, ParallelDefaults.Options(4), _ =>
            {
                int now = Interlocked.Increment(ref running);
                int seen;
                while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen)
                {
                }

                Thread.Sleep(1);
                Interlocked.Decrement(ref running);
            }),
            CancellationToken.None,
            TaskCreationOptions.None,
            capped);

        Assert.Equal(1, most);
    }
}
