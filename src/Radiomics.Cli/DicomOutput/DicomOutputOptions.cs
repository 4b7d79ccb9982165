using System.CommandLine;
using Radiomics.Cli.Syntax;
using Radiomics.Dicom.Writing;

namespace Radiomics.Cli.DicomOutput;

/// <summary>The option every command that writes DICOM declares alike: <c>--uid-seed S</c>.</summary>
internal static class DicomOutputOptions
{
    /// <summary>
    /// <c>--uid-seed S</c>: reproducible UIDs (each the name-based UUID of the seed and its purpose, under 2.25) and the
    /// fixed content date 2000-01-01, so the same inputs, seed and version give the same bytes. Absent: random UIDs and
    /// the time of writing.
    /// </summary>
    public static Option<string?> UidSeed(string scope) => OptionValues.Text("--uid-seed", "S",
        $"derive every UID of the DICOM written from S{scope} (and date it 2000-01-01) so that the same inputs give the same bytes; default: random UIDs, dated now");

    /// <summary>The write options of a seed (null: random UIDs).</summary>
    public static DicomWriteOptions WriteOptions(string? seed) => seed is null ? DicomWriteOptions.Default : new DicomWriteOptions { UidSeed = seed };

    /// <summary>Refuses an option that only means something beside <paramref name="needed"/>.</summary>
    public static void RequireWith(ParseResult parsed, Option option, Option needed)
    {
        if (parsed.GetResult(option) is { Implicit: false } && parsed.GetResult(needed) is null or { Implicit: true })
        {
            throw new UsageException($"{option.Name} goes with {needed.Name}");
        }
    }
}
