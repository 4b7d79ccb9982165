using System.CommandLine;
using System.Globalization;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>--max-voxels N</c> and <c>--allow-outside-paths</c>: the input limits of a run (<see cref="InputLimits"/>), as
/// the commands that read images (extract, batch, convert) declare them. See docs/limits.md.
/// </summary>
internal sealed class InputLimitOptions
{
    public Option<long?> MaxVoxels { get; } = new("--max-voxels")
    {
        HelpName = "N",
        Description = "refuse any image, resampled grid, bin range, texture matrix or filter kernel of more than N elements "
            + $"(default {InputLimits.DefaultMaxVoxels.ToString(CultureInfo.InvariantCulture)} = 2^30); see docs/limits.md",
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long max) && max >= 1)
            {
                return max;
            }

            result.AddError($"--max-voxels needs a whole number of voxels ≥ 1, not {SafeText.Quote(text)}");
            return null;
        },
    };

    public Option<bool> AllowOutsidePaths { get; } = OptionValues.Flag("--allow-outside-paths",
        "let a NRRD/MetaImage header name a data file outside its own folder (see docs/limits.md)");

    public IEnumerable<Option> All => [MaxVoxels, AllowOutsidePaths];

    /// <summary>The limits the options ask for (the defaults without them).</summary>
    public InputLimits From(ParseResult parsed)
    {
        InputLimits limits = InputLimits.Default;
        if (parsed.GetValue(MaxVoxels) is { } max)
        {
            limits = limits with { MaxVoxels = max };
        }

        return parsed.GetValue(AllowOutsidePaths) ? limits with { AllowOutsidePaths = true } : limits;
    }

    /// <summary><paramref name="parameters"/> whose settings carry <paramref name="limits"/>.</summary>
    public static ExtractionParameters Apply(ExtractionParameters parameters, InputLimits limits) =>
        parameters.Settings.Limits == limits ? parameters : parameters with { Settings = parameters.Settings with { Limits = limits } };
}
