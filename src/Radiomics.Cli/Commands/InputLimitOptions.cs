using System.Globalization;
using Radiomics.Configuration;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>--max-voxels N</c> and <c>--allow-outside-paths</c>: the input limits of a run (<see cref="InputLimits"/>), for the
/// commands that read images (extract, batch, convert). See docs/limits.md.
/// </summary>
internal static class InputLimitOptions
{
    public const string MaxVoxels = "--max-voxels";

    public const string AllowOutsidePaths = "--allow-outside-paths";

    public const string Usage = """
          --max-voxels N     refuse any image, resampled grid, bin range, texture matrix or filter kernel of more
                             than N elements (default 1073741824 = 2^30); see docs/limits.md
          --allow-outside-paths  let a NRRD/MetaImage header name a data file outside its own folder
        """;

    /// <summary>The limits the options ask for (the defaults without them).</summary>
    public static InputLimits From(Arguments arguments)
    {
        InputLimits limits = InputLimits.Default;
        if (arguments.Value(MaxVoxels) is { } text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long max) || max < 1)
            {
                throw new UsageException($"{MaxVoxels} needs a whole number of voxels ≥ 1, not {SafeText.Quote(text)}");
            }

            limits = limits with { MaxVoxels = max };
        }

        return arguments.Has(AllowOutsidePaths) ? limits with { AllowOutsidePaths = true } : limits;
    }

    /// <summary><paramref name="parameters"/> whose settings carry <paramref name="limits"/>.</summary>
    public static ExtractionParameters Apply(ExtractionParameters parameters, InputLimits limits) =>
        parameters.Settings.Limits == limits ? parameters : parameters with { Settings = parameters.Settings with { Limits = limits } };
}
