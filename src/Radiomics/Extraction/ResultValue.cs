using System.Globalization;

namespace Radiomics.Extraction;

/// <summary>One output value: a number (features, numeric diagnostics) or a text (hashes, tuples, settings).</summary>
public readonly record struct ResultValue
{
    private ResultValue(double number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The number, or NaN when this is a text (see <see cref="IsNumber"/>).</summary>
    public double Number { get; }

    /// <summary>The text, or null when this is a number.</summary>
    public string? Text { get; }

    /// <summary>True for a number (NaN included), false for a text.</summary>
    public bool IsNumber => Text is null;

    /// <summary>A numeric value.</summary>
    public static implicit operator ResultValue(double number) => new(number, null);

    /// <summary>A text value (<see cref="Number"/> is NaN).</summary>
    public static implicit operator ResultValue(string text) => new(double.NaN, text);

    /// <summary>The value as text: numbers in round-trip form ("R"), as Python's repr prints floats.</summary>
    public override string ToString() => Text ?? FormatNumber(Number);

    /// <summary>
    /// <paramref name="value"/> as Python's <c>repr</c> prints a float, so CSV output matches PyRadiomics': round-trip
    /// digits (invariant culture), <c>nan</c>, <c>inf</c>, <c>-inf</c>.
    /// </summary>
    public static string FormatNumber(double value) => double.IsNaN(value)
        ? "nan"
        : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
