namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Agglomerative clustering with average linkage (UPGMA) by the nearest-neighbour-list algorithm of R's
/// <c>hclust(d, method = "average")</c> (F. Murtagh's Fortran, R 4.2), including its choices when distances tie: each
/// item's nearest neighbour is searched to its right and the first minimum wins; the closest pair is the first item (in
/// index order) with the smallest nearest-neighbour distance; the merged cluster takes the smaller index. Distances to
/// the merged cluster are updated by Lance–Williams, (n_i·d_ik + n_j·d_jk)/(n_i + n_j). The merge table is then put in
/// R's form (R's <c>hcass2</c>): singletons negative and first, two clusters in step order.
/// </summary>
internal static class AverageLinkage
{
    /// <summary>
    /// Clusters n items whose distances are the upper triangle (i &lt; j) of the row-major n × n <paramref name="distance"/>;
    /// the upper triangle is overwritten with cluster distances, the lower triangle and diagonal are not touched.
    /// </summary>
    public static Dendrogram Cluster(double[] distance, int n)
    {
        if (n < 2)
        {
            return new Dendrogram([], [], []);
        }

        var members = Enumerable.Repeat(1.0, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var nearest = new int[n];
        var nearestDistance = new double[n];
        var ia = new int[n - 1];
        var ib = new int[n - 1];
        var heights = new double[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            FindNearest(distance, n, active, i, nearest, nearestDistance, checkActive: false);
        }

        for (int step = 0; step < n - 1; step++)
        {
            double best = double.MaxValue;
            int im = 0, jm = 0;
            for (int i = 0; i < n - 1; i++)
            {
                if (active[i] && nearestDistance[i] < best)
                {
                    best = nearestDistance[i];
                    im = i;
                    jm = nearest[i];
                }
            }

            int i2 = Math.Min(im, jm), j2 = Math.Max(im, jm);
            ia[step] = i2;
            ib[step] = j2;
            heights[step] = best;
            active[j2] = false;

            double rightBest = double.MaxValue;
            int rightNearest = nearest[i2];
            for (int k = 0; k < n; k++)
            {
                if (!active[k] || k == i2)
                {
                    continue;
                }

                ref double dik = ref distance[Index(n, i2, k)];
                double djk = distance[Index(n, j2, k)];
                dik = ((members[i2] * dik) + (members[j2] * djk)) / (members[i2] + members[j2]);
                if (i2 < k)
                {
                    if (dik < rightBest)
                    {
                        rightBest = dik;
                        rightNearest = k;
                    }
                }
                else if (dik < nearestDistance[k])
                {
                    nearestDistance[k] = dik;
                    nearest[k] = i2;
                }
            }

            members[i2] += members[j2];
            nearestDistance[i2] = rightBest;
            nearest[i2] = rightNearest;
            for (int i = 0; i < n - 1; i++)
            {
                if (active[i] && (nearest[i] == i2 || nearest[i] == j2))
                {
                    FindNearest(distance, n, active, i, nearest, nearestDistance, checkActive: true);
                }
            }
        }

        return ToRForm(ia, ib, heights);
    }

    private static void FindNearest(double[] distance, int n, bool[] active, int i, int[] nearest, double[] nearestDistance, bool checkActive)
    {
        double best = double.MaxValue;
        int at = nearest[i];
        for (int j = i + 1; j < n; j++)
        {
            if ((!checkActive || active[j]) && distance[(i * n) + j] < best)
            {
                best = distance[(i * n) + j];
                at = j;
            }
        }

        nearest[i] = at;
        nearestDistance[i] = best;
    }

    private static int Index(int n, int a, int b) => a < b ? (a * n) + b : (b * n) + a;

    // R's hcass2: an item is named by its (1-based) index negated until it joins a cluster, then by that merge step.
    private static Dendrogram ToRForm(int[] ia, int[] ib, double[] heights)
    {
        int steps = ia.Length;
        var left = new int[steps];
        var right = new int[steps];
        var label = new int[steps + 1];
        for (int i = 0; i <= steps; i++)
        {
            label[i] = -(i + 1);
        }

        for (int s = 0; s < steps; s++)
        {
            int a = label[ia[s]], b = label[ib[s]];
            if (a > 0 && b < 0)
            {
                (a, b) = (b, a);
            }
            else if (a > 0 && b > 0 && a > b)
            {
                (a, b) = (b, a);
            }

            left[s] = a;
            right[s] = b;
            label[ia[s]] = s + 1;
        }

        return new Dendrogram(left, right, heights);
    }
}
