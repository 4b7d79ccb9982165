using Radiomics.Filters.ImageTypes;

namespace Radiomics.Configuration;

/// <summary>The image types a parameter file may enable (PyRadiomics' names), as the image-type registry lists them.</summary>
public static class ImageTypeNames
{
    /// <summary>Every image type's key, in the registry's order.</summary>
    public static IReadOnlyList<string> All { get; } = ImageTypeRegistry.All.Select(t => t.Name).ToArray();
}
