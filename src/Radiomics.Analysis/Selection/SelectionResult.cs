using Radiomics.Analysis.Common;
using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection;

/// <summary>
/// The outcome of <see cref="FeatureSelection.Run"/>: the kept features in order, every dropped feature with the step
/// and reason, the steps with their parameters, and provenance. Written as <c>selected.json</c>
/// (<c>{"format": "radiomics-selection", "version": 1, "selected", "dropped", "methods", "provenance"}</c>) or as a
/// CSV view (<c>feature,kept,method,reason</c>); read back with <see cref="Read"/>.
/// </summary>
public sealed record SelectionResult
{
    /// <summary>The file's <c>format</c>.</summary>
    public const string FormatName = "radiomics-selection";

    /// <summary>The file version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The kept features, in order (column order through filters; mRMR's order of choice).</summary>
    public required IReadOnlyList<string> Selected { get; init; }

    /// <summary>The dropped features: first those with missing values, then each step's, in step order.</summary>
    public required IReadOnlyList<DroppedFeature> Dropped { get; init; }

    /// <summary>The steps that ran, with their parameters.</summary>
    public required IReadOnlyList<SelectionStep> Methods { get; init; }

    /// <summary>The outcome the supervised steps read, or null.</summary>
    public SelectionOutcome? Outcome { get; init; }

    /// <summary>Tool version, SHA-256 of the input table's content and of the settings (the <c>methods</c> array).</summary>
    public required AnalysisProvenance Provenance { get; init; }

    /// <summary>Warnings for the user (features dropped for missing values); not written to the file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The result as <c>selected.json</c> text (indented, deterministic, ends with a newline).</summary>
    public string ToJson() => SelectionJson.Serialize(this);

    /// <summary>
    /// Writes the result atomically: as CSV (<c>feature,kept,method,reason</c>: the kept features in order, then the
    /// dropped ones) when <paramref name="path"/> ends in <c>.csv</c>, else as <c>selected.json</c>.
    /// </summary>
    /// <exception cref="FeatureTableException">The folder does not exist or the file cannot be written.</exception>
    public void Write(string path)
    {
        string text = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SelectionCsv.Serialize(this) : ToJson();
        AnalysisFiles.WriteAtomically(path, text, FeatureTableReader.Fail);
    }

    /// <summary>Reads a <c>selected.json</c> written by <see cref="Write"/>.</summary>
    /// <exception cref="SelectionException">The file is missing, unreadable, not a selection file, or of another version.</exception>
    public static SelectionResult Read(string path) =>
        Parse(AnalysisFiles.ReadText(path, "a selection file", message => new SelectionException(message)), path);

    /// <summary>Parses <c>selected.json</c> text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="SelectionException">Not a selection file of a version this library reads.</exception>
    public static SelectionResult Parse(string json, string source = "selection") => SelectionJson.Parse(json, source);
}
