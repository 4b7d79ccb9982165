using System.Globalization;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>
/// A minimal reader for the reference CSVs under tests/data/analysis (comma-separated, a header row, no quoted commas;
/// quotes around a value are dropped). Test-side only: the product CSV reader lives in the core's IO.
/// </summary>
internal sealed class FixtureCsv
{
    private FixtureCsv(string[] header, string[][] rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public string[][] Rows { get; }

    public static FixtureCsv Read(string relativePath)
    {
        string[] lines = File.ReadAllLines(TestData.Require(relativePath)).Where(l => l.Length > 0).ToArray();
        static string[] Split(string line) => line.Split(',').Select(v => v.Trim().Trim('"')).ToArray();
        return new FixtureCsv(Split(lines[0]), lines.Skip(1).Select(Split).ToArray());
    }

    public string[] Text(string column)
    {
        int j = Array.IndexOf(Header, column);
        Assert.True(j >= 0, $"The fixture has no column '{column}'.");
        return Rows.Select(r => r[j]).ToArray();
    }

    public double[] Numbers(string column) => Text(column).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}
