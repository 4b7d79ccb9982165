namespace Radiomics.Analysis.Harmonisation;

/// <summary>A covariate as the fit coded it: its kind and, when categorical, its levels (ordinal order, the first the baseline).</summary>
public sealed record CombatCovariate(string Name, CovariateKind Kind, IReadOnlyList<string> Levels);
