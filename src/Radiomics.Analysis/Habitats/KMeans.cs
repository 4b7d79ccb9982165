using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// k-means clustering by Lloyd's algorithm, matching R's <c>stats::kmeans(x, centers, algorithm = "Lloyd")</c>:
/// assign every voxel to its nearest centre (squared Euclidean distance, the first centre winning a tie); stop when no
/// voxel changed cluster; otherwise move every centre to the mean of its voxels and repeat, at most
/// <see cref="KMeansOptions.MaxIterations"/> passes. Given R's starting centres it gives R's clusters, centres and
/// <c>tot.withinss</c> (sums taken in R's order).
/// </summary>
/// <remarks>
/// Deterministic: the assignment runs in parallel over fixed blocks of rows but every row is decided alone; centre sums
/// and within-cluster sums run in row order. The k-means++ draws come from <see cref="KMeansOptions.Seed"/>, so a fit
/// is reproducible bit for bit whatever the thread count.
/// </remarks>
public static class KMeans
{
    /// <summary>Clusters the rows of <paramref name="data"/>.</summary>
    /// <exception cref="HabitatException">Invalid options, a non-finite value, or an empty cluster under <see cref="EmptyClusterPolicy.Fail"/>.</exception>
    public static KMeansResult Fit(VoxelFeatureMatrix data, KMeansOptions options, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(data.Rows, data.Columns);
        data.RequireFinite("k-means");
        ParallelOptions threads = ParallelDefaults.OrDefault(parallel);
        if (options.Initialisation == KMeansInitialisation.Given)
        {
            return Run(data, [.. options.InitialCentres!.Select(c => (double[])c.Clone())], options, threads);
        }

        var random = new SeededRandom(options.Seed);
        KMeansResult? best = null;
        for (int start = 0; start < options.Starts; start++)
        {
            KMeansResult fit = Run(data, KMeansPlusPlus.Seeds(data, options.ClusterCount, random, threads), options, threads);
            if (best is null || fit.Inertia < best.Inertia)
            {
                best = fit;
            }
        }

        return best!;
    }

    /// <summary>The 0-based nearest centre of every row of <paramref name="data"/> (for voxels of a new patient, or supervoxel means).</summary>
    public static int[] Predict(VoxelFeatureMatrix data, IReadOnlyList<double[]> centres, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(centres);
        if (centres.Count == 0 || centres.Any(c => c.Length != data.Columns))
        {
            throw new HabitatException($"k-means: the centres must be vectors of {data.Columns} values.");
        }

        var labels = new int[data.Rows];
        new BoundedAssignment(data.Rows).AssignAll(data, [.. centres], labels, ParallelDefaults.OrDefault(parallel));
        return labels;
    }

    private static KMeansResult Run(VoxelFeatureMatrix data, double[][] centres, KMeansOptions options, ParallelOptions parallel)
    {
        int n = data.Rows;
        var labels = new int[n];
        Array.Fill(labels, -1);
        var bounds = new BoundedAssignment(n);
        double shiftLimit = options.Tolerance > 0 ? options.Tolerance * MeanVariance(data) : 0;
        int iterations = 0;
        bool converged = false, exhaustive = true;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            bool changed = exhaustive ? bounds.AssignAll(data, centres, labels, parallel) : bounds.Assign(data, centres, labels, parallel);
            if (!changed)
            {
                converged = true;
                break;
            }

            double[][] previous = [.. centres.Select(c => (double[])c.Clone())];
            bool reseeded = UpdateCentres(data, labels, centres, options.EmptyClusters);
            double[] moves = [.. previous.Select((c, j) => Math.Sqrt(FeatureDistance.SquaredDistance(c, centres[j])))];
            if (options.Tolerance > 0 && !reseeded && moves.Sum(m => m * m) <= shiftLimit)
            {
                bounds.AssignAll(data, centres, labels, parallel);
                converged = true;
                break;
            }

            // A reseeded centre jumps: the next pass scans every row rather than carrying bounds over the jump.
            exhaustive = reseeded;
            if (!reseeded)
            {
                bounds.Move(labels, moves);
            }
        }

        return Summarise(data, labels, centres, iterations, converged);
    }

    /// <summary>
    /// Moves every centre to its cluster's mean (sums in row order); an empty cluster is handled by
    /// <paramref name="policy"/>. Returns whether a centre was reseeded.
    /// </summary>
    private static bool UpdateCentres(VoxelFeatureMatrix data, int[] labels, double[][] centres, EmptyClusterPolicy policy)
    {
        int k = centres.Length, p = data.Columns;
        var counts = new int[k];
        var sums = new double[k][];
        for (int j = 0; j < k; j++)
        {
            sums[j] = new double[p];
        }

        for (int i = 0; i < data.Rows; i++)
        {
            ReadOnlySpan<double> row = data.Row(i);
            double[] sum = sums[labels[i]];
            counts[labels[i]]++;
            for (int c = 0; c < p; c++)
            {
                sum[c] += row[c];
            }
        }

        int empty = Array.IndexOf(counts, 0);
        if (empty >= 0 && policy == EmptyClusterPolicy.Fail)
        {
            throw new HabitatException($"k-means: cluster {empty + 1} of {k} lost all its voxels; give other initial centres or fewer clusters.");
        }

        // Each row's squared distance to the centre it was assigned to (before the centres move), for reseeding.
        double[]? distances = empty >= 0 ? [.. Enumerable.Range(0, data.Rows).Select(i => FeatureDistance.SquaredDistance(data.Row(i), centres[labels[i]]))] : null;
        bool reseeded = false;
        HashSet<int> taken = [];
        for (int j = 0; j < k; j++)
        {
            if (counts[j] > 0)
            {
                for (int c = 0; c < p; c++)
                {
                    centres[j][c] = sums[j][c] / counts[j];
                }
            }
            else if (Farthest(distances!, taken) is var farthest && farthest >= 0)
            {
                taken.Add(farthest);
                data.Row(farthest).CopyTo(centres[j]);
                reseeded = true;
            }
        }

        return reseeded;
    }

    /// <summary>The row farthest from its centre (the first among equals), not in <paramref name="taken"/>; -1 when every row sits on its centre.</summary>
    private static int Farthest(double[] distances, HashSet<int> taken)
    {
        int best = -1;
        for (int i = 0; i < distances.Length; i++)
        {
            if (distances[i] > 0 && !taken.Contains(i) && (best < 0 || distances[i] > distances[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static KMeansResult Summarise(VoxelFeatureMatrix data, int[] labels, double[][] centres, int iterations, bool converged)
    {
        int k = centres.Length;
        var within = new double[k];
        var sizes = new int[k];
        for (int i = 0; i < data.Rows; i++)
        {
            within[labels[i]] += FeatureDistance.SquaredDistance(data.Row(i), centres[labels[i]]);
            sizes[labels[i]]++;
        }

        double inertia = 0;
        foreach (double w in within)
        {
            inertia += w;
        }

        return new KMeansResult(labels, centres, inertia, within, sizes, iterations, converged);
    }

    /// <summary>The mean over features of the population variance (scikit-learn's scale for <c>tol</c>).</summary>
    private static double MeanVariance(VoxelFeatureMatrix data)
    {
        ZScoreScaling moments = ZScoreScaling.Fit(data);
        return moments.StandardDeviations.Average(sd => sd * sd);
    }
}
