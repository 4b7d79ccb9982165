using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The discretisation stage: grey levels by fixed bin width or fixed bin count (<see cref="DiscretisationKeys"/>).</summary>
public sealed record DiscretisationSettings
{
    /// <summary><c>binWidth</c>: fixed bin width (ignored when <see cref="BinCount"/> is set).</summary>
    public double BinWidth { get; init; } = DiscretisationKeys.BinWidth.Default;

    /// <summary><c>binCount</c>: fixed number of bins, or null to use <see cref="BinWidth"/>.</summary>
    public int? BinCount { get; init; } = DiscretisationKeys.BinCount.Default;

    /// <summary><c>binningOrigin</c> (Radiomics.NET): where fixed-bin-width edges start.</summary>
    public BinningOrigin BinningOrigin { get; init; } = DiscretisationKeys.BinningOrigin.Default;
}
