namespace Radiomics.Compliance;

/// <summary>
/// Matches computed rows to reference values by (dataset, tag) and applies each reference's tolerance rule.
/// Computed rows without a reference are ignored here (they are still exported); references without a row are
/// <see cref="CheckStatus.Missing"/>. A duplicate (dataset, tag) among the rows is an error: a check computes each
/// value once.
/// </summary>
internal static class ComplianceComparer
{
    public static IReadOnlyList<CheckOutcome> Compare(
        IEnumerable<ReferenceValue> references, IEnumerable<CheckRow> rows, IEnumerable<KnownDeviation> knownDeviations)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(knownDeviations);

        var values = new Dictionary<(string, string), double>();
        foreach (CheckRow row in rows)
        {
            if (!values.TryAdd((row.Dataset, row.Tag), row.Value))
            {
                throw new ArgumentException($"The value '{row.Tag}' of '{row.Dataset}' was computed twice.", nameof(rows));
            }
        }

        var reasons = knownDeviations.ToDictionary(d => (d.Dataset, d.Tag), d => d.Reason);
        var outcomes = new List<CheckOutcome>();
        foreach (ReferenceValue reference in references)
        {
            reasons.TryGetValue((reference.Dataset, reference.Tag), out string? reason);
            if (!values.TryGetValue((reference.Dataset, reference.Tag), out double value))
            {
                outcomes.Add(new CheckOutcome(reference, double.NaN, CheckStatus.Missing, reason));
                continue;
            }

            CheckStatus status = reference.Accepts(value) ? CheckStatus.Pass : reason is null ? CheckStatus.Fail : CheckStatus.KnownDeviation;
            outcomes.Add(new CheckOutcome(reference, value, status, reason));
        }

        return outcomes;
    }
}
