using System.Numerics;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Lloyd's assignment step accelerated with Hamerly's bounds (Hamerly, "Making k-means even faster", SDM 2010): per row
/// an upper bound on the distance to its centre and a lower bound on the distance to every other centre, carried over
/// iterations by the centres' moves. A row whose bounds prove its centre nearest is skipped; every other row gets the
/// exhaustive scan of <see cref="FeatureDistance"/>.
/// </summary>
/// <remarks>
/// The assignments are Lloyd's exactly: a row is skipped only when its bounds separate its centre from every other by
/// a relative margin of 1e-9 (far above the rounding of the bounds), so no other centre can be as near, and the
/// exhaustive scan takes the first nearest centre as R does. Rows are decided alone (parallel in fixed blocks), so the
/// result does not depend on the thread count.
/// </remarks>
internal sealed class BoundedAssignment(int rows)
{
    private const int BlockRows = 2048;
    private const double Margin = 1e-9;

    private readonly double[] _upper = new double[rows];
    private readonly double[] _lower = new double[rows];

    /// <summary>Assigns every row exhaustively and resets its bounds; returns whether a label changed.</summary>
    public bool AssignAll(VoxelFeatureMatrix data, double[][] centres, int[] labels, ParallelOptions parallel) =>
        Run(data, centres, labels, parallel, halfGaps: null);

    /// <summary>Assigns the rows whose bounds do not settle them; returns whether a label changed.</summary>
    public bool Assign(VoxelFeatureMatrix data, double[][] centres, int[] labels, ParallelOptions parallel) =>
        Run(data, centres, labels, parallel, HalfGaps(centres));

    /// <summary>Carries the bounds over the centres' moves (<paramref name="moves"/>: each centre's Euclidean shift).</summary>
    public void Move(int[] labels, double[] moves)
    {
        int largest = 0, second = -1;
        for (int j = 1; j < moves.Length; j++)
        {
            if (moves[j] > moves[largest])
            {
                second = largest;
                largest = j;
            }
            else if (second < 0 || moves[j] > moves[second])
            {
                second = j;
            }
        }

        for (int i = 0; i < labels.Length; i++)
        {
            int own = labels[i];
            _upper[i] += moves[own];
            double other = own == largest ? (second < 0 ? 0 : moves[second]) : moves[largest];
            _lower[i] -= other;
        }
    }

    private bool Run(VoxelFeatureMatrix data, double[][] centres, int[] labels, ParallelOptions parallel, double[]? halfGaps)
    {
        int k = centres.Length, p = data.Columns;
        int width = Vector<double>.Count;
        int padded = (k + width - 1) / width * width;
        double[] transposed = FeatureDistance.Transpose(centres, p, padded);
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
                    ReadOnlySpan<double> row = data.Row(i);
                    if (halfGaps is not null)
                    {
                        int own = labels[i];
                        double bound = Math.Max(halfGaps[own], _lower[i]) * (1 - Margin);
                        if (_upper[i] < bound)
                        {
                            continue;
                        }

                        _upper[i] = Math.Sqrt(FeatureDistance.SquaredDistance(row, centres[own]));
                        if (_upper[i] < bound)
                        {
                            continue;
                        }
                    }

                    FeatureDistance.Distances(row, transposed, padded, sums);
                    int best = 0;
                    for (int j = 1; j < k; j++)
                    {
                        if (sums[j] < sums[best])
                        {
                            best = j;
                        }
                    }

                    double second = double.PositiveInfinity;
                    for (int j = 0; j < k; j++)
                    {
                        if (j != best && sums[j] < second)
                        {
                            second = sums[j];
                        }
                    }

                    any |= labels[i] != best;
                    labels[i] = best;
                    _upper[i] = Math.Sqrt(sums[best]);
                    _lower[i] = Math.Sqrt(second);
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

    /// <summary>Half the distance from each centre to its nearest other centre (+∞ with one centre).</summary>
    private static double[] HalfGaps(double[][] centres)
    {
        var gaps = new double[centres.Length];
        Array.Fill(gaps, double.PositiveInfinity);
        for (int a = 0; a < centres.Length; a++)
        {
            for (int b = a + 1; b < centres.Length; b++)
            {
                double half = 0.5 * Math.Sqrt(FeatureDistance.SquaredDistance(centres[a], centres[b]));
                gaps[a] = Math.Min(gaps[a], half);
                gaps[b] = Math.Min(gaps[b], half);
            }
        }

        return gaps;
    }
}
