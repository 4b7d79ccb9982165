namespace Radiomics.Analysis.Models;

/// <summary>The model family: what the linear predictor predicts.</summary>
public enum Learner
{
    /// <summary>
    /// Logistic regression of a binary outcome: penalised as glmnet 4.1 <c>family = "binomial"</c>, or unpenalised as
    /// <c>glm(family = binomial)</c>. Predictions: the linear predictor (log-odds) and the probability.
    /// </summary>
    Logistic,

    /// <summary>
    /// Cox proportional hazards for a right-censored survival outcome: penalised as glmnet 4.1 <c>family = "cox"</c>
    /// (Breslow ties), or unpenalised as <c>survival::coxph</c> (Breslow or Efron ties). Prediction: the linear predictor
    /// (log relative hazard; higher = higher risk).
    /// </summary>
    Cox,
}
