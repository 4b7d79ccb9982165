using Radiomics.Configuration;
using Radiomics.Features;

namespace Radiomics.Extraction;

/// <summary>The features to compute per family, resolved once from the parameters.</summary>
internal sealed record FamilyPlan(IFeatureFamily Family, IReadOnlyList<FeatureInfo> Features)
{
    public bool IsShape => Family.Name is "shape" or "shape2D";

    /// <summary>Whether the family computes anything from the grey levels (so the image type needs the discretisation stage).</summary>
    public bool ReadsGreyLevels => Features.Count > 0 && Family.ReadsGreyLevels(Features);
}

internal static class FeaturePlan
{
    /// <summary>
    /// Resolves the enabled classes: a class enabled without names gets its default features in PyRadiomics'
    /// order (sorted by method name, as Python's dir() lists them); named features come in the order given.
    /// </summary>
    public static IReadOnlyList<FamilyPlan> Resolve(ExtractionParameters parameters)
    {
        IEnumerable<(IFeatureFamily Family, IReadOnlyList<string>? Names)> enabled = parameters.FeatureClasses is null
            ? FeatureRegistry.DefaultFamilies.Select(f => (f, (IReadOnlyList<string>?)null))
            : parameters.FeatureClasses.Select(c => (FeatureRegistry.Find(c.Family)!, c.Features));

        var plans = new List<FamilyPlan>();
        foreach (var (family, names) in enabled)
        {
            IReadOnlyList<FeatureInfo> features = names is null
                ? family.Features.Where(f => !f.OnlyWhenRequested)
                    .OrderBy(f => "get" + f.Name + "FeatureValue", StringComparer.Ordinal).ToArray()
                : names.Select(n => family.Features.First(f => f.Name == n)).ToArray();
            plans.Add(new FamilyPlan(family, features));
        }

        return plans;
    }
}
