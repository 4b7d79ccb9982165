using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>An integer in [<see cref="Minimum"/>, <see cref="Maximum"/>], optionally odd only.</summary>
internal sealed class IntegerKind(int minimum, int maximum, bool oddOnly = false) : ValueKind<int>
{
    public int Minimum => minimum;

    public int Maximum => maximum;

    public override string Allowed => oddOnly
        ? $"an odd integer from {minimum} to {maximum}"
        : (minimum, maximum) switch
        {
            (int.MinValue, int.MaxValue) => "an integer",
            (_, int.MaxValue) => $"an integer ≥ {minimum}",
            _ => $"an integer from {minimum} to {maximum}",
        };

    internal override bool TryRead(ParameterValue value, out int result)
    {
        result = 0;
        if (ScalarText(value) is not { } text || !ParameterValue.TryInt(text, out long number) || number < minimum || number > maximum || (oddOnly && number % 2 == 0))
        {
            return false;
        }

        result = (int)number;
        return true;
    }

    internal override void Write(Utf8JsonWriter json, int value) => json.WriteNumberValue(value);

    internal override int Sample(Random random)
    {
        // Mostly small values near the minimum (what files hold), sometimes anywhere in the range.
        long span = (long)maximum - minimum;
        long offset = random.Next(4) == 0 ? random.NextInt64(span + 1) : random.NextInt64(Math.Min(span, 20) + 1);
        int value = (int)(minimum + offset);
        return oddOnly && value % 2 == 0 ? (value < maximum ? value + 1 : value - 1) : value;
    }
}
