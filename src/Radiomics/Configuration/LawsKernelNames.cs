namespace Radiomics.Configuration;

/// <summary>
/// The names of the IBSI 2 Laws 1D kernels (IBSI 2, table "Laws kernels"), which the <c>ibsiLawsKernels</c> setting
/// combines (<c>L5E5E5</c>: one name per axis): L = level, E = edge, S = spot, W = wave, R = ripple; 3 or 5 taps. The
/// one list of the names: the filter stage (<c>Filters.Ibsi2.LawsKernels</c>) gives each its taps.
/// </summary>
public static class LawsKernelNames
{
    /// <summary>Level, 3 taps.</summary>
    public const string L3 = "L3";

    /// <summary>Edge, 3 taps.</summary>
    public const string E3 = "E3";

    /// <summary>Spot, 3 taps.</summary>
    public const string S3 = "S3";

    /// <summary>Level, 5 taps.</summary>
    public const string L5 = "L5";

    /// <summary>Edge, 5 taps.</summary>
    public const string E5 = "E5";

    /// <summary>Spot, 5 taps.</summary>
    public const string S5 = "S5";

    /// <summary>Wave, 5 taps.</summary>
    public const string W5 = "W5";

    /// <summary>Ripple, 5 taps.</summary>
    public const string R5 = "R5";

    /// <summary>Every kernel name, in IBSI 2's order.</summary>
    public static IReadOnlyList<string> All { get; } = [L3, E3, S3, L5, E5, S5, W5, R5];

    /// <summary>
    /// The kernel names of a combination such as <c>E5L5S5</c> (case-insensitive), upper-cased, in axis order
    /// (i, j, k); null when <paramref name="combination"/> is not a sequence of kernel names (empty, odd length, or a
    /// pair that names no kernel).
    /// </summary>
    public static string[]? Split(string combination)
    {
        ArgumentNullException.ThrowIfNull(combination);
        if (combination.Length == 0 || combination.Length % 2 != 0)
        {
            return null;
        }

        var names = new string[combination.Length / 2];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = combination.Substring(2 * i, 2).ToUpperInvariant();
            if (!All.Contains(names[i]))
            {
                return null;
            }
        }

        return names;
    }
}
