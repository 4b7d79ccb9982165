namespace Radiomics.Analysis.Selection;

/// <summary>A feature a selection step dropped, and why.</summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Method">
/// The step that dropped it (<see cref="SelectionNames.Of(SelectionMethod)"/>), or <see cref="SelectionNames.MissingValues"/>
/// for a feature with missing or infinite values, dropped before the first step.
/// </param>
/// <param name="Reason">A short, human-readable reason, e.g. <c>|r| = 0.9979 with mean_perimeter (pearson)</c>.</param>
public sealed record DroppedFeature(string Feature, string Method, string Reason);
