using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tables;

/// <summary>A column that arrived typed as numbers (Parquet); a null is NaN.</summary>
internal sealed class NumberColumn(string name, double[] values) : RawColumn(name)
{
    public override int Count => values.Length;

    public override string Text(int row) => double.IsNaN(values[row]) ? "" : CsvNumbers.Format(values[row]);

    public override int ReadNumbers(Span<double> destination, out bool anyNumber)
    {
        values.CopyTo(destination);
        anyNumber = values.Any(v => !double.IsNaN(v));
        return -1;
    }

    public override RawColumn Reorder(IReadOnlyList<int> rows) =>
        new NumberColumn(Name, rows.Select(r => values[r]).ToArray()) { FromClinical = FromClinical };
}
