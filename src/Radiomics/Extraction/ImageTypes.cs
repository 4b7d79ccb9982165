using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>Produces the derived images of an image type, one at a time, with their output-name prefixes.</summary>
internal static class ImageTypes
{
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce(string name, Volume<double> image, Volume<byte> mask, RadiomicsSettings settings)
    {
        switch (name)
        {
            case "Original":
                yield return ("original", image);
                break;
            default:
                throw new ExtractionException($"Image type '{name}' is not available in this version.");
        }
    }
}
