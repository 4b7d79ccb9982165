namespace Radiomics.Analysis.Statistics;

/// <summary>The six ICC forms of one subjects × raters matrix.</summary>
public sealed record IccEstimates(IccEstimate Icc1, IccEstimate Icc2, IccEstimate Icc3, IccEstimate Icc1k, IccEstimate Icc2k, IccEstimate Icc3k)
{
    /// <summary>The estimate of form <paramref name="type"/>.</summary>
    public IccEstimate For(IccType type) => type switch
    {
        IccType.Icc1 => Icc1,
        IccType.Icc2 => Icc2,
        IccType.Icc3 => Icc3,
        IccType.Icc1k => Icc1k,
        IccType.Icc2k => Icc2k,
        IccType.Icc3k => Icc3k,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    internal static IccEstimates AllSame(IccEstimate estimate) => new(estimate, estimate, estimate, estimate, estimate, estimate);
}
