namespace Radiomics.Cli.Batch;

/// <summary>
/// Caps the threads one case uses inside it (<c>--threads</c>). The library's parallel loops (texture directions,
/// filters, resampling, DICOM frames) run on <see cref="TaskScheduler.Current"/> (the library's
/// <c>ParallelDefaults</c> names it), and <c>Parallel.For</c> never uses more workers than that scheduler's
/// <see cref="TaskScheduler.MaximumConcurrencyLevel"/>. A case run through <see cref="Run{T}"/> executes as a task of
/// this scheduler on the calling worker thread, so every loop inside it sees this cap: with one thread each loop runs
/// on the worker alone (no pool thread, no hand-over); with N it uses the worker plus at most N − 1 pool threads.
/// Results never depend on the cap (every parallel loop combines its parts in a fixed order).
/// </summary>
public sealed class CaseThreads : TaskScheduler
{
    private readonly int _threads;

    /// <param name="threads">Threads per case, at least 1.</param>
    public CaseThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threads = threads;
    }

    /// <summary>The cap: at most this many threads run one case's parallel loop.</summary>
    public override int MaximumConcurrencyLevel => _threads;

    /// <summary>
    /// The default threads per case for <paramref name="jobs"/> concurrent cases on <paramref name="cores"/> cores:
    /// the cores shared out between the cases (so one per case once <c>--jobs</c> ≥ cores: the cases already fill the
    /// cores, and nested loops would only add hand-overs, thread migrations and a second case's scratch memory).
    /// </summary>
    public static int DefaultFor(int jobs, int cores) => Math.Max(1, cores / Math.Max(1, jobs));

    /// <summary>Runs <paramref name="work"/> on the calling thread with this cap on every parallel loop inside it.</summary>
    public T Run<T>(Func<T> work)
    {
        var task = new Task<T>(work);
        task.RunSynchronously(this);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>A loop's extra workers (only with a cap above 1) run on the thread pool, still under this scheduler.</summary>
    protected override void QueueTask(Task task) =>
        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);

    /// <summary>Always inline: the case itself and the first part of every loop run on the thread that asks.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => TryExecuteTask(task);

    /// <summary>No queue is kept (queued parts go straight to the thread pool); for debuggers only.</summary>
    protected override IEnumerable<Task> GetScheduledTasks() => [];
}
