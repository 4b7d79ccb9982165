using Radiomics.Features;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// A restriction of the enabled features by name: a class (<c>glcm</c>), a feature (<c>firstorder_Mean</c>) or a full map
/// name (<c>wavelet-LLH_glcm_Contrast</c>). Every name must match something in the extraction's plan.
/// </summary>
internal sealed class VoxelFeatureSelection
{
    private readonly string[]? _tokens;

    public VoxelFeatureSelection(IReadOnlyCollection<string>? tokens, IReadOnlyList<FamilyPlan> plan)
    {
        if (tokens is null || tokens.Count == 0)
        {
            return;
        }

        _tokens = tokens.Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
        foreach (string token in _tokens)
        {
            bool known = plan.Any(p => p.Family.Name == token
                || p.Features.Any(f => token == $"{p.Family.Name}_{f.Name}" || token.EndsWith($"_{p.Family.Name}_{f.Name}", StringComparison.Ordinal)));
            if (!known)
            {
                string families = string.Join(", ", plan.Where(p => !p.IsShape).Select(p => p.Family.Name));
                throw new ArgumentException(
                    $"feature '{token}' is not enabled by the parameters (enabled classes: {families}; name a class, CLASS_Feature or IMAGETYPE_CLASS_Feature)");
            }
        }
    }

    /// <summary>The features of <paramref name="family"/> to map for image type <paramref name="prefix"/>.</summary>
    public IReadOnlyList<FeatureInfo> Select(string prefix, FamilyPlan family)
    {
        if (_tokens is null)
        {
            return family.Features;
        }

        string name = family.Family.Name;
        return family.Features.Where(f => _tokens.Any(t => t == name || t == $"{name}_{f.Name}" || t == $"{prefix}_{name}_{f.Name}")).ToArray();
    }
}
