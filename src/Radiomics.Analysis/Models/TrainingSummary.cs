namespace Radiomics.Analysis.Models;

/// <summary>The training set a model saw: its size and its outcome (cases/controls, or events/censored).</summary>
/// <param name="Rows">The number of training rows.</param>
/// <param name="Positives">Binary outcome: rows with y = 1 (cases).</param>
/// <param name="Negatives">Binary outcome: rows with y = 0 (controls).</param>
/// <param name="Events">Survival outcome: rows with an event.</param>
/// <param name="Censored">Survival outcome: censored rows.</param>
/// <param name="MedianTime">Survival outcome: the median follow-up time over all rows.</param>
public sealed record TrainingSummary(
    int Rows,
    int? Positives = null,
    int? Negatives = null,
    int? Events = null,
    int? Censored = null,
    double? MedianTime = null);
