namespace Radiomics.Analysis.Bundles;

/// <summary>The selected features a bundle records (documentation of the study; the model's features must be among them).</summary>
/// <param name="Source">The file the list came from (its name only).</param>
/// <param name="Selected">The selected feature names, in order.</param>
public sealed record BundleSelection(string Source, IReadOnlyList<string> Selected);
