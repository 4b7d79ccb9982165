using Radiomics.Analysis.Selection.Internal;

namespace Radiomics.Analysis.Selection;

/// <summary>
/// The robustness filter: keep the features a robustness analysis marked robust, drop every other (those marked not
/// robust and those the analysis did not list). Read the list with <see cref="Read"/>.
/// </summary>
/// <remarks>
/// A robust name that is not a feature of the table is ignored. Feature names match exactly (case-sensitive).
/// </remarks>
public sealed record RobustSettings : SelectionStep
{
    /// <summary>The names of the robust features.</summary>
    public required IReadOnlyList<string> RobustFeatures { get; init; }

    /// <summary>Names the list marks not robust (only for the reasons given when they are dropped).</summary>
    public IReadOnlyList<string> NotRobustFeatures { get; init; } = [];

    /// <summary>Where the list came from (a file name), quoted in the reasons and recorded in the output.</summary>
    public string Source { get; init; } = "the robustness list";

    /// <summary>The SHA-256 of the source file's bytes (lower-case hex), or null when the list was given in code.</summary>
    public string? SourceSha256 { get; init; }

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Robust;

    /// <inheritdoc/>
    public override bool UsesOutcome => false;

    /// <summary>
    /// Reads a robustness list: either a CSV whose header has <c>feature</c> and <c>robust</c> columns (as
    /// <c>radiomics robustness</c> writes: <c>feature,icc,ci_low,ci_high,robust</c>; <c>robust</c> is
    /// TRUE/FALSE, true/false, 1/0 or yes/no; other columns are ignored; a feature may repeat only with the same
    /// verdict), or a plain list, one feature name per line (blank lines and lines starting with <c>#</c> skipped).
    /// A first line holding a comma makes the file a CSV.
    /// </summary>
    /// <exception cref="SelectionException">The file is missing, unreadable, or malformed (the message names the file and line).</exception>
    public static RobustSettings Read(string path) => RobustListReader.Read(path);

    /// <inheritdoc/>
    public override void Validate()
    {
        if (RobustFeatures is null || NotRobustFeatures is null)
        {
            throw new SelectionException("--robust: the list of robust features is missing");
        }

        if (RobustFeatures.Any(string.IsNullOrEmpty))
        {
            throw new SelectionException($"--robust: {Source} lists an empty feature name");
        }
    }
}
