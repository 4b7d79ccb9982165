using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tests.Support;

/// <summary>A reference CSV from tests/data read as rows of named text cells (numbers as the oracle wrote them).</summary>
internal sealed class OracleTable
{
    private OracleTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static OracleTable Read(string path)
    {
        using CsvReader reader = CsvReader.Open(path);
        Assert.True(reader.Read(), $"{path} is empty");
        string[] header = reader.ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.ToArray());
        }

        return new OracleTable(header, rows);
    }

    public string Text(string[] row, string column) => row[Array.IndexOf(Header, column) is >= 0 and var i ? i : throw new KeyNotFoundException(column)];

    public double Number(string[] row, string column)
    {
        string text = Text(row, column);
        Assert.True(CsvNumbers.TryParse(text, out double value), $"'{text}' in column {column} is not a number");
        return value;
    }

    public IEnumerable<string[]> Where(string column, string value) => Rows.Where(r => Text(r, column) == value);
}
