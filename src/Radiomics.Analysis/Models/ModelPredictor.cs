using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models;

/// <summary>Applies a fitted <see cref="LinearPredictorModel"/> to new rows (nothing is learned from them).</summary>
public static class ModelPredictor
{
    /// <summary>
    /// η = intercept + Σ coefficient × feature over the model's non-zero terms (features with a zero coefficient need
    /// not be in <paramref name="table"/>), summed in the model's term order; for logistic models also the probability.
    /// </summary>
    /// <exception cref="ModelException">A feature with a non-zero coefficient is missing from the table (all such are named), or has a missing value in a row.</exception>
    public static ModelPredictions Predict(LinearPredictorModel model, FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        var terms = model.Terms.Where(t => t.Coefficient != 0).ToArray();
        var missing = terms.Where(t => table.IndexOfFeature(t.Feature) < 0).Select(t => $"'{t.Feature}'").ToList();
        if (missing.Count > 0)
        {
            throw new ModelException($"The table lacks the model's feature{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}.");
        }

        var eta = new double[table.RowCount];
        Array.Fill(eta, model.Intercept);
        foreach (ModelTerm term in terms)
        {
            double[] values = TrainingData.ReadFeature(table, term.Feature);
            for (int i = 0; i < eta.Length; i++)
            {
                eta[i] += term.Coefficient * values[i];
            }
        }

        double[]? probability = model.Learner == Learner.Logistic ? eta.Select(LogisticLoss.Probability).ToArray() : null;
        return new ModelPredictions(table.Ids, eta, probability);
    }
}
