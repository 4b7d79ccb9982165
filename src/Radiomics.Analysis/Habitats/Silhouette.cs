using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Silhouette widths on Euclidean distances, matching R's <c>cluster::silhouette(labels, dist(x))</c>: for row i in
/// cluster A, a(i) is the mean distance to the other rows of A, b(i) the smallest mean distance to the rows of another
/// cluster (that cluster is the neighbour; the lower-numbered among equals), s(i) = (b − a) / max(a, b), and 0 when A
/// holds only row i.
/// </summary>
/// <remarks>
/// Exact: every pair of rows, O(n² · features), parallel over rows (each row's sums in row order, so the result does not
/// depend on the thread count). For a large ROI use <see cref="OnSample"/>: the widths of a seeded uniform sample of
/// rows computed among that sample only (scikit-learn's <c>silhouette_score(sample_size=…)</c>).
/// </remarks>
public static class Silhouette
{
    /// <summary>The exact silhouette of every row. <paramref name="labels"/> are 0-based cluster numbers, one per row.</summary>
    public static SilhouetteResult Compute(VoxelFeatureMatrix data, IReadOnlyList<int> labels, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(labels);
        return Among(data, labels, [.. Enumerable.Range(0, data.Rows)], parallel);
    }

    /// <summary>
    /// The silhouette of <paramref name="sampleSize"/> rows drawn uniformly without replacement with
    /// <paramref name="seed"/> (<see cref="SeededRandom"/>), distances taken among the sample only; the exact silhouette
    /// when the data has no more rows than that.
    /// </summary>
    public static SilhouetteResult OnSample(VoxelFeatureMatrix data, IReadOnlyList<int> labels, int sampleSize, ulong seed, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleSize, 2);
        int[] rows = data.Rows <= sampleSize ? [.. Enumerable.Range(0, data.Rows)] : new SeededRandom(seed).Sample(data.Rows, sampleSize);
        return Among(data, labels, rows, parallel);
    }

    /// <summary>The silhouette of <paramref name="rows"/> with distances among those rows only.</summary>
    internal static SilhouetteResult Among(VoxelFeatureMatrix data, IReadOnlyList<int> labels, int[] rows, ParallelOptions? parallel)
    {
        if (labels.Count != data.Rows)
        {
            throw new ArgumentException($"{labels.Count} labels for {data.Rows} rows.", nameof(labels));
        }

        int k = 0;
        foreach (int r in rows)
        {
            int label = labels[r];
            ArgumentOutOfRangeException.ThrowIfNegative(label, nameof(labels));
            k = Math.Max(k, label + 1);
        }

        var counts = new int[k];
        foreach (int r in rows)
        {
            counts[labels[r]]++;
        }

        int present = counts.Count(c => c > 0);
        var widths = new double[rows.Length];
        var neighbours = new int[rows.Length];
        if (present < 2)
        {
            Array.Fill(widths, double.NaN);
            Array.Fill(neighbours, -1);
            return new SilhouetteResult(rows, widths, neighbours, double.NaN);
        }

        Parallel.For(
            0,
            rows.Length,
            ParallelDefaults.OrDefault(parallel),
            () => new double[k],
            (i, _, sums) =>
            {
                Array.Clear(sums);
                ReadOnlySpan<double> own = data.Row(rows[i]);
                for (int j = 0; j < rows.Length; j++)
                {
                    if (j != i)
                    {
                        sums[labels[rows[j]]] += Math.Sqrt(FeatureDistance.SquaredDistance(own, data.Row(rows[j])));
                    }
                }

                (widths[i], neighbours[i]) = Width(sums, counts, labels[rows[i]]);
                return sums;
            },
            _ => { });

        double total = 0;
        foreach (double w in widths)
        {
            total += w;
        }

        return new SilhouetteResult(rows, widths, neighbours, total / widths.Length);
    }

    private static (double Width, int Neighbour) Width(double[] sums, int[] counts, int cluster)
    {
        double b = double.PositiveInfinity;
        int neighbour = -1;
        for (int c = 0; c < counts.Length; c++)
        {
            if (c != cluster && counts[c] > 0 && sums[c] / counts[c] < b)
            {
                b = sums[c] / counts[c];
                neighbour = c;
            }
        }

        if (counts[cluster] == 1)
        {
            return (0.0, neighbour);
        }

        double a = sums[cluster] / (counts[cluster] - 1);
        double largest = Math.Max(a, b);
        return (largest > 0 ? (b - a) / largest : 0.0, neighbour);
    }
}
