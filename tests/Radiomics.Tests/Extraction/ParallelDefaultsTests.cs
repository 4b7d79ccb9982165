namespace Radiomics.Tests.Extraction;

/// <summary>
/// Parallel options are a pure function of the degree asked for: they never pick up the calling thread's task
/// scheduler (an extraction's threads come from its <see cref="ExtractionContext"/>, not from where it runs).
/// </summary>
public sealed class ParallelDefaultsTests
{
    [Fact]
    public async Task Options_InsideATaskOfACappedScheduler_StillNameTheDefaultScheduler()
    {
        TaskScheduler capped = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

        ParallelOptions options = await Task.Factory
            .StartNew(() => ParallelDefaults.Options(3), CancellationToken.None, TaskCreationOptions.None, capped);

        Assert.Same(TaskScheduler.Default, options.TaskScheduler);
        Assert.Equal(3, options.MaxDegreeOfParallelism);
    }

    [Fact]
    public void Options_WithoutADegree_UseTheDefaultSchedulerAndOneWorkerPerProcessor()
    {
        ParallelOptions options = ParallelDefaults.Options();

        Assert.Same(TaskScheduler.Default, options.TaskScheduler);
        Assert.Equal(Environment.ProcessorCount, options.MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(5)]
    public void Context_Options_CarryItsDegreeAndScheduler(int degree)
    {
        var context = new ExtractionContext(degree);

        ParallelOptions options = context.Options();

        Assert.Equal(degree == -1 ? Environment.ProcessorCount : degree, context.MaxDegreeOfParallelism);
        Assert.Equal(context.MaxDegreeOfParallelism, options.MaxDegreeOfParallelism);
        Assert.Same(TaskScheduler.Default, options.TaskScheduler);
        Assert.NotSame(options, context.Options()); // fresh options each time: a loop that changes its own cannot change another's
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Context_WithoutAUsableDegree_IsRefused(int degree) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionContext(degree));
}
