using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;

namespace Radiomics.Tests.Features.Texture;

internal static class TextureFamilies
{
    public static IReadOnlyList<IFeatureFamily> All { get; } = [new GlcmFamily()];
}
