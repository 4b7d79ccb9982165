namespace Radiomics.Configuration;

/// <summary>
/// The names a parameter file may use for what the later stages define: the <c>imageType</c> keys (the filter stage's
/// image types) and the <c>featureClass</c> keys with their features (the feature stage's families). Configuration
/// declares what it needs to check a file when it is loaded; the stages that own the names supply them, composed once
/// by the extraction stage (<c>Radiomics.Extraction.PipelineParameters.Vocabulary</c>), so that Configuration uses
/// nothing of the stages after it. Setting values from outside standards (wavelet names, Laws kernels) are
/// Configuration's own lists (<see cref="WaveletNames"/>, <see cref="LawsKernelNames"/>), like its enums.
/// </summary>
/// <param name="ImageTypes">Every image type key, in output order (matched exactly, case-sensitively).</param>
/// <param name="FeatureClasses">Every feature class, in output order.</param>
public sealed record ParameterVocabulary(IReadOnlyList<string> ImageTypes, IReadOnlyList<FeatureClassVocabulary> FeatureClasses)
{
    /// <summary>The feature class named <paramref name="name"/> (exact, case-sensitive), or null.</summary>
    public FeatureClassVocabulary? FeatureClass(string name) => FeatureClasses.FirstOrDefault(c => c.Name == name);

    /// <summary>The classes enabled when a parameter file names none, in output order.</summary>
    public IEnumerable<FeatureClassVocabulary> DefaultFeatureClasses => FeatureClasses.Where(c => c.EnabledByDefault);
}
