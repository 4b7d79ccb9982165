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

    public double Number { get; }

    /// <summary>The text, or null when this is a number.</summary>
    public string? Text { get; }

    public bool IsNumber => Text is null;

    public static implicit operator ResultValue(double number) => new(number, null);

    public static implicit operator ResultValue(string text) => new(double.NaN, text);

    /// <summary>The value as text: numbers in round-trip form ("R"), as Python's repr prints floats.</summary>
    public override string ToString() => Text ?? FormatNumber(Number);

    public static string FormatNumber(double value) => double.IsNaN(value)
        ? "nan"
        : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
