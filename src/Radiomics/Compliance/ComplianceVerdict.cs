namespace Radiomics.Compliance;

/// <summary>
/// One verdict over every suite that ran. <see cref="Compliant"/> when at least one reference value was checked and
/// every value is within tolerance or off only by a documented known deviation (each listed in
/// <see cref="KnownDeviations"/> with its reason); under <see cref="Strict"/> a known deviation fails too. A listed
/// deviation that now passes is a pass (the suite's summary asks for the list to be updated).
/// </summary>
public sealed class ComplianceVerdict
{
    private ComplianceVerdict(bool strict, int checkedCount, IReadOnlyList<SuiteOutcome> knownDeviations, IReadOnlyList<SuiteOutcome> unexpectedFailures)
    {
        Strict = strict;
        Checked = checkedCount;
        KnownDeviations = knownDeviations;
        UnexpectedFailures = unexpectedFailures;
    }

    /// <summary>Whether known deviations fail the check.</summary>
    public bool Strict { get; }

    /// <summary>How many reference values were compared.</summary>
    public int Checked { get; }

    /// <summary>Values outside tolerance that the suites document as known deviations (outcome carries the reason).</summary>
    public IReadOnlyList<SuiteOutcome> KnownDeviations { get; }

    /// <summary>Values outside tolerance that no list names, and references without a computed value.</summary>
    public IReadOnlyList<SuiteOutcome> UnexpectedFailures { get; }

    /// <summary>
    /// True when at least one value was checked and nothing failed unexpectedly; under <see cref="Strict"/> the known
    /// deviations must be empty too.
    /// </summary>
    public bool Compliant => Checked > 0 && UnexpectedFailures.Count == 0 && (!Strict || KnownDeviations.Count == 0);

    /// <summary>"COMPLIANT" or "NOT COMPLIANT".</summary>
    public string Text => Compliant ? "COMPLIANT" : "NOT COMPLIANT";

    /// <summary>
    /// Writes the known deviations (each with its reason), the unexpected failures, then the verdict as the last line:
    /// <c>COMPLIANT</c> or <c>NOT COMPLIANT</c>.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (KnownDeviations.Count > 0)
        {
            writer.WriteLine(Strict ? "Known deviations (documented; --strict fails on them):" : "Known deviations (documented, each with its reason):");
            foreach (SuiteOutcome deviation in KnownDeviations)
            {
                writer.WriteLine($"  {deviation}");
                writer.WriteLine($"    {deviation.Outcome.DeviationReason}");
            }
        }

        if (UnexpectedFailures.Count > 0)
        {
            writer.WriteLine("Unexpected failures:");
            foreach (SuiteOutcome failure in UnexpectedFailures)
            {
                writer.WriteLine($"  {failure}");
            }
        }

        if (Checked == 0)
        {
            writer.WriteLine("No reference value was checked.");
        }

        writer.WriteLine(Text);
    }

    /// <summary>The verdict over <paramref name="reports"/>.</summary>
    public static ComplianceVerdict Of(IEnumerable<ComplianceReport> reports, bool strict)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ComplianceReport[] all = reports.ToArray();
        SuiteOutcome[] With(Func<CheckOutcome, bool> keep) =>
            all.SelectMany(r => r.Outcomes.Where(keep).Select(o => new SuiteOutcome(r.Suite.Title, o))).ToArray();

        return new ComplianceVerdict(
            strict,
            all.Sum(r => r.Outcomes.Count),
            With(o => o.Status == CheckStatus.KnownDeviation),
            With(o => o.Status is CheckStatus.Fail or CheckStatus.Missing));
    }
}
