namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// The IBSI 2 Laws 1D kernels (table "Laws kernels"), each normalised to unit L2 norm (IBSI deviates from Laws'
/// unnormalised kernels here). Names: L = level, E = edge, S = spot, W = wave, R = ripple; 3 or 5 taps.
/// </summary>
public static class LawsKernels
{
    /// <summary>The normalised kernel for a name such as "L5" or "E3" (case-insensitive).</summary>
    public static double[] Get(string name)
    {
        double[] taps = name.ToUpperInvariant() switch
        {
            "L3" => [1, 2, 1],
            "E3" => [-1, 0, 1],
            "S3" => [-1, 2, -1],
            "L5" => [1, 4, 6, 4, 1],
            "E5" => [-1, -2, 0, 2, 1],
            "S5" => [-1, 0, 2, 0, -1],
            "W5" => [-1, 2, 0, -2, 1],
            "R5" => [1, -4, 6, -4, 1],
            _ => throw new ArgumentException($"'{name}' is not a Laws kernel; expected one of L3, E3, S3, L5, E5, S5, W5, R5.", nameof(name)),
        };
        double norm = Math.Sqrt(taps.Sum(t => t * t));
        for (int i = 0; i < taps.Length; i++)
        {
            taps[i] /= norm;
        }

        return taps;
    }

    /// <summary>Splits a combination such as "E5L5S5" into its kernel names, in axis order (i, j, k).</summary>
    public static string[] Parse(string combination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(combination);
        if (combination.Length % 2 != 0)
        {
            throw new ArgumentException($"'{combination}' is not a Laws kernel combination (pairs such as L5E5E5).", nameof(combination));
        }

        var names = new string[combination.Length / 2];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = combination.Substring(2 * i, 2).ToUpperInvariant();
            _ = Get(names[i]);
        }

        return names;
    }
}
