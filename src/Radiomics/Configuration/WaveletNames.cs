using System.Globalization;

namespace Radiomics.Configuration;

/// <summary>
/// The discrete wavelets a <c>wavelet</c> setting may name: PyWavelets' <c>pywt.wavelist(kind='discrete')</c>, case as
/// pywt writes them: haar, db1–db38, sym2–sym20, coif1–coif17, bior1.1 … bior6.8, rbio1.1 … rbio6.8 and dmey (106
/// names). The one list of the names: the filter stage (<c>Filters.Wavelets.WaveletFilterBank</c>) gives each its
/// coefficients and accepts no other.
/// </summary>
public static class WaveletNames
{
    /// <summary>The highest Daubechies order (db1 … db38).</summary>
    public const int MaxDaubechiesOrder = 38;

    /// <summary>The lowest symlet order (sym2 … ).</summary>
    public const int MinSymletOrder = 2;

    /// <summary>The highest symlet order ( … sym20).</summary>
    public const int MaxSymletOrder = 20;

    /// <summary>The highest coiflet order (coif1 … coif17).</summary>
    public const int MaxCoifletOrder = 17;

    /// <summary>The biorthogonal orders N.M of the <c>bior</c> and <c>rbio</c> families, in pywt's order.</summary>
    public static IReadOnlyList<string> BiorthogonalOrders { get; } =
        ["1.1", "1.3", "1.5", "2.2", "2.4", "2.6", "2.8", "3.1", "3.3", "3.5", "3.7", "3.9", "4.4", "5.5", "6.8"];

    /// <summary>Every name, in pywt's <c>wavelist(kind='discrete')</c> family order.</summary>
    public static IReadOnlyList<string> All { get; } = BuildNames();

    /// <summary>The names in words, for messages: <c>haar, db1–db38, sym2–sym20, coif1–coif17, bior{1.1, …}, rbio{1.1, …}, dmey</c>.</summary>
    public static string Described { get; } =
        $"haar, db1–db{MaxDaubechiesOrder}, sym{MinSymletOrder}–sym{MaxSymletOrder}, coif1–coif{MaxCoifletOrder}, " +
        $"bior{{{string.Join(", ", BiorthogonalOrders)}}}, rbio{{{string.Join(", ", BiorthogonalOrders)}}}, dmey";

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is one of <see cref="All"/> (case-sensitive, as pywt).</summary>
    public static bool IsKnown(string name) => Known.Contains(name);

    private static string[] BuildNames()
    {
        var names = new List<string> { "haar" };
        names.AddRange(Orders("db", 1, MaxDaubechiesOrder));
        names.AddRange(Orders("sym", MinSymletOrder, MaxSymletOrder));
        names.AddRange(Orders("coif", 1, MaxCoifletOrder));
        names.AddRange(BiorthogonalOrders.Select(o => "bior" + o));
        names.AddRange(BiorthogonalOrders.Select(o => "rbio" + o));
        names.Add("dmey");
        return [.. names];
    }

    private static IEnumerable<string> Orders(string prefix, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => prefix + n.ToString(CultureInfo.InvariantCulture));
}
