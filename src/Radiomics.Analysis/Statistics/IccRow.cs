namespace Radiomics.Analysis.Statistics;

/// <summary>
/// One output row of <see cref="Icc.Compute"/>: a feature's ICC of one form with its confidence interval, the number of
/// subjects and raters it used, and psych's F test (F, df1, df2, p).
/// </summary>
public sealed record IccRow(string Feature, IccType Type, IccEstimate Estimate, int Subjects, int Raters)
{
    /// <summary>The form as written in outputs: <c>ICC(1,1)</c> … <c>ICC(3,k)</c>.</summary>
    public string TypeLabel => IccTypes.Label(Type);
}
