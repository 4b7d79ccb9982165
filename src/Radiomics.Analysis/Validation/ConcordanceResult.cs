namespace Radiomics.Analysis.Validation;

/// <summary>
/// Harrell's concordance index with the pair counts of <c>survival::concordance</c> (3.5): C = (concordant +
/// tied_score/2) / (concordant + discordant + tied_score).
/// </summary>
/// <param name="Concordance">C.</param>
/// <param name="Concordant">Comparable pairs ordered as the direction says (the earlier event has the higher risk).</param>
/// <param name="Discordant">Comparable pairs ordered the other way.</param>
/// <param name="TiedScore">Comparable pairs with equal scores (survival's <c>tied.x</c>; count ½ in C).</param>
/// <param name="TiedTime">Pairs of events at the same time with different scores (<c>tied.y</c>; not comparable).</param>
/// <param name="TiedBoth">Pairs of events at the same time with equal scores (<c>tied.xy</c>; not comparable).</param>
/// <param name="StandardError">
/// The infinitesimal-jackknife standard error survival reports (<c>sqrt(var)</c>): √Σ_k d_k² with
/// d_k = (N_k − C·D_k)/D, where N_k and D_k are subject k's share of the numerator and denominator counts.
/// </param>
/// <param name="Direction">The direction used.</param>
public sealed record ConcordanceResult(
    double Concordance,
    long Concordant,
    long Discordant,
    long TiedScore,
    long TiedTime,
    long TiedBoth,
    double StandardError,
    RiskDirection Direction);
