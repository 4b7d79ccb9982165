using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// k-means++ starting centres (Arthur and Vassilvitskii 2007): the first a uniformly drawn row; each next one drawn with
/// probability proportional to the squared distance of a row to its nearest centre so far (a uniform draw in
/// [0, total) located on the running sum in row order). When every row already coincides with a centre, a uniform draw.
/// </summary>
internal static class KMeansPlusPlus
{
    public static double[][] Seeds(VoxelFeatureMatrix data, int k, SeededRandom random, ParallelOptions parallel)
    {
        int n = data.Rows;
        var centres = new double[k][];
        centres[0] = data.Row(random.NextInt(n)).ToArray();
        var nearest = new double[n];
        Parallel.For(0, n, parallel, i => nearest[i] = FeatureDistance.SquaredDistance(data.Row(i), centres[0]));
        for (int c = 1; c < k; c++)
        {
            double total = 0;
            foreach (double d in nearest)
            {
                total += d;
            }

            int pick = total > 0 ? Locate(nearest, random.NextDouble() * total) : random.NextInt(n);
            double[] centre = data.Row(pick).ToArray();
            centres[c] = centre;
            Parallel.For(0, n, parallel, i => nearest[i] = Math.Min(nearest[i], FeatureDistance.SquaredDistance(data.Row(i), centre)));
        }

        return centres;
    }

    /// <summary>The first row whose running sum of weights exceeds <paramref name="target"/> (the last row with a weight if rounding runs past the end).</summary>
    private static int Locate(double[] weights, double target)
    {
        double running = 0;
        int last = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            running += weights[i];
            last = i;
            if (running > target)
            {
                return i;
            }
        }

        return last;
    }
}
