using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Delta;

/// <summary>
/// The deltas: for <see cref="DeltaMode.Difference"/> and <see cref="DeltaMode.Relative"/> one row per subject and
/// non-baseline time point (ids = subjects; other columns: the subject column when one was named, the time column,
/// <c>baseline</c>); for <see cref="DeltaMode.Slope"/> one row per subject (other columns: the subject column,
/// <c>timepoints</c>, the number of the subject's time points). Feature columns keep their names. Subjects come in
/// order of first appearance, time points in time order. Warnings name every subject missing a time point of its schedule (subjects whose time points
/// are a strict superset of its own have it),
/// every guarded ratio and every slope that could not be fitted.
/// </summary>
public sealed record DeltaResult(FeatureTable Table, IReadOnlyList<string> TimePoints, IReadOnlyList<string> Warnings);
