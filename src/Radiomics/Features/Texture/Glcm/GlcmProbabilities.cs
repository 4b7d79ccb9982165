namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// One normalised co-occurrence matrix of a segment, <c>p(i, j) = P(i, j) / ΣP</c>, built once with its coefficients
/// (<see cref="GlcmCoefficients"/>: marginals, means, sum and difference distributions, joint entropy), which the
/// <see cref="GlcmFeatures"/> formulas take. <c>N_g</c> is the highest grey level in the ROI, as in PyRadiomics.
/// </summary>
/// <remarks>
/// The matrix is held as its non-zero entries in row-major order (compressed rows: <see cref="RowStarts"/>,
/// <see cref="EntryColumns"/>, <see cref="EntryValues"/>): for many grey levels most of the <c>N_g²</c> cells are zero,
/// and every sum a feature takes over <c>p(i, j)</c> skips its zero terms anyway, so visiting the entries in row-major
/// order gives the same sums, bit for bit, as the dense loops. Instances made by the family hold pooled buffers and
/// are disposed after their features are taken; those made by the public constructor own plain arrays.
/// </remarks>
public sealed class GlcmProbabilities : IDisposable
{
    private readonly bool _knownSymmetric;
    private readonly GlcmBuffers _buffers;
    private bool _disposed;

    /// <summary>Normalises a dense count matrix (row-major <c>n × n</c>, rows and columns the grey levels <paramref name="greyLevels"/>).</summary>
    public GlcmProbabilities(ReadOnlySpan<double> counts, IReadOnlyList<int> greyLevels, int maxLevel)
    {
        int n = greyLevels.Count;
        _buffers = new GlcmBuffers(n, maxLevel, CountNonZero(counts, n), pooled: false);
        double total = 0;
        foreach (double c in counts)
        {
            total += c;
        }

        for (int i = 0; i < n; i++)
        {
            _buffers.Levels[i] = greyLevels[i];
        }

        int entries = 0;
        for (int i = 0; i < n; i++)
        {
            _buffers.RowStarts[i] = entries;
            ReadOnlySpan<double> row = counts.Slice(i * n, n);
            for (int j = 0; j < n; j++)
            {
                if (row[j] != 0)
                {
                    _buffers.Columns[entries] = j;
                    _buffers.Values[entries++] = row[j];
                }
            }
        }

        _buffers.RowStarts[n] = entries;
        _buffers.Normalise(n, total);
    }

    private GlcmProbabilities(GlcmBuffers buffers, bool knownSymmetric)
    {
        _buffers = buffers;
        _knownSymmetric = knownSymmetric;
    }

    /// <summary>The coefficients the features are computed from.</summary>
    public GlcmCoefficients Coefficients => Live().Coefficients(_knownSymmetric);

    /// <summary>True when the matrix has no counts (features are NaN, and averaging skips it).</summary>
    public bool IsEmpty => Live().IsEmpty;

    /// <summary>Number of rows/columns (grey levels present).</summary>
    public int Size => Live().Size;

    /// <summary>The highest grey level in the ROI (N_g in PyRadiomics' formulas).</summary>
    public int MaxLevel => Live().MaxLevel;

    /// <summary>The grey level of each row/column.</summary>
    public ReadOnlySpan<double> Levels => Coefficients.Levels;

    /// <summary>The row marginal p_x(i) = Σ_j p(i, j).</summary>
    public ReadOnlySpan<double> Px => Coefficients.Px;

    /// <summary>The column marginal p_y(j) = Σ_i p(i, j).</summary>
    public ReadOnlySpan<double> Py => Coefficients.Py;

    /// <summary>μ_x = Σ_i i·p_x(i), over the grey levels of the rows.</summary>
    public double MeanX => Live().MeanX;

    /// <summary>μ_y = Σ_j j·p_y(j), over the grey levels of the columns.</summary>
    public double MeanY => Live().MeanY;

    /// <summary>p₊(k), indexed by k = i + j (entries 0 and 1 are unused).</summary>
    public ReadOnlySpan<double> SumDistribution => Coefficients.SumDistribution;

    /// <summary>p₋(k), indexed by k = |i − j|.</summary>
    public ReadOnlySpan<double> DifferenceDistribution => Coefficients.DifferenceDistribution;

    /// <summary>HXY = −Σ p log₂(p + ε).</summary>
    public double JointEntropy => Live().JointEntropy;

    /// <summary>The number of stored (non-zero count) entries.</summary>
    public int EntryCount => Live().EntryCount;

    /// <summary>Row i's entries are <c>RowStarts[i] … RowStarts[i + 1] − 1</c> (n + 1 values).</summary>
    public ReadOnlySpan<int> RowStarts => Coefficients.RowStarts;

