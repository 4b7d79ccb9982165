namespace Radiomics;

/// <summary>
/// How much of the machine one extraction may use: the most threads any of its parallel loops (resampling, filters,
/// texture directions, voxel maps, the IBSI chain) runs on at once. The extractor holds one and hands it to every stage
/// it calls, so a caller that runs several cases side by side gives each case its share (the batch runner's
/// <c>--jobs</c>) by giving each extractor its own context; nothing is read from the calling thread's task scheduler.
/// Results never depend on the degree: every loop writes its own slots and combines them in a fixed order.
/// </summary>
/// <remarks>
/// Buffers are not part of the context: an extractor owns its pool of reusable buffers and lends them to a stage
/// through a lease that gives them back when the stage is done.
/// </remarks>
/// <example>
/// Four cases at once on an 8-core machine, each extraction on at most two threads:
/// <code>
/// var extractor = new RadiomicsExtractor(parameters, new ExtractionContext(maxDegreeOfParallelism: 2));
/// </code>
/// </example>
public sealed class ExtractionContext
{
    /// <summary>A context with <paramref name="maxDegreeOfParallelism"/> threads.</summary>
    /// <param name="maxDegreeOfParallelism">
    /// The most threads a parallel loop uses, at least 1 (1: everything runs on the calling thread); −1 for one per
    /// processor (<see cref="Environment.ProcessorCount"/>).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public ExtractionContext(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 (one thread per processor) or a positive thread count.");
        }

        MaxDegreeOfParallelism = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
    }

    /// <summary>One thread per processor (what an extractor made without a context uses).</summary>
    public static ExtractionContext Default { get; } = new(-1);

    /// <summary>Everything on the calling thread.</summary>
    public static ExtractionContext SingleThreaded { get; } = new(1);

    /// <summary>The most threads one parallel loop runs on, at least 1.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>
    /// Where the loops' extra workers run (the thread pool's default scheduler). Tests set a recording scheduler to see
    /// which loops an extraction runs and on how many threads.
    /// </summary>
    internal TaskScheduler Scheduler { get; init; } = TaskScheduler.Default;

    /// <summary>Fresh options for one parallel loop: at most <see cref="MaxDegreeOfParallelism"/> workers on <see cref="Scheduler"/>.</summary>
    internal ParallelOptions Options() => ParallelDefaults.Options(MaxDegreeOfParallelism, Scheduler);

    /// <inheritdoc/>
    public override string ToString() => $"{MaxDegreeOfParallelism} thread(s)";
}
