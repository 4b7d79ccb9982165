namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Runs <see cref="VarianceSettings"/>: population variance (two-pass), exactly 0 for a constant feature.</summary>
internal static class VarianceFilter
{
    public static StepResult Apply(SelectionContext context, VarianceSettings settings, IReadOnlyList<int> features)
    {
        var kept = new List<int>();
        var dropped = new List<DroppedFeature>();
        foreach (int f in features)
        {
            double variance = PopulationVariance(context.Table.Column(f));
            if (variance > settings.Threshold)
            {
                kept.Add(f);
                continue;
            }

            string reason = variance == 0
                ? "constant (variance 0)"
                : $"variance {SelectionContext.Format(variance)} ≤ threshold {SelectionContext.Format(settings.Threshold)}";
            dropped.Add(new DroppedFeature(context.Name(f), SelectionNames.Of(SelectionMethod.Variance), reason));
        }

        return new StepResult(kept, dropped);
    }

    /// <summary>Σ(x − x̄)²/n; 0 when max = min.</summary>
    public static double PopulationVariance(ReadOnlySpan<double> values)
    {
        ValueRange range = ValueRange.Of(values);
        if (range.IsConstant)
        {
            return 0;
        }

        double mean = range.Sum / values.Length, squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return squares / values.Length;
    }
}
