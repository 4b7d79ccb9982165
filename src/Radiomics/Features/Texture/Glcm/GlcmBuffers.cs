using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Numerics;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The storage behind <see cref="GlcmCoefficients"/>: one co-occurrence matrix in compressed rows and the coefficients
/// <see cref="Normalise"/> computes from it. A segment's <see cref="GlcmProbabilities"/> fills one per matrix; a voxel
/// kernel keeps one for all its matrices (<see cref="Reset"/> between them), so both compute the coefficients with the
/// same code. Plain arrays, or pooled ones that <see cref="Dispose"/> returns.
/// </summary>
internal sealed class GlcmBuffers : IDisposable
{
    /// <summary>Counts below this take log₂(p + ε) from a per-matrix table in <see cref="Normalise"/>.</summary>
    private const int CachedLogCounts = 256;

    /// <summary>Matrices with fewer entries compute every logarithm (the table's set-up would cost more than it saves).</summary>
    private const int CacheLogsFromEntries = 512;

    private readonly bool _pooled;
    private readonly ulong[] _sumBits;
    private readonly ulong[] _differenceBits;

    /// <summary>Buffers for up to <paramref name="sizeCapacity"/> grey levels and <paramref name="entryCapacity"/> entries, grey levels 1 … <paramref name="maxLevel"/>.</summary>
    public GlcmBuffers(int sizeCapacity, int maxLevel, int entryCapacity, bool pooled)
    {
        _pooled = pooled;
        MaxLevel = maxLevel;
        int sumLength = (2 * maxLevel) + 1, differenceLength = Math.Max(maxLevel, 1);
        Levels = Allocate<double>(sizeCapacity);
        Px = Allocate<double>(sizeCapacity);
        Py = Allocate<double>(sizeCapacity);
        RowStarts = Allocate<int>(sizeCapacity + 1);
        Columns = Allocate<int>(entryCapacity);
        Values = Allocate<double>(entryCapacity);
        Sum = Allocate<double>(sumLength);
        Difference = Allocate<double>(differenceLength);
        SumKeys = Allocate<int>(sumLength);
        DifferenceKeys = Allocate<int>(differenceLength);
        _sumBits = Allocate<ulong>((sumLength + 63) / 64);
        _differenceBits = Allocate<ulong>((differenceLength + 63) / 64);
        Array.Clear(Sum, 0, sumLength);
        Array.Clear(Difference, 0, differenceLength);
        Array.Clear(_sumBits, 0, (sumLength + 63) / 64);
        Array.Clear(_differenceBits, 0, (differenceLength + 63) / 64);
    }

    /// <summary>The highest grey level in the ROI (N_g).</summary>
    public int MaxLevel { get; }

    /// <summary>Grey levels of the rows/columns 0 … <see cref="Size"/> − 1 (written by the caller).</summary>
    public double[] Levels { get; }

    /// <summary>Row starts (<see cref="Size"/> + 1 values, written by the caller).</summary>
    public int[] RowStarts { get; }

    /// <summary>Entry columns, ascending within a row (written by the caller).</summary>
    public int[] Columns { get; }

    /// <summary>Entry counts (written by the caller), probabilities after <see cref="Normalise"/>.</summary>
    public double[] Values { get; }

    public double[] Px { get; }

    public double[] Py { get; }

    /// <summary>p₊(k), zero between matrices.</summary>
    public double[] Sum { get; }

    /// <summary>p₋(k), zero between matrices.</summary>
    public double[] Difference { get; }

    public int[] SumKeys { get; }

    public int[] DifferenceKeys { get; }

    public int Size { get; private set; }

    public int EntryCount => Size == 0 ? 0 : RowStarts[Size];

    public int SumKeyCount { get; private set; }

    public int DifferenceKeyCount { get; private set; }

    public bool IsEmpty { get; private set; }

    public double MeanX { get; private set; }

    public double MeanY { get; private set; }

    public double JointEntropy { get; private set; }

    private (double HX, double HY, double HXY1, double HXY2)? _information;

    /// <summary>The matrix's <see cref="GlcmInformationMeasures"/>, computed on first use after <see cref="Normalise"/>.</summary>
    public (double HX, double HY, double HXY1, double HXY2) InformationMeasures(in GlcmCoefficients coefficients) =>
        _information ??= GlcmInformationMeasures.Compute(coefficients);

