namespace Radiomics.Analysis.Tables;

/// <summary>A column of text cells stored in one growing character pool (no string per cell until asked for).</summary>
internal sealed class TextColumn(string name) : RawColumn(name)
{
    private char[] _chars = new char[256];
    private int _length;
    private int[] _ends = new int[64];
    private int _count;

    public override int Count => _count;

    public void Add(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        if (_count == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _ends[_count++] = _length;
    }

    /// <summary>Adds empty (missing) cells until the column has <paramref name="count"/> cells.</summary>
    public void PadTo(int count)
    {
        while (_count < count)
        {
            Add([]);
        }
    }

    public ReadOnlySpan<char> Cell(int row) => _chars.AsSpan(row == 0 ? 0 : _ends[row - 1], _ends[row] - (row == 0 ? 0 : _ends[row - 1]));

    public override string Text(int row) => new(Cell(row));

    public override int ReadNumbers(Span<double> values, out bool anyNumber)
    {
        anyNumber = false;
        for (int row = 0; row < _count; row++)
        {
            if (!FeatureValueText.TryParse(Cell(row), out values[row], out bool missing))
            {
                return row;
            }

            anyNumber |= !missing;
        }

        return -1;
    }

    public override RawColumn Reorder(IReadOnlyList<int> rows)
    {
        var column = new TextColumn(Name) { FromClinical = FromClinical };
        foreach (int row in rows)
        {
            column.Add(Cell(row));
        }

        return column;
    }
}
