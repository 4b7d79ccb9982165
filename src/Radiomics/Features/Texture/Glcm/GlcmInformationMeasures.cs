using System.Buffers;
using System.Runtime.CompilerServices;
using Radiomics.Numerics;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The entropies behind the informational measures of correlation (PyRadiomics' coefficients of the same names):
/// <c>HX = −Σ pₓ log₂(pₓ + ε)</c>, <c>HY</c> likewise, <c>HXY1 = −Σᵢⱼ p(i,j) log₂(pₓ(i)p_y(j) + ε)</c> (entries in
/// row-major order) and <c>HXY2 = −Σᵢⱼ pₓ(i)p_y(j) log₂(pₓ(i)p_y(j) + ε)</c> (row-major, terms with <c>pₓ(i)p_y(j) = 0</c>
/// left out). Rows and columns with a zero marginal give zero terms, which add nothing, so only the non-zero marginals
/// are visited.
/// </summary>
/// <remarks>
/// For a symmetric matrix <c>pₓ = p_y</c> exactly (both are summed in the same order), so <c>HY = HX</c> and the
/// logarithms <c>L(i, j) = log₂(pₓ(i)p_y(j) + ε)</c> are symmetric: each is computed once (j ≥ i) and serves both
/// HXY1 and HXY2. Every sum keeps its order and its terms, so the results are the direct sums' to the bit.
/// </remarks>
internal static class GlcmInformationMeasures
{
    /// <summary>HX, HY, HXY1 and HXY2 of <paramref name="m"/>.</summary>
    [SkipLocalsInit]
    public static (double HX, double HY, double HXY1, double HXY2) Compute(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        double hx = Entropy(px);
        if (!m.KnownSymmetric && !px.SequenceEqual(py))
        {
            return (hx, Entropy(py), DirectHxy1(m), ProductEntropy(px, py));
        }

        // pₓ = p_y: the logarithm table over the non-zero marginals, by position in that list.
        int n = m.Size;
        Span<int> position = n <= 256 ? stackalloc int[n] : new int[n];
        Span<double> values = n <= 256 ? stackalloc double[n] : new double[n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            position[i] = px[i] != 0 ? k : -1;
            if (px[i] != 0)
            {
                values[k++] = px[i];
            }
        }

        double[]? rentedLogs = null;
        Span<double> logs = k * k <= 1024 ? stackalloc double[k * k] : (rentedLogs = ArrayPool<double>.Shared.Rent(k * k));
        try
        {
            double hxy2 = 0;
            for (int i = 0; i < k; i++)
            {
                for (int j = i; j < k; j++)
                {
                    double log = Math.Log2(values[i] * values[j] + MachineEpsilon.Value);
                    logs[(i * k) + j] = log;
                    logs[(j * k) + i] = log;
                }

                for (int j = 0; j < k; j++)
                {
                    double q = values[i] * values[j];
                    if (q != 0)
                    {
                        hxy2 -= q * logs[(i * k) + j];
                    }
                }
            }

            ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
            ReadOnlySpan<double> entries = m.EntryValues;
            double hxy1 = 0;
            for (int i = 0; i < n; i++)
            {
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    double p = entries[e];
                    if (p != 0)
                    {
                        hxy1 -= p * logs[(position[i] * k) + position[columns[e]]];
                    }
                }
            }

            return (hx, hx, hxy1, hxy2);
        }
        finally
        {
            if (rentedLogs is not null)
            {
                ArrayPool<double>.Shared.Return(rentedLogs);
            }
        }
    }

    /// <summary>HXY1 with one logarithm per entry (a matrix whose marginals differ).</summary>
    private static double DirectHxy1(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> px = m.Px, py = m.Py, values = m.EntryValues;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        double hxy1 = 0;
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                double p = values[e];
                if (p != 0)
                {
                    hxy1 -= p * Math.Log2(px[i] * py[columns[e]] + MachineEpsilon.Value);
                }
            }
        }

        return hxy1;
    }

    /// <summary>HXY2 over the non-zero marginals of two different marginals, row-major.</summary>
    private static double ProductEntropy(ReadOnlySpan<double> px, ReadOnlySpan<double> py)
    {
        double hxy2 = 0;
        foreach (double x in px)
        {
            if (x == 0)
            {
                continue;
            }

            foreach (double y in py)
            {
                double q = x * y;
                if (q != 0)
                {
                    hxy2 -= q * Math.Log2(q + MachineEpsilon.Value);
                }
            }
        }

        return hxy2;
    }

    /// <summary><c>−Σ q log₂(q + ε)</c> over the non-zero values of a distribution.</summary>
    private static double Entropy(ReadOnlySpan<double> distribution)
    {
        double sum = 0;
        foreach (double p in distribution)
        {
            if (p != 0)
            {
                sum -= p * Math.Log2(p + MachineEpsilon.Value);
            }
        }

        return sum;
    }
}
