using System.Buffers;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// One normalised co-occurrence matrix <c>p(i, j) = P(i, j) / ΣP</c> with the quantities every GLCM feature shares,
/// computed once: grey-level values <c>i</c> of the rows/columns, marginals <c>pₓ(i) = Σⱼ p(i, j)</c> and
/// <c>p_y(j)</c>, means <c>μₓ = Σ i p(i, j)</c> and <c>μ_y</c>, the sum and difference distributions
/// <c>p₊(k) = Σ_{i+j=k} p(i, j)</c> (k = 2 … 2N_g) and <c>p₋(k) = Σ_{|i−j|=k} p(i, j)</c> (k = 0 … N_g − 1), and the
/// joint entropy <c>HXY</c>. <c>N_g</c> is the highest grey level in the ROI, as in PyRadiomics.
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
    private readonly bool _pooled;
    private readonly bool _knownSymmetric;
    private double[] _levels;
    private double[] _px;
    private double[] _py;
    private double[] _sum;
    private double[] _difference;
    private int[] _rowStarts;
    private int[] _columns;
    private double[] _values;
    private bool _disposed;

    /// <summary>Normalises a dense count matrix (row-major <c>n × n</c>, rows and columns the grey levels <paramref name="greyLevels"/>).</summary>
    public GlcmProbabilities(ReadOnlySpan<double> counts, IReadOnlyList<int> greyLevels, int maxLevel)
        : this(greyLevels.Count, maxLevel, CountNonZero(counts, greyLevels.Count), pooled: false, knownSymmetric: false)
    {
        int n = Size;
        double total = 0;
        foreach (double c in counts)
        {
            total += c;
        }

        for (int i = 0; i < n; i++)
        {
            _levels[i] = greyLevels[i];
        }

        int entries = 0;
        for (int i = 0; i < n; i++)
        {
            _rowStarts[i] = entries;
            ReadOnlySpan<double> row = counts.Slice(i * n, n);
            for (int j = 0; j < n; j++)
            {
                if (row[j] != 0)
                {
                    _columns[entries] = j;
                    _values[entries++] = row[j];
                }
            }
        }

        _rowStarts[n] = entries;
        Normalise(total);
    }

    private GlcmProbabilities(int size, int maxLevel, int entryCapacity, bool pooled, bool knownSymmetric)
    {
        Size = size;
        MaxLevel = maxLevel;
        _pooled = pooled;
        _knownSymmetric = knownSymmetric;
        _levels = Allocate<double>(size);
        _px = Allocate<double>(size);
        _py = Allocate<double>(size);
        _sum = Allocate<double>((2 * maxLevel) + 1);
        _difference = Allocate<double>(Math.Max(maxLevel, 1));
        _rowStarts = Allocate<int>(size + 1);
        _columns = Allocate<int>(entryCapacity);
        _values = Allocate<double>(entryCapacity);
    }

    /// <summary>True when the matrix has no counts (features are NaN, and averaging skips it).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Number of rows/columns (grey levels present).</summary>
    public int Size { get; }

    /// <summary>The highest grey level in the ROI (N_g in PyRadiomics' formulas).</summary>
    public int MaxLevel { get; }

    /// <summary>The grey level of each row/column.</summary>
    public ReadOnlySpan<double> Levels => Live(_levels, Size);

    public ReadOnlySpan<double> Px => Live(_px, Size);

    public ReadOnlySpan<double> Py => Live(_py, Size);

    public double MeanX { get; private set; }

    public double MeanY { get; private set; }

    /// <summary>p₊(k), indexed by k = i + j (entries 0 and 1 are unused).</summary>
    public ReadOnlySpan<double> SumDistribution => Live(_sum, (2 * MaxLevel) + 1);

    /// <summary>p₋(k), indexed by k = |i − j|.</summary>
    public ReadOnlySpan<double> DifferenceDistribution => Live(_difference, Math.Max(MaxLevel, 1));

    /// <summary>HXY = −Σ p log₂(p + ε).</summary>
    public double JointEntropy { get; private set; }

    /// <summary>The number of stored (non-zero count) entries.</summary>
    public int EntryCount => Live(_rowStarts, Size + 1)[Size];

    /// <summary>Row i's entries are <c>RowStarts[i] … RowStarts[i + 1] − 1</c> (n + 1 values).</summary>
    public ReadOnlySpan<int> RowStarts => Live(_rowStarts, Size + 1);

    /// <summary>The column j of each entry, ascending within a row.</summary>
    public ReadOnlySpan<int> EntryColumns => Live(_columns, EntryCount);

    /// <summary>p(i, j) of each entry.</summary>
    public ReadOnlySpan<double> EntryValues => Live(_values, EntryCount);

    /// <summary>p(i, j) for any cell (0 where no entry is stored).</summary>
    public double Probability(int i, int j)
    {
        ReadOnlySpan<int> starts = RowStarts;
        int k = EntryColumns[starts[i]..starts[i + 1]].BinarySearch(j);
        return k < 0 ? 0 : EntryValues[starts[i] + k];
    }

    /// <summary>Whether <c>p(i, j) = p(j, i)</c> for every cell (exactly, as stored).</summary>
    public bool IsSymmetric()
    {
        if (_knownSymmetric)
        {
            return true;
        }

        ReadOnlySpan<int> starts = RowStarts;
        ReadOnlySpan<int> columns = EntryColumns;
        ReadOnlySpan<double> values = EntryValues;
        for (int i = 0; i < Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                if (columns[e] != i && Probability(columns[e], i) != values[e])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Returns pooled buffers (instances made by the family); a no-op for the public constructor's.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_pooled)
        {
            ArrayPool<double>.Shared.Return(_levels);
            ArrayPool<double>.Shared.Return(_px);
            ArrayPool<double>.Shared.Return(_py);
            ArrayPool<double>.Shared.Return(_sum);
            ArrayPool<double>.Shared.Return(_difference);
            ArrayPool<int>.Shared.Return(_rowStarts);
            ArrayPool<int>.Shared.Return(_columns);
            ArrayPool<double>.Shared.Return(_values);
        }

        _levels = _px = _py = _sum = _difference = _values = [];
        _rowStarts = _columns = [];
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
        var result = new GlcmProbabilities(n, maxLevel, n * n, pooled: true, knownSymmetric: symmetric);
        for (int i = 0; i < n; i++)
        {
            result._levels[i] = greyLevels[i];
        }

        // Cell (i, j) of block b is counts[b·block + i·(n + 1) + j + 1] (codes are 1-based, column 0 is outside the ROI).
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
                result._rowStarts[i] = entries;
                ReadOnlySpan<int> forward = block.Slice((i * columnsPerRow) + 1, n);
                for (int j = 0; j < n; j++)
                {
                    int value = symmetric ? forward[j] + block[(j * columnsPerRow) + i + 1] : forward[j];
                    if (value != 0)
                    {
                        result._columns[entries] = j;
                        result._values[entries++] = value;
                        integerTotal += value;
                    }
                }
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                result._rowStarts[i] = entries;
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
                        result._columns[entries] = j;
                        result._values[entries++] = value;
                    }
                }
            }
        }

        result._rowStarts[n] = entries;
        result.Normalise(weights.IsEmpty ? integerTotal : weightedTotal);
        return result;
    }

    /// <summary>Turns the stored counts into probabilities and fills the marginals, the distributions and HXY.</summary>
    private void Normalise(double total)
    {
        Array.Clear(_px, 0, Size);
        Array.Clear(_py, 0, Size);
        Array.Clear(_sum, 0, (2 * MaxLevel) + 1);
        Array.Clear(_difference, 0, Math.Max(MaxLevel, 1));
        if (total <= 0)
        {
            IsEmpty = true;
            _rowStarts.AsSpan(0, Size + 1).Clear();
            return;
        }

        int n = Size;
        double jointEntropy = 0;
        for (int i = 0; i < n; i++)
        {
            int level = (int)_levels[i];
            for (int e = _rowStarts[i]; e < _rowStarts[i + 1]; e++)
            {
                double p = _values[e] / total;
                _values[e] = p;
                int column = _columns[e];
                _px[i] += p;
                _py[column] += p;
                if (p != 0)
                {
                    int other = (int)_levels[column];
                    _sum[level + other] += p;
                    _difference[Math.Abs(level - other)] += p;
                    jointEntropy -= p * Math.Log2(p + TextureMath.Epsilon);
                }
            }
        }

        JointEntropy = jointEntropy;
        double meanX = 0, meanY = 0;
        for (int i = 0; i < n; i++)
        {
            meanX += _levels[i] * _px[i];
            meanY += _levels[i] * _py[i];
        }

        MeanX = meanX;
        MeanY = meanY;
    }

    private ReadOnlySpan<T> Live<T>(T[] array, int length)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return array.AsSpan(0, length);
    }

    private T[] Allocate<T>(int length) => _pooled ? ArrayPool<T>.Shared.Rent(Math.Max(length, 1)) : new T[length];

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
