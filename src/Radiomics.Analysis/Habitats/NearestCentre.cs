namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The assignment step shared by k-means, the mixture's start and applying fitted centres: every row to the centre at
/// the smallest squared Euclidean distance, summed feature by feature in column order (R's <c>kmeans</c> C loop); the
/// first centre wins a tie. Rows run in parallel in fixed blocks; every row is computed alone, so results do not depend
/// on the thread count.
/// </summary>
internal static class NearestCentre
{
    private const int BlockRows = 2048;

    /// <summary>
    /// Writes each row's nearest centre into <paramref name="labels"/> and its squared distance into
    /// <paramref name="distances"/>; returns whether any label changed.
    /// </summary>
    public static bool Assign(VoxelFeatureMatrix data, double[][] centres, int[] labels, double[] distances, ParallelOptions parallel)
    {
        int blocks = (data.Rows + BlockRows - 1) / BlockRows;
        int changed = 0;
        Parallel.For(0, blocks, parallel, block =>
        {
            int end = Math.Min(data.Rows, (block + 1) * BlockRows);
            bool any = false;
            for (int i = block * BlockRows; i < end; i++)
            {
                int best = Nearest(data.Row(i), centres, out double distance);
                any |= labels[i] != best;
                labels[i] = best;
                distances[i] = distance;
            }

            if (any)
            {
                Volatile.Write(ref changed, 1);
            }
        });
        return changed != 0;
    }

    /// <summary>The index of the centre nearest <paramref name="row"/> and its squared distance.</summary>
    public static int Nearest(ReadOnlySpan<double> row, double[][] centres, out double distance)
    {
        int best = -1;
        distance = double.PositiveInfinity;
        for (int j = 0; j < centres.Length; j++)
        {
            double d = SquaredDistance(row, centres[j]);
            if (d < distance)
            {
                distance = d;
                best = j;
            }
        }

        return best < 0 ? 0 : best;
    }

    /// <summary>Σ (a − b)², in column order.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int c = 0; c < a.Length; c++)
        {
            double d = a[c] - b[c];
            sum += d * d;
        }

        return sum;
    }
}
