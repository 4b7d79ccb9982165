using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Filters.ImageTypes;

namespace Radiomics.Extraction;

/// <summary>
/// Parameter files read with the pipeline's own names: <see cref="Vocabulary"/> composes the image types of the filter
/// stage (<see cref="ImageTypeRegistry.Names"/>) and the feature classes of the feature stage
/// (<see cref="FeatureRegistry.Vocabulary"/>), and <see cref="Load"/> / <see cref="Parse"/> pass it to
/// <see cref="ParameterFile"/>. Configuration comes before those stages, so it is given their names rather than
/// asking for them.
/// </summary>
public static class PipelineParameters
{
    /// <summary>Every image type and feature class (with its features) the extractor knows, in output order.</summary>
    public static ParameterVocabulary Vocabulary { get; } = new(ImageTypeRegistry.Names, FeatureRegistry.Vocabulary);

    /// <summary>Reads a parameter file (or a JSON result with its configuration) as <see cref="ParameterFile.Load"/> with <see cref="Vocabulary"/>.</summary>
    /// <exception cref="ParameterException">The file cannot be read or is not valid; the one-line message names the file and the key.</exception>
    public static ExtractionParameters Load(string path) => ParameterFile.Load(path, Vocabulary);

    /// <summary>Parses parameter-file text as <see cref="ParameterFile.Parse"/> with <see cref="Vocabulary"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ParameterException">The text is not valid; the one-line message names <paramref name="source"/> and the key.</exception>
    public static ExtractionParameters Parse(string text, string source) => ParameterFile.Parse(text, source, Vocabulary);
}
