namespace Radiomics.Analysis.Reports.Statistics;

/// <summary>
/// The leaf order of an average-linkage (UPGMA) hierarchical clustering, for ordering a correlation heat map so that
/// correlated features sit together. Matches <c>scipy.cluster.hierarchy.leaves_list(linkage(d, method="average"))</c>:
/// merges found by the nearest-neighbour chain (ties: the chain's previous cluster, else the lowest index), merged
/// clusters stored in the second one's slot and updated by Lance–Williams, the merges sorted by distance (stably),
/// relabelled n, n+1, … with the smaller cluster id first; the order is the depth-first left-to-right leaf walk.
/// </summary>
internal static class AverageLinkageOrder
{
    /// <summary>The leaf order for the symmetric distance matrix <paramref name="distances"/> (n × n, row-major; NaN counts as the largest).</summary>
    public static int[] Of(double[] distances, int n)
    {
        if (n <= 2)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var d = (double[])distances.Clone();
        double largest = d.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        for (int i = 0; i < d.Length; i++)
        {
            if (!double.IsFinite(d[i]))
            {
                d[i] = largest;
            }
        }

        var size = new int[n];
        Array.Fill(size, 1);
        var merges = new List<(int X, int Y, double Distance)>(n - 1);
        var chain = new List<int>(n);
        for (int step = 0; step < n - 1; step++)
        {
            if (chain.Count == 0)
            {
                chain.Add(Array.FindIndex(size, s => s > 0));
            }

            int x, y;
            while (true)
            {
                x = chain[^1];
                double current;
                if (chain.Count > 1)
                {
                    y = chain[^2];
                    current = d[x * n + y];
                }
                else
                {
                    y = -1;
                    current = double.PositiveInfinity;
                }

                for (int i = 0; i < n; i++)
                {
                    if (size[i] > 0 && i != x && d[x * n + i] < current)
                    {
                        current = d[x * n + i];
                        y = i;
                    }
                }

                if (chain.Count > 1 && y == chain[^2])
                {
                    break;
                }

                chain.Add(y);
            }

            chain.RemoveRange(chain.Count - 2, 2);
            if (x > y)
            {
                (x, y) = (y, x);
            }

            merges.Add((x, y, d[x * n + y]));
            int nx = size[x], ny = size[y];
            size[x] = 0;
            size[y] = nx + ny;
            for (int i = 0; i < n; i++)
            {
                if (size[i] > 0 && i != y)
                {
                    double merged = (nx * d[x * n + i] + ny * d[y * n + i]) / (nx + ny);
                    d[y * n + i] = d[i * n + y] = merged;
                }
            }
        }

        return LeafOrder(Relabel(merges.OrderBy(m => m.Distance).ToList(), n), n);
    }

    /// <summary>scipy's <c>label</c>: each merge's slots (leaf indices) renamed to their clusters by union–find; merge k forms cluster n + k.</summary>
    private static (int Left, int Right)[] Relabel(List<(int X, int Y, double Distance)> merges, int n)
    {
        var parent = Enumerable.Range(0, 2 * n - 1).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var result = new (int, int)[merges.Count];
        for (int k = 0; k < merges.Count; k++)
        {
            int a = Find(merges[k].X), b = Find(merges[k].Y);
            result[k] = (Math.Min(a, b), Math.Max(a, b));
            parent[a] = parent[b] = n + k;
        }

        return result;
    }

    private static int[] LeafOrder((int Left, int Right)[] tree, int n)
    {
        var order = new List<int>(n);
        var stack = new Stack<int>();
        stack.Push(n + tree.Length - 1);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (node < n)
            {
                order.Add(node);
                continue;
            }

            stack.Push(tree[node - n].Right);
            stack.Push(tree[node - n].Left);
        }

        return [.. order];
    }
}
