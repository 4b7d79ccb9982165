using Radiomics.Extraction;

namespace Radiomics.Cli.Output;

/// <summary>
/// PyRadiomics' <c>--skip-nans</c>: entries whose value is the number NaN are left out of the output (diagnostics as
/// well as features, as PyRadiomics does); infinities and text stay.
/// </summary>
public static class NanFilter
{
    public static bool IsNaN(ResultValue value) => value.IsNumber && double.IsNaN(value.Number);

    /// <summary>The entries without NaN values when <paramref name="skip"/>, else the entries as they are.</summary>
    public static IReadOnlyList<KeyValuePair<string, ResultValue>> Apply(IReadOnlyList<KeyValuePair<string, ResultValue>> entries, bool skip) =>
        skip && entries.Any(e => IsNaN(e.Value)) ? entries.Where(e => !IsNaN(e.Value)).ToList() : entries;
}
