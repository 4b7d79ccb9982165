namespace Radiomics.Analysis.Statistics;

/// <summary>
/// A hierarchical clustering of n items in R's <c>hclust</c> form: merge step s (0-based here, s + 1 in R) joins
/// <see cref="Left"/>[s] and <see cref="Right"/>[s] at height <see cref="Heights"/>[s]; a negative entry −k is item k
/// (1-based), a positive entry m the cluster formed at step m (1-based). Built by <see cref="AverageLinkage"/>; used by
/// the cluster filter of feature selection (<see cref="CutAt"/>) and by the report's correlation heat map
/// (<see cref="LeafOrder"/>).
/// </summary>
internal sealed class Dendrogram(int[] left, int[] right, double[] heights)
{
    public int[] Left { get; } = left;

    public int[] Right { get; } = right;

    public double[] Heights { get; } = heights;

    public int Items => Heights.Length + 1;

    /// <summary>
    /// R's <c>cutree(tree, h)</c>: the merges before the first height &gt; h are kept, and clusters are numbered 1, 2, …
    /// by their first item in item order. Returns each item's cluster number.
    /// </summary>
    public int[] CutAt(double height)
    {
        int n = Items;
        int merges = 0;
        while (merges < Heights.Length && !(Heights[merges] > height))
        {
            merges++;
        }

        // Union the kept merges: each step's cluster is represented by the smallest item index in it.
        var parent = Enumerable.Range(0, n).ToArray();
        var stepItem = new int[Math.Max(merges, 1)];
        for (int s = 0; s < merges; s++)
        {
            int x = Find(parent, ItemOf(Left[s], stepItem));
            int y = Find(parent, ItemOf(Right[s], stepItem));
            int root = Math.Min(x, y);
            parent[x] = root;
            parent[y] = root;
            stepItem[s] = root;
        }

        var cluster = new int[n];
        var numberOfRoot = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!numberOfRoot.TryGetValue(root, out int number))
            {
                number = numberOfRoot.Count + 1;
                numberOfRoot[root] = number;
            }

            cluster[i] = number;
        }

        return cluster;
    }

    /// <summary>
    /// R's <c>hclust(...)$order</c> (0-based here): the items in the order a dendrogram draws its leaves, a depth-first
    /// walk from the last merge visiting <see cref="Left"/> before <see cref="Right"/> at every step (R's
    /// <c>hcass2</c>, which expands each merge in place, left then right). Items of one cluster are contiguous.
    /// </summary>
    public int[] LeafOrder()
    {
        int n = Items;
        if (Heights.Length == 0)
        {
            return n == 1 ? [0] : [];
        }

        var order = new List<int>(n);
        var pending = new Stack<int>();
        pending.Push(Heights.Length);
        while (pending.Count > 0)
        {
            int entry = pending.Pop();
            if (entry < 0)
            {
                order.Add(-entry - 1);
                continue;
            }

            pending.Push(Right[entry - 1]);
            pending.Push(Left[entry - 1]);
        }

        return [.. order];
    }

    private static int ItemOf(int entry, int[] stepItem) => entry < 0 ? -entry - 1 : stepItem[entry - 1];

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
