using System.Globalization;
using System.Text.RegularExpressions;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>
/// The NUM items of a measurement report as DCMTK's <c>dsrdump +Pc</c> prints them, e.g.
/// <c>&lt;contains NUM:(Q4LE,99IBSI,"Mean")="-49" ([hnsf'U],UCUM,"Hounsfield unit")&gt;</c>: an independent reading of
/// the same content to compare our reader with.
/// </summary>
public sealed partial record DsrdumpNum(string Code, string Scheme, string NumericValue, string Unit)
{
    public static List<DsrdumpNum> Parse(string dump) =>
        dump.Split('\n').Select(l => Line().Match(l)).Where(m => m.Success)
            .Select(m => new DsrdumpNum(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value))
            .ToList();

    public double Value => double.Parse(NumericValue, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("^\\s*<contains NUM:\\(([^,]+),([^,]+),\"[^\"]*\"\\)=\"([^\"]*)\" \\(([^,]+),UCUM,")]
    private static partial Regex Line();
}
