using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Features.Texture;

/// <summary>The five PyRadiomics texture families, in PyRadiomics' order, for the feature registry.</summary>
public static class TextureFeatureFamilies
{
    /// <summary>glcm, glrlm, glszm, gldm, ngtdm (new instances; the families are stateless).</summary>
    public static IReadOnlyList<IFeatureFamily> Create() =>
        [new GlcmFamily(), new GlrlmFamily(), new GlszmFamily(), new GldmFamily(), new NgtdmFamily()];

    /// <summary>The registry index of a requested feature, with a clear error for one the family does not have.</summary>
    internal static int IndexOf(IReadOnlyList<FeatureInfo> features, FeatureInfo requested, string family)
    {
        for (int i = 0; i < features.Count; i++)
        {
            if (features[i].Name == requested.Name)
            {
                return i;
            }
        }

        throw new ArgumentException($"The {family} family has no feature '{requested.Name}'.", nameof(requested));
    }
}
