namespace Radiomics.Analysis.Statistics;

/// <summary>What a statistic of paired samples does with NaN.</summary>
public enum MissingValueHandling
{
    /// <summary>Pairs with a NaN in either sample are left out (R's <c>use = "pairwise.complete.obs"</c>).</summary>
    PairwiseComplete,

    /// <summary>A NaN in either sample is an <see cref="ArgumentException"/> naming its position (R's <c>use = "all.obs"</c>).</summary>
    Error,
}
