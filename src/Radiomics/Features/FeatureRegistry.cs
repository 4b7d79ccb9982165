using Radiomics.Configuration;
using Radiomics.Features.FirstOrder;
using Radiomics.Features.Shape;
using Radiomics.Features.Shape2D;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Features;

/// <summary>
/// The explicit list of feature families (no reflection): the order here is the output order, as in PyRadiomics.
/// </summary>
public static class FeatureRegistry
{
    /// <summary>Every family, in output order.</summary>
    public static IReadOnlyList<IFeatureFamily> Families { get; } =
    [
        new ShapeFamily(),
        new Shape2DFamily(),
        new FirstOrderFamily(),
        new GlcmFamily(),
        new GlrlmFamily(),
        new GlszmFamily(),
        new GldmFamily(),
        new NgtdmFamily(),
    ];

    /// <summary>Families enabled when a parameter file names none (PyRadiomics leaves shape2D out by default).</summary>
    public static IEnumerable<IFeatureFamily> DefaultFamilies => Families.Where(f => f.Name != "shape2D");

    /// <summary>The families' names (<c>featureClass</c> keys), in output order.</summary>
    public static IReadOnlyList<string> FamilyNames { get; } = Families.Select(f => f.Name).ToArray();

    /// <summary>
    /// Every family with its features' names and whether it is enabled by default, in output order: the names a parameter
    /// file's <c>featureClass</c> section may use (the feature stage's part of <see cref="ParameterVocabulary"/>).
    /// </summary>
    public static IReadOnlyList<FeatureClassVocabulary> Vocabulary { get; } = Families
        .Select(f => new FeatureClassVocabulary(f.Name, f.Features.Select(feature => feature.Name).ToArray(), DefaultFamilies.Contains(f)))
        .ToArray();

    /// <summary>The family named <paramref name="name"/> (exact, case-sensitive), or null.</summary>
    public static IFeatureFamily? Find(string name) => Families.FirstOrDefault(f => f.Name == name);
}
