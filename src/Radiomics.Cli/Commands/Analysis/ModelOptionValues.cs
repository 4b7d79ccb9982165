using System.CommandLine;
using System.Globalization;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>The option kinds the model and bundle commands add to <see cref="OptionValues"/>: a number in a range, a seed.</summary>
internal static class ModelOptionValues
{
    /// <summary>A finite number in [<paramref name="minimum"/>, <paramref name="maximum"/>] (above the minimum when <paramref name="exclusiveMinimum"/>).</summary>
    public static Option<double?> Number(string name, string helpName, string description, double minimum, double maximum, bool exclusiveMinimum = false) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                string? text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (text is null)
                {
                    return null;
                }

                if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                {
                    result.AddError($"{name}: '{text}' is not a number");
                    return null;
                }

                bool low = exclusiveMinimum ? value <= minimum : value < minimum;
                if (low || value > maximum)
                {
                    string range = double.IsPositiveInfinity(maximum)
                        ? (exclusiveMinimum ? $"above {minimum.ToString(CultureInfo.InvariantCulture)}" : $"at least {minimum.ToString(CultureInfo.InvariantCulture)}")
                        : $"in [{minimum.ToString(CultureInfo.InvariantCulture)}, {maximum.ToString(CultureInfo.InvariantCulture)}]";
                    result.AddError($"{name} must be {range}, not {text}");
                    return null;
                }

                return value;
            },
        };

    /// <summary>A seed: an integer from 0 to 2^63 − 1.</summary>
    public static Option<long?> Seed(string description) =>
        new("--seed")
        {
            HelpName = "S",
            Description = description,
            CustomParser = result =>
            {
                string? text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (text is null)
                {
                    return null;
                }

                if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                {
                    result.AddError($"--seed: '{text}' is not a whole number from 0 to {long.MaxValue}");
                    return null;
                }

                return value;
            },
        };
}
