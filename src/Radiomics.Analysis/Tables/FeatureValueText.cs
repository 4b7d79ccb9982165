using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Reads one cell of a feature column: the missing spellings (empty, <c>nan</c>/<c>NaN</c> in any case, <c>NA</c>)
/// are NaN, numbers are read culture-invariant (<see cref="CsvNumbers.TryParse"/>, which also takes <c>inf</c> and
/// <c>Infinity</c>), anything else is text.
/// </summary>
internal static class FeatureValueText
{
    /// <summary>False when the cell is text; <paramref name="missing"/> when it is a missing spelling.</summary>
    public static bool TryParse(ReadOnlySpan<char> cell, out double value, out bool missing)
    {
        ReadOnlySpan<char> trimmed = cell.Trim();
        missing = trimmed.IsEmpty || trimmed.Equals("nan", StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("NA");
        if (missing)
        {
            value = double.NaN;
            return true;
        }

        return CsvNumbers.TryParse(trimmed, out value);
    }
}
