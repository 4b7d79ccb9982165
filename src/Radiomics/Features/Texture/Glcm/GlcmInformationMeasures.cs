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
/// logarithms <c>L(i, j) = log₂(pₓ(i)p_y(j) + ε)</c> are symmetric and depend only on the values pₓ(i) and pₓ(j): each is
/// computed once per pair of distinct marginal values (rows of rare grey levels often share pₓ to the bit) and serves
/// both HXY1 and HXY2. Every sum keeps its order and its terms, so the results are the direct sums' to the bit.
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

        // pₓ = p_y: the logarithms of the products of the distinct non-zero marginal values (rare grey levels often share
        // pₓ to the bit, so there are fewer of them than non-zero marginals), each product computed once.
        int n = m.Size;
        int[]? rentedInts = n <= 256 ? null : ArrayPool<int>.Shared.Rent(3 * n);
        double[]? rentedDoubles = n <= 256 ? null : ArrayPool<double>.Shared.Rent(3 * n);
        Span<int> ints = rentedInts is null ? stackalloc int[3 * n] : rentedInts.AsSpan(0, 3 * n);
        Span<double> doubles = rentedDoubles is null ? stackalloc double[3 * n] : rentedDoubles.AsSpan(0, 3 * n);
        Span<int> distinctOf = ints[..n], ids = ints.Slice(n, n), order = ints.Slice(2 * n, n);
        Span<double> nonZero = doubles[..n], sorted = doubles.Slice(n, n), distinct = doubles.Slice(2 * n, n);
        (int count, int k) = DistinctValues(px, distinctOf, nonZero, ids, order, sorted, distinct);
        double[]? rentedLogs = null;
        Span<double> logs = k * k <= 1024 ? stackalloc double[k * k] : (rentedLogs = ArrayPool<double>.Shared.Rent(k * k));
        try
        {
            logs = logs[..(k * k)];
            FillLogs(distinct[..k], logs);
            double hxy2 = SymmetricProductEntropy(nonZero[..count], ids[..count], k, logs);
            double hxy1 = Hxy1(m, distinctOf, k, logs);
            return (hx, hx, hxy1, hxy2);
        }
        finally
        {
            if (rentedLogs is not null)
            {
                ArrayPool<double>.Shared.Return(rentedLogs);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
                ArrayPool<double>.Shared.Return(rentedDoubles!);
            }
        }
    }

    /// <summary>
    /// The non-zero values of <paramref name="marginal"/> in order (<paramref name="nonZero"/>, their number returned as
    /// Count), its K distinct values (<paramref name="distinct"/>, ascending) and the index of each value among them
    /// (<paramref name="ids"/> per non-zero value, <paramref name="distinctOf"/> per entry of the marginal, −1 for zeros).
    /// </summary>
    private static (int Count, int K) DistinctValues(
        ReadOnlySpan<double> marginal, Span<int> distinctOf, Span<double> nonZero, Span<int> ids, Span<int> order, Span<double> sorted, Span<double> distinct)
    {
        int count = 0;
        for (int i = 0; i < marginal.Length; i++)
        {
            distinctOf[i] = -1;
            if (marginal[i] != 0)
            {
                nonZero[count] = sorted[count] = marginal[i];
                order[count++] = i;
            }
        }

        // Marginals are finite and positive, so sorting by value groups the equal ones (equal doubles: the same bits).
        sorted[..count].Sort(order[..count]);
        int k = 0;
        for (int a = 0; a < count; a++)
        {
            if (a == 0 || sorted[a] != sorted[a - 1])
            {
                distinct[k++] = sorted[a];
            }

            distinctOf[order[a]] = k - 1;
        }

        int position = 0;
        for (int i = 0; i < marginal.Length; i++)
        {
            if (distinctOf[i] >= 0)
            {
                ids[position++] = distinctOf[i];
            }
        }

        return (count, k);
    }

    /// <summary><c>logs[a·K + b] = log₂(u(a)u(b) + ε)</c> over the K distinct values u; the product commutes exactly, so once per pair.</summary>
    private static void FillLogs(ReadOnlySpan<double> distinct, Span<double> logs)
    {
        int k = distinct.Length;
        for (int a = 0; a < k; a++)
        {
            for (int b = a; b < k; b++)
            {
                double log = Math.Log2(distinct[a] * distinct[b] + MachineEpsilon.Value);
                logs[(a * k) + b] = log;
                logs[(b * k) + a] = log;
            }
        }
    }

    /// <summary>
    /// HXY2 of a matrix with <c>pₓ = p_y</c>, row-major over the non-zero marginals <paramref name="values"/>, the
    /// logarithm of each product from the table (a method of its own, outside the caller's try block, so the running
    /// sum stays in a register).
    /// </summary>
    private static double SymmetricProductEntropy(ReadOnlySpan<double> values, ReadOnlySpan<int> ids, int k, ReadOnlySpan<double> logs)
    {
        double hxy2 = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double x = values[i];
            ReadOnlySpan<double> row = logs.Slice(ids[i] * k, k);
            for (int j = 0; j < values.Length; j++)
            {
                double q = x * values[j];
                if (q != 0)
                {
                    hxy2 -= q * row[ids[j]];
                }
            }
        }

        return hxy2;
    }

    /// <summary>HXY1 of a matrix with <c>pₓ = p_y</c>, entries in row-major order, the logarithms from the table.</summary>
    private static double Hxy1(in GlcmCoefficients m, ReadOnlySpan<int> distinctOf, int k, ReadOnlySpan<double> logs)
    {
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> entries = m.EntryValues;
        double hxy1 = 0;
        for (int i = 0; i < m.Size; i++)
        {
            int a = distinctOf[i];
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                double p = entries[e];
                if (p != 0)
                {
                    hxy1 -= p * logs[(a * k) + distinctOf[columns[e]]];
                }
            }
        }

        return hxy1;
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
