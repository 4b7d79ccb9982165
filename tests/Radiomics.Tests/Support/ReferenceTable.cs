using System.Globalization;
using Radiomics.Compliance;
using Radiomics.Compliance.Ibsi1;

namespace Radiomics.Tests.Support;

/// <summary>One row of an IBSI reference table (ibsi1/reference_values/*.csv).</summary>
public sealed record ReferenceRow(string Dataset, string Family, string Feature, string Tag, string ReferenceText, double Reference, double Tolerance)
{
    /// <summary>
    /// IBSI's pass rule: |value − reference| ≤ tolerance; a zero tolerance means equal when rounded to the
    /// reference's last printed digit (<see cref="ReferenceText"/> as the manual prints it: <see cref="Ibsi1PrintedReference"/>).
    /// </summary>
    public bool Accepts(double value) =>
        new ReferenceValue(Family, Dataset, Tag, ReferenceText, Tolerance, ToleranceRule.AbsoluteOrLastPrintedDigit).Accepts(value);
}

/// <summary>Reads the IBSI reference tables.</summary>
public static class ReferenceTable
{
    public static IReadOnlyList<ReferenceRow> Read(string path)
    {
        var rows = new List<ReferenceRow>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cells = SplitCsv(line.TrimStart('\uFEFF'));
            if (cells.Length < 10 || string.IsNullOrWhiteSpace(cells[4]))
            {
                continue;
            }

            double tolerance = string.IsNullOrWhiteSpace(cells[5]) ? 0 : double.Parse(cells[5], CultureInfo.InvariantCulture);
            string printed = Ibsi1PrintedReference.AsPrinted(cells[1], cells[4], tolerance);
            rows.Add(new ReferenceRow(cells[0], cells[1], cells[2], cells[9], printed, double.Parse(cells[4], CultureInfo.InvariantCulture), tolerance));
        }

        return rows;
    }

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells.ToArray();
    }
}
