using Radiomics.Features;
using Radiomics.Features.Texture;

namespace Radiomics.Tests.Features.Texture;

internal static class TextureFamilies
{
    public static IReadOnlyList<IFeatureFamily> All { get; } = TextureFeatureFamilies.Create();
}
