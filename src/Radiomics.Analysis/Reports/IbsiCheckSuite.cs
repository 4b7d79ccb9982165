namespace Radiomics.Analysis.Reports;

/// <summary>One suite's counts in an ibsi-check report (<see cref="IbsiCheckReport"/>).</summary>
/// <param name="Title">The suite's title, e.g. "IBSI 1 (features)".</param>
/// <param name="Checked">Reference values compared.</param>
/// <param name="Passed">Values within tolerance.</param>
/// <param name="KnownDeviations">Values off by a documented known deviation.</param>
/// <param name="UnexpectedFailures">Values off that no list names, and references without a computed value.</param>
public sealed record IbsiCheckSuite(string Title, int Checked, int Passed, int KnownDeviations, int UnexpectedFailures);
