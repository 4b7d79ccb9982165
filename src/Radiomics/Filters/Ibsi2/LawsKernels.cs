using Radiomics.Configuration;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// The IBSI 2 Laws 1D kernels (table "Laws kernels"), each normalised to unit L2 norm (IBSI deviates from Laws'
/// unnormalised kernels here). The names are Configuration's (<see cref="LawsKernelNames"/>): L = level, E = edge,
/// S = spot, W = wave, R = ripple; 3 or 5 taps. A test checks that every name has its kernel.
/// </summary>
public static class LawsKernels
{
    /// <summary>The normalised kernel for a name such as "L5" or "E3" (case-insensitive).</summary>
    public static double[] Get(string name)
    {
        double[] taps = name.ToUpperInvariant() switch
        {
            LawsKernelNames.L3 => [1, 2, 1],
            LawsKernelNames.E3 => [-1, 0, 1],
            LawsKernelNames.S3 => [-1, 2, -1],
            LawsKernelNames.L5 => [1, 4, 6, 4, 1],
            LawsKernelNames.E5 => [-1, -2, 0, 2, 1],
            LawsKernelNames.S5 => [-1, 0, 2, 0, -1],
            LawsKernelNames.W5 => [-1, 2, 0, -2, 1],
            LawsKernelNames.R5 => [1, -4, 6, -4, 1],
            _ => throw new ArgumentException($"'{name}' is not a Laws kernel; expected one of {string.Join(", ", LawsKernelNames.All)}.", nameof(name)),
        };
        double norm = Math.Sqrt(taps.Sum(t => t * t));
        for (int i = 0; i < taps.Length; i++)
        {
            taps[i] /= norm;
        }

        return taps;
    }

    /// <summary>Splits a combination such as "E5L5S5" into its kernel names, in axis order (i, j, k).</summary>
    /// <exception cref="ArgumentException">The text is not a sequence of kernel names (<see cref="LawsKernelNames.Split"/>).</exception>
    public static string[] Parse(string combination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(combination);
        return LawsKernelNames.Split(combination)
            ?? throw new ArgumentException(
                $"'{combination}' is not a Laws kernel combination: pairs of {string.Join(", ", LawsKernelNames.All)}, such as L5E5E5.", nameof(combination));
    }
}