    /// <summary>
    /// Turns the counts of rows 0 … <paramref name="size"/> − 1 into probabilities <c>p = P / <paramref name="total"/></c>
    /// and fills the marginals, p₊ and p₋ with their keys, HXY and the means (in row-major entry order). A total of
    /// zero leaves an empty matrix (no entries; its features are NaN).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public void Normalise(int size, double total)
    {
        Size = size;
        _information = null;
        Array.Clear(Px, 0, size);
        Array.Clear(Py, 0, size);
        SumKeyCount = DifferenceKeyCount = 0;
        MeanX = MeanY = JointEntropy = 0;
        IsEmpty = total <= 0;
        if (IsEmpty)
        {
            RowStarts.AsSpan(0, size + 1).Clear();
            return;
        }

        double[] levels = Levels, values = Values, px = Px, py = Py, sum = Sum, difference = Difference;
        int[] columns = Columns, rowStarts = RowStarts;
        ulong[] sumBits = _sumBits, differenceBits = _differenceBits;
        int sumLow = int.MaxValue, sumHigh = -1, differenceHigh = -1;
        double jointEntropy = 0;

        // Cells with the same count have the same p and so the same log₂(p + ε): on a large matrix the small counts,
        // which most cells hold, take their logarithm from a table filled on first use (NaN: not yet computed).
        bool cacheLogs = rowStarts[size] >= CacheLogsFromEntries;
        Span<double> logByCount = cacheLogs ? stackalloc double[CachedLogCounts] : default;
        logByCount.Fill(double.NaN);

        for (int i = 0; i < size; i++)
        {
            // pₓ(i) summed in a register (px[i] starts at 0, so the same additions in the same order): += on the array
            // element would carry every addition through a store and a load.
            int level = (int)levels[i];
            double rowSum = 0;
            for (int e = rowStarts[i]; e < rowStarts[i + 1]; e++)
            {
                double count = values[e];
                double p = count / total;
                values[e] = p;
                int column = columns[e];
                rowSum += p;
                py[column] += p;
                if (p != 0)
                {
                    int other = (int)levels[column];
                    int s = level + other, d = Math.Abs(level - other);
                    sum[s] += p;
                    difference[d] += p;
                    sumBits[s >> 6] |= 1UL << s;
                    differenceBits[d >> 6] |= 1UL << d;
                    sumLow = Math.Min(sumLow, s);
                    sumHigh = Math.Max(sumHigh, s);
                    differenceHigh = Math.Max(differenceHigh, d);
                    double log;
                    int key = (int)count;
                    if (cacheLogs && key == count && (uint)key < CachedLogCounts)
                    {
                        log = logByCount[key];
                        if (double.IsNaN(log))
                        {
                            logByCount[key] = log = Math.Log2(p + MachineEpsilon.Value);
                        }
                    }
                    else
                    {
                        log = Math.Log2(p + MachineEpsilon.Value);
                    }

                    jointEntropy -= p * log;
                }
            }

            px[i] = rowSum;
        }

        JointEntropy = jointEntropy;
        double meanX = 0, meanY = 0;
        for (int i = 0; i < size; i++)
        {
            meanX += levels[i] * px[i];
            meanY += levels[i] * py[i];
        }

        MeanX = meanX;
        MeanY = meanY;
        SumKeyCount = TakeKeys(sumBits, sumLow, sumHigh, SumKeys);
        DifferenceKeyCount = TakeKeys(differenceBits, 0, differenceHigh, DifferenceKeys);
    }

    /// <summary>The coefficients of the matrix last normalised (<paramref name="knownSymmetric"/>: symmetrised on construction).</summary>
    public GlcmCoefficients Coefficients(bool knownSymmetric) => new(
        this, MaxLevel, knownSymmetric, Levels.AsSpan(0, Size), Px.AsSpan(0, Size), Py.AsSpan(0, Size), RowStarts.AsSpan(0, Size + 1),
        Columns.AsSpan(0, EntryCount), Values.AsSpan(0, EntryCount), Sum.AsSpan(0, (2 * MaxLevel) + 1), SumKeys.AsSpan(0, SumKeyCount),
        Difference.AsSpan(0, Math.Max(MaxLevel, 1)), DifferenceKeys.AsSpan(0, DifferenceKeyCount), MeanX, MeanY, JointEntropy);

    /// <summary>Sets p₊ and p₋ back to zero (at their keys) for the next matrix.</summary>
    public void Reset()
    {
        foreach (int k in SumKeys.AsSpan(0, SumKeyCount))
        {
            Sum[k] = 0;
        }

        foreach (int k in DifferenceKeys.AsSpan(0, DifferenceKeyCount))
        {
            Difference[k] = 0;
        }

        SumKeyCount = DifferenceKeyCount = 0;
    }

    public void Dispose()
    {
        if (_pooled)
        {
            ArrayPool<double>.Shared.Return(Levels);
            ArrayPool<double>.Shared.Return(Px);
            ArrayPool<double>.Shared.Return(Py);
            ArrayPool<int>.Shared.Return(RowStarts);
            ArrayPool<int>.Shared.Return(Columns);
            ArrayPool<double>.Shared.Return(Values);
            ArrayPool<double>.Shared.Return(Sum);
            ArrayPool<double>.Shared.Return(Difference);
            ArrayPool<int>.Shared.Return(SumKeys);
            ArrayPool<int>.Shared.Return(DifferenceKeys);
            ArrayPool<ulong>.Shared.Return(_sumBits);
            ArrayPool<ulong>.Shared.Return(_differenceBits);
        }
    }

    /// <summary>The set bits of <paramref name="bits"/> between <paramref name="low"/> and <paramref name="high"/>, ascending, into <paramref name="keys"/>; clears them.</summary>
    private static int TakeKeys(ulong[] bits, int low, int high, int[] keys)
    {
        int count = 0;
        for (int w = low >> 6; w <= high >> 6; w++)
        {
            ulong word = bits[w];
            bits[w] = 0;
            while (word != 0)
            {
                keys[count++] = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }

        return count;
    }

    private T[] Allocate<T>(int length) => _pooled ? ArrayPool<T>.Shared.Rent(Math.Max(length, 1)) : new T[Math.Max(length, 1)];
}
