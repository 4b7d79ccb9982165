namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// How a filter runs (not what it computes): the degree of parallelism. Work is split over independent lines or
/// slices, each written by exactly one worker, so the result is bit-identical whatever the thread count.
/// </summary>
public sealed record FilterExecution(int MaxDegreeOfParallelism)
{
    /// <summary>All cores.</summary>
    public static FilterExecution Default { get; } = new(-1);

    /// <summary>One thread (for timing and for callers that parallelise at a higher level).</summary>
    public static FilterExecution SingleThreaded { get; } = new(1);

    /// <summary>Where the workers run (the default scheduler, or the recording one a test puts in an <see cref="ExtractionContext"/>).</summary>
    internal TaskScheduler Scheduler { get; init; } = TaskScheduler.Default;

    /// <summary>At most <see cref="MaxDegreeOfParallelism"/> workers (−1: one per core, never more).</summary>
    internal ParallelOptions Options => ParallelDefaults.Options(MaxDegreeOfParallelism, Scheduler);

    /// <summary>The execution an extraction's <paramref name="context"/> asks for (<see cref="ExtractionContext.Default"/> when null).</summary>
    internal static FilterExecution Of(ExtractionContext? context) =>
        context is null ? Default : new(context.MaxDegreeOfParallelism) { Scheduler = context.Scheduler };

    /// <summary>Runs <paramref name="body"/> for every index in [0, count).</summary>
    internal void For(int count, Action<int> body)
    {
        if (MaxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, Options, body);
    }

    /// <summary>
    /// Runs <paramref name="body"/> for every index in [0, count), each worker with its own scratch state made once by
    /// <paramref name="createScratch"/> (so per-index buffers are not allocated per index). The body must not let a
    /// result depend on what an earlier index left in the scratch.
    /// </summary>
    internal void For<TScratch>(int count, Func<TScratch> createScratch, Action<int, TScratch> body)
    {
        if (MaxDegreeOfParallelism == 1 || count < 2)
        {
            TScratch scratch = createScratch();
            for (int i = 0; i < count; i++)
            {
                body(i, scratch);
            }

            return;
        }

        Parallel.For(0, count, Options, createScratch, (i, _, scratch) =>
        {
            body(i, scratch);
            return scratch;
        }, _ => { });
    }
}
