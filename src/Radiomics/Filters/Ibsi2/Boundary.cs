using System.Runtime.CompilerServices;
using Radiomics.Configuration;

namespace Radiomics.Filters.Ibsi2;

/// <summary>Maps an index outside [0, n) onto the sample a <see cref="BoundaryMode"/> puts there.</summary>
internal static class Boundary
{
    /// <summary>The source index for position <paramref name="i"/> of a line of <paramref name="n"/> samples, or −1 for a zero sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Map(int i, int n, BoundaryMode mode)
    {
        if ((uint)i < (uint)n)
        {
            return i;
        }

        switch (mode)
        {
            case BoundaryMode.Zero:
                return -1;
            case BoundaryMode.Nearest:
                return i < 0 ? 0 : n - 1;
            case BoundaryMode.Periodic:
                int p = i % n;
                return p < 0 ? p + n : p;
            default:
                int period = 2 * n;
                int m = i % period;
                if (m < 0)
                {
                    m += period;
                }

                return m < n ? m : period - 1 - m;
        }
    }

    /// <summary>Fills <paramref name="padded"/> with the line extended by <paramref name="before"/> samples before its start.</summary>
    public static void Extend(ReadOnlySpan<double> line, Span<double> padded, int before, BoundaryMode mode)
    {
        int n = line.Length;
        for (int j = 0; j < padded.Length; j++)
        {
            int source = Map(j - before, n, mode);
            padded[j] = source < 0 ? 0 : line[source];
        }
    }
}
