namespace Radiomics.Cli.Batch;

/// <summary>
/// What a <see cref="BatchRun"/> does with each case: turns it into its output records (one per label for
/// <c>batch</c>, one per perturbed variant for <c>robustness</c>), never throwing for a bad case (a failed record
/// instead). Safe to call from several worker threads at once.
/// </summary>
public interface ICaseRunner
{
    /// <summary>The carried-over columns every record has, in order.</summary>
    IReadOnlyList<string> OutputColumns { get; }

    /// <summary>The records of one case.</summary>
    IReadOnlyList<CaseRecord> Process(BatchCase batchCase);
}
