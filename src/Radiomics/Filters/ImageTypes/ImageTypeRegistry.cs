using Transforms = Radiomics.Filters.IntensityTransforms.IntensityFilters;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// Every image type by its PyRadiomics key, listed explicitly (no reflection), in PyRadiomics' order of
/// <c>getImageTypes()</c> where it matters for output order.
/// </summary>
public static class ImageTypeRegistry
{
    /// <summary>Every image type, in PyRadiomics' output order.</summary>
    public static IReadOnlyList<IImageType> All { get; } =
    [
        new OriginalImageType(),
        new LoGImageType(),
        new WaveletImageType(),
        new IntensityTransformImageType("Square", "square", Transforms.Square, Transforms.Square),
        new IntensityTransformImageType("SquareRoot", "squareroot", Transforms.SquareRoot, Transforms.SquareRoot),
        new IntensityTransformImageType("Logarithm", "logarithm", Transforms.Logarithm, Transforms.Logarithm),
        new IntensityTransformImageType("Exponential", "exponential", Transforms.Exponential, Transforms.Exponential),
        new GradientImageType(),
        new Lbp2DImageType(),
        new Lbp3DImageType(),
        new Ibsi2MeanImageType(),
        new Ibsi2LoGImageType(),
        new Ibsi2LawsImageType(),
        new Ibsi2GaborImageType(),
        new Ibsi2WaveletImageType(),
        new Ibsi2SimoncelliImageType(),
    ];

    /// <summary>
    /// Every image type's key, in output order: the names a parameter file's <c>imageType</c> section may use (the filter
    /// stage's part of <see cref="Configuration.ParameterVocabulary"/>).
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(t => t.Name).ToArray();

    /// <summary>The image type named <paramref name="name"/> (PyRadiomics keys are matched case-insensitively), or null.</summary>
    public static IImageType? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
