namespace Radiomics.Configuration;

/// <summary>An enabled feature class and the features asked for by name (null: all its default features).</summary>
public sealed record FeatureClassRequest(string Family, IReadOnlyList<string>? Features);
