namespace Radiomics.Configuration;

/// <summary>
/// One feature class a parameter file's <c>featureClass</c> section may enable (PyRadiomics' key, e.g. <c>glcm</c>),
/// the features it may list, in output order, and whether it is enabled when a parameter file names no class.
/// Supplied by the feature stage (<see cref="ParameterVocabulary"/>).
/// </summary>
public sealed record FeatureClassVocabulary(string Name, IReadOnlyList<string> Features, bool EnabledByDefault);
