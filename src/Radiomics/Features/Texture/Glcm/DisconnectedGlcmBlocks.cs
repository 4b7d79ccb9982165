using System.Runtime.Intrinsics;
using Radiomics.Numerics;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The MCC's second eigenvalue when the GLCM splits into disconnected blocks (grey levels that never co-occur
/// with the rest), where PyRadiomics' ε in <c>Q(i,j) = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k) + ε)</c> decides the value.
/// </summary>
/// <remarks>
/// Without ε, Q is row-stochastic and each block has eigenvalue exactly 1, so λ₂ = 1 whenever there are two blocks.
/// With ε (numpy.spacing(1)), the Perron root of each block drops to about
/// <c>1 − ε·Σ p(i,k)/(pₓ(i)² p_y(k))</c>, which is far from negligible for blocks of rare grey levels
/// (pₓ p_y ≈ 10⁻¹⁰); PyRadiomics' <c>numpy.linalg.eigvals</c> resolves these roots, so λ₂ is the second largest
/// of them. ε keeps Q block-diagonal, so each block's root is computed on its own by power iteration on Q with ε,
/// started from the exact eigenvector of the ε-free block (all ones).
/// </remarks>
internal static class DisconnectedGlcmBlocks
{
    private const int Iterations = 500;

    /// <summary>
    /// The Perron roots of Q (with ε) of every connected block of the GLCM, descending; rows with pₓ = 0 belong to
    /// no block.
    /// </summary>
    public static double[] PerronRoots(in GlcmCoefficients m)
    {
        int n = m.Size;
        int[] block = Blocks(m);
        var roots = new List<double>();
        var members = new List<int>();
        ReadOnlySpan<double> px = m.Px;
        for (int id = 0; id < n; id++)
        {
            members.Clear();
            for (int i = 0; i < n; i++)
            {
                if (block[i] == id && px[i] > 0)
                {
                    members.Add(i);
                }
            }

            if (members.Count > 0)
            {
                roots.Add(PerronRoot(m, members));
            }
        }

        roots.Sort((a, b) => b.CompareTo(a));
        return [.. roots];
    }

    /// <summary>Block id per grey level (row): levels i and j share a block when some column k has p(i,k), p(j,k) &gt; 0.</summary>
    private static int[] Blocks(in GlcmCoefficients m)
    {
        int n = m.Size;
        int[] parent = new int[2 * n];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        for (int i = 0; i < n; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                if (values[e] > 0)
                {
                    parent[Find(parent, i)] = Find(parent, n + columns[e]);
                }
            }
        }

        int[] block = new int[n];
        var ids = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!ids.TryGetValue(root, out int id))
            {
                id = ids.Count;
                ids[root] = id;
            }

            block[i] = id;
        }

        return block;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>
    /// Power iteration on the block: <c>y = Q x</c>, <c>Q x(i) = Σₖ p(i,k)/(pₓ(i)p_y(k)+ε) · Σⱼ p(j,k) x(j)</c>; the
    /// sums visit each row's stored entries in order (the dense loops' zero terms add nothing).
    /// </summary>
    /// <remarks>
    /// The block's entries with p &gt; 0 are copied out once with their denominators <c>pₓ(i)p_y(k) + ε</c> (the same
    /// operations each iteration would repeat, so the same bits); each iteration then forms every term
    /// <c>(p·t(k)) / denominator</c> in vector lanes (element-wise: the scalar rounding) and adds them in the rows' order.
    /// Entries with p = 0 (none in practice) would add +0 to t and nothing to y, so leaving them out keeps the bits.
    /// </remarks>
    private static double PerronRoot(in GlcmCoefficients m, List<int> members) => PerronRoot(m, members, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="PerronRoot(in GlcmCoefficients, List{int})"/>, the terms in vector lanes or not (the same bits; tests compare).</summary>
    internal static double PerronRoot(in GlcmCoefficients m, List<int> members, bool vectorised)
    {
        int n = m.Size;
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        int count = members.Count;
        int entries = 0;
        foreach (int i in members)
        {
            entries += starts[i + 1] - starts[i];
        }

        var blockStarts = new int[count + 1];
        var blockColumns = new int[entries];
        var blockValues = new double[entries];
        var denominators = new double[entries];
        var terms = new double[entries];
        int stored = 0;
        for (int a = 0; a < count; a++)
        {
            int i = members[a];
            blockStarts[a] = stored;
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                double p = values[e];
                if (p > 0)
                {
                    blockColumns[stored] = columns[e];
                    blockValues[stored] = p;
                    denominators[stored++] = (px[i] * py[columns[e]]) + MachineEpsilon.Value;
                }
            }
        }

        blockStarts[count] = stored;
        var x = new double[count];
        var y = new double[count];
        var t = new double[n];
        Array.Fill(x, 1.0);
        double root = 1;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(t);
            for (int a = 0; a < count; a++)
            {
                double xa = x[a];
                for (int e = blockStarts[a]; e < blockStarts[a + 1]; e++)
                {
                    t[blockColumns[e]] += blockValues[e] * xa;
                }
            }

            Terms(blockValues.AsSpan(0, stored), blockColumns.AsSpan(0, stored), denominators.AsSpan(0, stored), t, terms.AsSpan(0, stored), vectorised);
            double sumX = 0, sumY = 0;
            for (int a = 0; a < count; a++)
            {
                double sum = 0;
                for (int e = blockStarts[a]; e < blockStarts[a + 1]; e++)
                {
                    sum += terms[e];
                }

                y[a] = sum;
                sumX += x[a];
                sumY += sum;
            }

            double next = sumY / sumX;
            for (int a = 0; a < count; a++)
            {
                x[a] = y[a] / next;
            }

            if (next == root && iteration > 0)
            {
                break;
            }

            root = next;
        }

        return root;
    }

    /// <summary><c>terms[e] = (values[e] · t[columns[e]]) / denominators[e]</c>, in vector lanes when <paramref name="vectorised"/>.</summary>
    private static void Terms(ReadOnlySpan<double> values, ReadOnlySpan<int> columns, ReadOnlySpan<double> denominators, ReadOnlySpan<double> t, Span<double> terms, bool vectorised)
    {
        int e = 0;
        if (vectorised && Vector256.IsHardwareAccelerated)
        {
            for (; e <= values.Length - 4; e += 4)
            {
                var gathered = Vector256.Create(t[columns[e]], t[columns[e + 1]], t[columns[e + 2]], t[columns[e + 3]]);
                var products = Vector256.Create(values.Slice(e, 4)) * gathered;
                (products / Vector256.Create(denominators.Slice(e, 4))).CopyTo(terms.Slice(e, 4));
            }
        }

        for (; e < values.Length; e++)
        {
            terms[e] = values[e] * t[columns[e]] / denominators[e];
        }
    }
}
