namespace Radiomics.Analysis.Models;

/// <summary>
/// One predictor of a fitted model. <see cref="Coefficient"/> is on the feature's original scale (what multiplies the raw
/// value in the linear predictor); <see cref="Mean"/> and <see cref="Scale"/> are the training-set centre and 1/n
/// standard deviation the penalty was applied on, so <see cref="StandardisedCoefficient"/> = Coefficient × Scale.
/// </summary>
/// <param name="Feature">The feature name.</param>
/// <param name="Coefficient">The coefficient on the original scale (0 for a feature the penalty removed).</param>
/// <param name="StandardisedCoefficient">The coefficient on the standardised scale the penalty acts on.</param>
/// <param name="Mean">The feature's training-set mean.</param>
/// <param name="Scale">The feature's training-set 1/n standard deviation (1 when standardisation is off or the feature is constant).</param>
/// <param name="StandardError">The coefficient's standard error (unpenalised models only: the inverse information, as <c>vcov</c>).</param>
public sealed record ModelTerm(
    string Feature,
    double Coefficient,
    double StandardisedCoefficient,
    double Mean,
    double Scale,
    double? StandardError = null);
