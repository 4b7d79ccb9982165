namespace Radiomics.Analysis.Models;

/// <summary>A model's predictions for the rows of a table, in row order.</summary>
/// <param name="Ids">The row identifiers.</param>
/// <param name="LinearPredictor">η per row: log-odds (logistic) or log relative hazard (Cox, uncentred).</param>
/// <param name="Probability">Logistic models: P(y = 1) = 1/(1 + e^{−η}) per row; null for Cox.</param>
public sealed record ModelPredictions(IReadOnlyList<string> Ids, IReadOnlyList<double> LinearPredictor, IReadOnlyList<double>? Probability);
