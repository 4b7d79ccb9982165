namespace Radiomics.Analysis.Validation;

/// <summary>
/// The bootstrap of <see cref="BootstrapValidation"/>: how many resamples and the seed of the analysis layer's
/// xoshiro256** generator (SplitMix64 seeding) that draws them. Immutable.
/// </summary>
public sealed record BootstrapSettings
{
    /// <summary>The number of bootstrap resamples B (default 200).</summary>
    public int Replicates { get; init; } = 200;

    /// <summary>The generator's seed (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Checks the settings; throws <see cref="ArgumentOutOfRangeException"/> naming the value.</summary>
    public void Validate()
    {
        if (Replicates < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Replicates), $"The bootstrap needs at least 2 replicates; got {Replicates}.");
        }
    }
}
