using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Tests.Features.Texture;

internal static class TextureFamilies
{
    public static IReadOnlyList<IFeatureFamily> All { get; } = [new GlcmFamily(), new GlrlmFamily(), new GlszmFamily(), new GldmFamily(), new NgtdmFamily()];
}
