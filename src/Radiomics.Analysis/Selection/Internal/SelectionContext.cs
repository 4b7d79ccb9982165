using System.Globalization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>What every step reads: the table, the outcome (read once), the parallelism.</summary>
internal sealed class SelectionContext(FeatureTable table, ResolvedOutcome? outcome, ParallelOptions parallel)
{
    public FeatureTable Table { get; } = table;

    public ParallelOptions Parallel { get; } = parallel;

    public ResolvedOutcome Outcome => outcome ?? throw new InvalidOperationException("The pipeline was validated to have an outcome.");

    public string Name(int feature) => Table.FeatureNames[feature];

    /// <summary>A number for a reason text: six significant digits, invariant culture.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

/// <summary>What a step returns: the features kept (in their new order) and those dropped, with reasons.</summary>
internal sealed record StepResult(List<int> Kept, List<DroppedFeature> Dropped);
