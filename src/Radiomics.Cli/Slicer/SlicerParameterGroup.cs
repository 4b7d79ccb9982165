namespace Radiomics.Cli.Slicer;

/// <summary>A <c>&lt;parameters&gt;</c> group: one collapsible section of the module's panel in 3D Slicer.</summary>
internal sealed record SlicerParameterGroup(string Label, string Description, IReadOnlyList<SlicerParameter> Parameters);
