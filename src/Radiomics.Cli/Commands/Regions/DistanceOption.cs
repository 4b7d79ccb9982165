using System.CommandLine;
using System.Globalization;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>An option taking a distance in mm: a finite number ≥ 0, checked while parsing (<c>--ring: 'x' is not a number of mm ≥ 0</c>).</summary>
internal static class DistanceOption
{
    public static Option<double?> Create(string name, string description) =>
        new(name)
        {
            HelpName = "D",
            Description = description,
            CustomParser = result =>
            {
                string? text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (text is null)
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= 0)
                {
                    return value;
                }

                result.AddError($"{name}: '{text}' is not a distance in mm (a number ≥ 0, e.g. 5 or 2.5)");
                return null;
            },
        };
}
