using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Plots;

/// <summary>A score to draw on a <see cref="RocPlot"/>: its label, values and AUC (from <see cref="DeLong.Auc"/>).</summary>
/// <param name="Label">The legend label (the column name).</param>
/// <param name="Scores">One value per row.</param>
/// <param name="Auc">Its AUC with the DeLong CI (and the direction the curve follows).</param>
public sealed record RocScore(string Label, IReadOnlyList<double> Scores, AucEstimate Auc);
