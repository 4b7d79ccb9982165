namespace Radiomics;

/// <summary>
/// The parallelism the filters, resampling, texture families and voxel maps use when the caller gives none: at most
/// <see cref="Environment.ProcessorCount"/> workers. <c>Parallel.For</c> with an unbounded degree runs on the calling
/// thread plus every pool thread it can get, so with <c>DOTNET_PROCESSOR_COUNT=1</c> it still used two cores; bounded,
/// that setting gives a truly single-threaded run (results never depend on the thread count either way).
/// </summary>
internal static class ParallelDefaults
{
    /// <summary>
    /// Options for <paramref name="maxDegreeOfParallelism"/> workers; -1 (or any value below 1) means one per processor.
    /// The loops run on <see cref="TaskScheduler.Current"/>, not <see cref="TaskScheduler.Default"/> (what
    /// <c>new ParallelOptions()</c> picks): a caller that runs a case on a scheduler with a lower concurrency level (the
    /// batch runner's per-case thread share) caps every loop inside it; elsewhere <c>Current</c> is <c>Default</c>.
    /// </summary>
    public static ParallelOptions Options(int maxDegreeOfParallelism = -1) =>
        new()
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            TaskScheduler = TaskScheduler.Current,
        };

    /// <summary><paramref name="options"/> when given, else <see cref="Options(int)"/>.</summary>
    public static ParallelOptions OrDefault(ParallelOptions? options) => options ?? Options();
}
