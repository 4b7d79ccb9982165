using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>What a result holds besides features (<see cref="OutputKeys"/>).</summary>
public sealed record OutputSettings
{
    /// <summary><c>additionalInfo</c>: emit the diagnostics_* entries (provenance, image and mask statistics).</summary>
    public bool AdditionalInfo { get; init; } = OutputKeys.AdditionalInfo.Default;
}
