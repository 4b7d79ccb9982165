using Radiomics.Analysis.Statistics;

namespace Radiomics.Cli.Commands;

/// <summary>
/// When a feature counts as robust: its ICC of form <paramref name="Type"/> — the estimate, or with
/// <paramref name="UseLowerBound"/> the lower bound of its 95% interval — is at least <paramref name="Threshold"/>.
/// The defaults are familiar's (ICC(1,1), lower bound ≥ 0.70); Zwanenburg et al. (2019) kept features with ICC ≥ 0.90.
/// </summary>
internal sealed record RobustnessRule(IccType Type, bool UseLowerBound, double Threshold)
{
    public const double DefaultThreshold = 0.70;

    /// <summary>Whether <paramref name="estimate"/> passes (an undefined ICC never does).</summary>
    public bool IsRobust(IccEstimate estimate) => (UseLowerBound ? estimate.CiLow : estimate.Icc) >= Threshold;

    /// <summary>The rule as JSON, for the output's provenance.</summary>
    public string ToJson() => System.FormattableString.Invariant(
        $"{{\"icc_type\":\"{IccTypes.Label(Type)}\",\"metric\":\"{(UseLowerBound ? "icc_low" : "icc")}\",\"threshold\":{Threshold:R}}}");
}
