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
    private static double PerronRoot(in GlcmCoefficients m, List<int> members)
    {
        int n = m.Size;
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        var x = new double[members.Count];
        var y = new double[members.Count];
        var t = new double[n];
        Array.Fill(x, 1.0);
        double root = 1;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(t);
            for (int a = 0; a < members.Count; a++)
            {
                int j = members[a];
                for (int e = starts[j]; e < starts[j + 1]; e++)
                {
                    t[columns[e]] += values[e] * x[a];
                }
            }

            double sumX = 0, sumY = 0;
            for (int a = 0; a < members.Count; a++)
            {
                int i = members[a];
                double sum = 0;
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    double p = values[e];
                    if (p > 0)
                    {
                        sum += p * t[columns[e]] / ((px[i] * py[columns[e]]) + MachineEpsilon.Value);
                    }
                }

                y[a] = sum;
                sumX += x[a];
                sumY += sum;
            }

            double next = sumY / sumX;
            for (int a = 0; a < members.Count; a++)
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
}
