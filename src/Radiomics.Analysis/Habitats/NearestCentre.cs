using System.Numerics;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The assignment step shared by k-means, the mixture's start and applying fitted centres: every row to the centre at
/// the smallest squared Euclidean distance, summed feature by feature in column order (R's <c>kmeans</c> C loop); the
/// first centre wins a tie. Rows run in parallel in fixed blocks; every row is computed alone, so results do not depend
/// on the thread count.
/// </summary>
/// <remarks>
/// The distances to several centres are computed at once in SIMD lanes (centres stored feature-major); each lane adds
/// the same terms in the same order as the scalar loop, without fused multiply-adds, so every distance is bit-identical
/// to <see cref="SquaredDistance"/>.
/// </remarks>
internal static class NearestCentre
{
    private const int BlockRows = 2048;

    /// <summary>
    /// Writes each row's nearest centre into <paramref name="labels"/> and its squared distance into
    /// <paramref name="distances"/>; returns whether any label changed.
    /// </summary>
    public static bool Assign(VoxelFeatureMatrix data, double[][] centres, int[] labels, double[] distances, ParallelOptions parallel)
    {
        int k = centres.Length, p = data.Columns;
        int width = Vector<double>.Count;
        int padded = (k + width - 1) / width * width;
        double[] transposed = Transpose(centres, p, padded);
        int blocks = (data.Rows + BlockRows - 1) / BlockRows;
        int changed = 0;
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new double[padded],
            (block, _, sums) =>
            {
                int end = Math.Min(data.Rows, (block + 1) * BlockRows);
                bool any = false;
                for (int i = block * BlockRows; i < end; i++)
                {
                    Distances(data.Row(i), transposed, padded, sums);
                    int best = 0;
                    double bestDistance = sums[0];
                    for (int j = 1; j < k; j++)
                    {
                        if (sums[j] < bestDistance)
                        {
                            bestDistance = sums[j];
                            best = j;
                        }
                    }

                    any |= labels[i] != best;
                    labels[i] = best;
                    distances[i] = bestDistance;
                }

                if (any)
                {
                    Volatile.Write(ref changed, 1);
                }

                return sums;
            },
            _ => { });
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

    /// <summary>Feature-major centres: [c · padded + j] = centre j's feature c; the padding lanes are +∞ (never nearest).</summary>
    public static double[] Transpose(double[][] centres, int features, int padded)
    {
        var transposed = new double[features * padded];
        Array.Fill(transposed, double.PositiveInfinity);
        for (int j = 0; j < centres.Length; j++)
        {
            for (int c = 0; c < features; c++)
            {
                transposed[c * padded + j] = centres[j][c];
            }
        }

        return transposed;
    }

    /// <summary>The squared distance of <paramref name="row"/> to every centre of <paramref name="transposed"/>, a vector of centres at a time.</summary>
    public static void Distances(ReadOnlySpan<double> row, double[] transposed, int padded, double[] sums)
    {
        int width = Vector<double>.Count;
        ReadOnlySpan<double> centres = transposed;
        for (int j = 0; j < padded; j += width)
        {
            var sum = Vector<double>.Zero;
            for (int c = 0; c < row.Length; c++)
            {
                Vector<double> difference = new Vector<double>(row[c]) - new Vector<double>(centres.Slice(c * padded + j, width));
                sum += difference * difference;
            }

            sum.CopyTo(sums.AsSpan(j, width));
        }
    }
}