    /// <summary>The column j of each entry, ascending within a row.</summary>
    public ReadOnlySpan<int> EntryColumns => Coefficients.EntryColumns;

    /// <summary>p(i, j) of each entry.</summary>
    public ReadOnlySpan<double> EntryValues => Coefficients.EntryValues;

    /// <summary>p(i, j) for any cell (0 where no entry is stored).</summary>
    public double Probability(int i, int j) => Coefficients.Probability(i, j);

    /// <summary>Whether <c>p(i, j) = p(j, i)</c> for every cell (exactly, as stored).</summary>
    public bool IsSymmetric() => Coefficients.IsSymmetric();

    /// <summary>Returns pooled buffers (instances made by the family); a no-op for the public constructor's.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _buffers.Dispose();
    }

    /// <summary>
    /// The matrix of <see cref="GlcmPairCounts"/> blocks <paramref name="blocks"/> summed (times
    /// <c>weights[block % weights.Length]</c> when <paramref name="weights"/> is not empty), each block symmetrised
    /// (<c>P + Pᵀ</c>) first when <paramref name="symmetric"/>, with pooled buffers (dispose it). The values and their
    /// summation order are those of summing the dense double matrices block by block, so the result is bit-identical.
    /// </summary>
    internal static GlcmProbabilities FromPairCounts(
        ReadOnlySpan<int> counts, ReadOnlySpan<int> blocks, ReadOnlySpan<double> weights, bool symmetric, int[] greyLevels, int maxLevel)
    {
        int n = greyLevels.Length;
        int blockLength = GlcmPairCounts.BlockLength(n);
        var buffers = new GlcmBuffers(n, maxLevel, n * n, pooled: true);
        var result = new GlcmProbabilities(buffers, knownSymmetric: symmetric);
        for (int i = 0; i < n; i++)
        {
            buffers.Levels[i] = greyLevels[i];
        }

        // Cell (i, j) of block b is counts[b·block + i·(n + 1) + j + 1] (codes are 1-based, column 0 is outside the ROI).
        int[] rowStarts = buffers.RowStarts, columns = buffers.Columns;
        double[] values = buffers.Values;
        int columnsPerRow = n + 1;
        int entries = 0;
        long integerTotal = 0;
        double weightedTotal = 0;
        if (weights.IsEmpty && blocks.Length == 1)
        {
            // One direction alone (the default): integer cells, no weights.
            ReadOnlySpan<int> block = counts.Slice(blocks[0] * blockLength, blockLength);
            for (int i = 0; i < n; i++)
            {
                rowStarts[i] = entries;
                ReadOnlySpan<int> forward = block.Slice((i * columnsPerRow) + 1, n);
                for (int j = 0; j < n; j++)
                {
                    int value = symmetric ? forward[j] + block[(j * columnsPerRow) + i + 1] : forward[j];
                    if (value != 0)
                    {
                        columns[entries] = j;
                        values[entries++] = value;
                        integerTotal += value;
                    }
                }
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                rowStarts[i] = entries;
                for (int j = 0; j < n; j++)
                {
                    int forward = (i * columnsPerRow) + j + 1, backward = (j * columnsPerRow) + i + 1;
                    double value;
                    if (weights.IsEmpty)
                    {
                        long sum = 0;
                        foreach (int b in blocks)
                        {
                            int offset = b * blockLength;
                            sum += counts[offset + forward] + (symmetric ? counts[offset + backward] : 0);
                        }

                        integerTotal += sum;
                        value = sum;
                    }
                    else
                    {
                        value = 0;
                        foreach (int b in blocks)
                        {
                            int offset = b * blockLength;
                            value += weights[b % weights.Length] * (counts[offset + forward] + (symmetric ? counts[offset + backward] : 0));
                        }

                        weightedTotal += value;
                    }

                    if (value != 0)
                    {
                        columns[entries] = j;
                        values[entries++] = value;
                    }
                }
            }
        }

        rowStarts[n] = entries;
        buffers.Normalise(n, weights.IsEmpty ? integerTotal : weightedTotal);
        return result;
    }

    private GlcmBuffers Live()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _buffers;
    }

    private static int CountNonZero(ReadOnlySpan<double> counts, int n)
    {
        if (counts.Length != n * n)
        {
            throw new ArgumentException($"A GLCM over {n} grey levels has {n * n} entries, not {counts.Length}.", nameof(counts));
        }

        int nonZero = 0;
        foreach (double c in counts)
        {
            if (c != 0)
            {
                nonZero++;
            }
        }

        return nonZero;
    }
}
