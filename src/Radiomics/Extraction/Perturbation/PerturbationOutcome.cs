
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Extraction.Perturbation;

/// <summary>One extracted variant: its parameters, its diagnostics and features, the noise σ added and what the volume adaptation did.</summary>
/// <param name="NoiseLevel">σ of the noise added to this variant (0 without noise).</param>
/// <param name="Adaptation">The volume adaptation applied (distance 0 and ratio 1 when none).</param>
/// <param name="Variant">Which variant this is and its perturbation parameters.</param>
/// <param name="Result">The variant's extraction result: diagnostics and features.</param>
public sealed record PerturbationOutcome(PerturbationVariant Variant, FeatureResult Result, double NoiseLevel, AdaptedRoi Adaptation)
{
    /// <summary>The variant's table columns (<see cref="PerturbationVariant.ColumnNames"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Columns => Variant.Columns(NoiseLevel, Adaptation);
}
