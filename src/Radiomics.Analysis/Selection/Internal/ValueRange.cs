namespace Radiomics.Analysis.Selection.Internal;

/// <summary>The sum, minimum and maximum of a column in one pass (a column is constant exactly when min = max).</summary>
internal readonly record struct ValueRange(double Sum, double Min, double Max)
{
    public bool IsConstant => Min == Max;

    public static ValueRange Of(ReadOnlySpan<double> values)
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return new ValueRange(sum, min, max);
    }
}
