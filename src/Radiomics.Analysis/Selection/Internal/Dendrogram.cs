namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// A hierarchical clustering of n items in R's <c>hclust</c> form: merge step s (0-based here, s + 1 in R) joins
/// <see cref="Left"/>[s] and <see cref="Right"/>[s] at height <see cref="Heights"/>[s]; a negative entry −k is item k
/// (1-based), a positive entry m the cluster formed at step m (1-based).
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
