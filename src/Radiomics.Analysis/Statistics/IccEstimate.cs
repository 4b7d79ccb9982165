namespace Radiomics.Analysis.Statistics;

/// <summary>
/// One intraclass correlation with its confidence interval and F test, as <c>psych::ICC(lmer = FALSE)</c> reports
/// them (columns ICC, lower bound, upper bound, F, df1, df2, p). F, df and p are NaN where the convention for a
/// feature without any variance applies (ICC 1, interval [1, 1]).
/// </summary>
public sealed record IccEstimate(double Icc, double CiLow, double CiHigh, double F, double Df1, double Df2, double P)
{
    /// <summary>An estimate that could not be made (fewer than two subjects): everything NaN.</summary>
    public static IccEstimate Undefined { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The convention for a feature with no variance at all: ICC 1, interval [1, 1], no F test.</summary>
    public static IccEstimate Constant { get; } = new(1, 1, 1, double.NaN, double.NaN, double.NaN, double.NaN);
}
