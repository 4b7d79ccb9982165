namespace Radiomics.Compliance;

/// <summary>An outcome with the title of the suite it belongs to (dataset names alone repeat across suites).</summary>
public sealed record SuiteOutcome(string Suite, CheckOutcome Outcome)
{
    /// <summary>"IBSI 1 configuration B morph_asphericity: reference 0.385 ± 0.001, value 0.383853".</summary>
    public override string ToString() =>
        $"{Suite} {Outcome.Reference.Dataset} {Outcome.Reference.Tag}: reference {Outcome.Reference.ReferenceText} ± " +
        $"{ComplianceReport.Format(Outcome.Reference.Tolerance)}, value {(Outcome.Status == CheckStatus.Missing ? "not computed" : ComplianceReport.Format(Outcome.Value))}";
}
