using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// A number (double) in [<see cref="Minimum"/>, <see cref="Maximum"/>], with the lower bound exclusive when
/// <see cref="MinimumExclusive"/>; NaN only when allowed. Written as a JSON number in round-trip form, or as the text
/// <c>nan</c>, <c>inf</c>, <c>-inf</c> (which JSON numbers cannot hold).
/// </summary>
internal sealed class NumberKind(double minimum, double maximum, bool minimumExclusive = false, bool allowNaN = false, string? unit = null) : ValueKind<double>
{
    /// <summary>Any finite number.</summary>
    public static NumberKind Any { get; } = new(double.MinValue, double.MaxValue);

    /// <summary>A finite number &gt; 0.</summary>
    public static NumberKind Positive { get; } = new(0, double.MaxValue, minimumExclusive: true);

    /// <summary>A finite number ≥ 0.</summary>
    public static NumberKind NonNegative { get; } = new(0, double.MaxValue);

    public double Minimum => minimum;

    public double Maximum => maximum;

    public bool MinimumExclusive => minimumExclusive;

    public override string Allowed
    {
        get
        {
            string lower = minimum == double.MinValue ? "" : double.IsNegativeInfinity(minimum) ? "" : (minimumExclusive ? $"> {Show(minimum)}" : $"≥ {Show(minimum)}");
            string upper = maximum is double.MaxValue or double.PositiveInfinity ? "" : $"≤ {Show(maximum)}";
            string range = (lower, upper) switch
            {
                ("", "") => "",
                (_, "") => " " + lower,
                ("", _) => " " + upper,
                _ => $" {lower} and {upper}",
            };
            string infinite = double.IsNegativeInfinity(minimum) && double.IsPositiveInfinity(maximum) ? " (inf, -inf" + (allowNaN ? ", nan" : "") + " allowed)" : allowNaN ? " (nan allowed)" : "";
            return "a number" + range + (unit is null ? "" : $" ({unit})") + infinite;
        }
    }

    internal override bool TryRead(ParameterValue value, out double result)
    {
        result = 0;
        if (ScalarText(value) is not { } text || !ParameterValue.TryDouble(text, out double number))
        {
            return false;
        }

        bool allowed = double.IsNaN(number) ? allowNaN : number <= maximum && (minimumExclusive ? number > minimum : number >= minimum);
        result = number;
        return allowed;
    }

    internal override void Write(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf");
        }
    }

    internal override double Sample(Random random)
    {
        if (allowNaN && random.Next(8) == 0)
        {
            return double.NaN;
        }

        double low = Math.Max(minimum, -1e6), high = Math.Min(maximum, 1e6);
        double value = random.Next(3) switch
        {
            0 => Math.Round(low + (random.NextDouble() * (high - low))), // whole numbers
            1 => low + (random.NextDouble() * (high - low)),             // any double, 17 significant digits
            _ => low + (Math.Pow(10, random.Next(-6, 3)) * random.NextDouble()), // small steps above the minimum
        };
        return (minimumExclusive && value <= minimum) || value < minimum || value > maximum ? (low + high) / 2 : value;
    }

    private static string Show(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
