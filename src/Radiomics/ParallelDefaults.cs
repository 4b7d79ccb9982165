namespace Radiomics;

/// <summary>
/// Parallel options from a degree: at most that many workers (below 1: <see cref="Environment.ProcessorCount"/>) on
/// the default scheduler. A pure factory: the options depend on the arguments only, never on the calling thread's
/// scheduler. An extraction takes its degree from its <see cref="ExtractionContext"/>; code outside an extraction
/// (analysis, DICOM decoding) passes its own. <c>Parallel.For</c> with an unbounded degree runs on the calling thread
/// plus every pool thread it can get, so with <c>DOTNET_PROCESSOR_COUNT=1</c> it still used two cores; bounded, that
/// setting gives a truly single-threaded run (results never depend on the thread count either way).
/// </summary>
internal static class ParallelDefaults
{
    /// <summary>Options for <paramref name="maxDegreeOfParallelism"/> workers; -1 (or any value below 1) means one per processor.</summary>
    /// <param name="maxDegreeOfParallelism">The most workers of one loop.</param>
    /// <param name="scheduler">Where the workers run; <see cref="TaskScheduler.Default"/> when null.</param>
    public static ParallelOptions Options(int maxDegreeOfParallelism = -1, TaskScheduler? scheduler = null) =>
        new()
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            TaskScheduler = scheduler ?? TaskScheduler.Default,
        };

    /// <summary><paramref name="options"/> when given, else <see cref="Options(int, TaskScheduler?)"/> (one worker per processor).</summary>
    public static ParallelOptions OrDefault(ParallelOptions? options) => options ?? Options();
}
