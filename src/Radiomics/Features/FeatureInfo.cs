namespace Radiomics.Features;

/// <summary>
/// One feature of a family, as listed in the registry: its PyRadiomics name, its IBSI identifier
/// (null where IBSI defines none) and whether it is computed only when asked for by name
/// (PyRadiomics' deprecated features, and features PyRadiomics leaves out by default).
/// </summary>
public sealed record FeatureInfo(string Name, string? IbsiId, bool OnlyWhenRequested = false);
