namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The default parallelism of the model code: one worker per processor, on <see cref="TaskScheduler.Current"/> (a caller
/// running on a scheduler with less concurrency caps it). Mirrors the core library's internal <c>ParallelDefaults</c>.
/// </summary>
internal static class Parallelism
{
    public static ParallelOptions OrDefault(ParallelOptions? options) =>
        options ?? new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, TaskScheduler = TaskScheduler.Current };
}
