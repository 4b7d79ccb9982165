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

    internal ParallelOptions Options => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism };

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
}
