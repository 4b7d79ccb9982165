namespace Radiomics.Compliance;

/// <summary>
/// One line of a compliance report: the reference, the computed value (NaN when missing), the status and, for a
/// known deviation, its documented reason. A listed deviation that passes is reported as <see cref="CheckStatus.Pass"/>
/// with <see cref="StaleDeviation"/> set, so the list can be kept honest.
/// </summary>
public sealed record CheckOutcome(ReferenceValue Reference, double Value, CheckStatus Status, string? DeviationReason = null)
{
    /// <summary>Passes or fails (known deviations and missing values are failures).</summary>
    public bool Passed => Status == CheckStatus.Pass;

    /// <summary>The value passes although the known-deviation list names it.</summary>
    public bool StaleDeviation => Status == CheckStatus.Pass && DeviationReason is not null;

    /// <summary>|value − reference| / tolerance (infinite for a zero tolerance and any difference; NaN when missing).</summary>
    public double NormalisedDifference
    {
        get
        {
            double difference = Math.Abs(Value - Reference.Reference);
            return Reference.Tolerance > 0 ? difference / Reference.Tolerance : difference == 0 ? 0 : double.PositiveInfinity;
        }
    }
}
