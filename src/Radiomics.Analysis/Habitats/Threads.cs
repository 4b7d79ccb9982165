namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The parallelism used when a caller gives none: at most one worker per processor, on the current scheduler (as the
/// core's filters do), so <c>DOTNET_PROCESSOR_COUNT=1</c> gives a single-threaded run. Results never depend on it.
/// </summary>
internal static class Threads
{
    public static ParallelOptions OrDefault(ParallelOptions? parallel) =>
        parallel ?? new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, TaskScheduler = TaskScheduler.Current };
}
