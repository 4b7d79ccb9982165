using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The non-zero cells of one <see cref="GlcmPairCounts"/> block (one direction, no weights), symmetrised
/// (<c>P + Pᵀ</c>) or not, as compressed rows: the integer counts, so any reading order gives the same matrix.
/// </summary>
/// <remarks>
/// The symmetric sum is formed in 16 × 16 tiles into a pooled scratch (the transposed cells of a tile are 16 short
/// rows that stay in L1, where reading a whole column walks a new cache line per cell), then each row is scanned
/// eight cells at a time for non-zero counts.
/// </remarks>
internal static class GlcmBlockEntries
{
    private const int Tile = 16;

    /// <summary>
    /// Writes row starts (<paramref name="n"/> + 1), columns and counts of <paramref name="block"/>'s non-zero cells (cell
    /// (i, j) at <c>i·(n + 1) + j + 1</c>; column 0 is outside the ROI); returns the sum of the counts.
    /// </summary>
    public static long Fill(ReadOnlySpan<int> block, int n, bool symmetric, Span<int> rowStarts, Span<int> columns, Span<double> values)
    {
        int columnsPerRow = n + 1;
        if (!symmetric)
        {
            int entries = 0;
            long total = 0;
            for (int i = 0; i < n; i++)
            {
                rowStarts[i] = entries;
                total += Append(block.Slice((i * columnsPerRow) + 1, n), columns, values, ref entries);
            }

            rowStarts[n] = entries;
            return total;
        }

        int[] scratch = ArrayPool<int>.Shared.Rent(Math.Max(1, n * n));
        try
        {
            Symmetrise(block, n, scratch);
            int entries = 0;
            long total = 0;
            for (int i = 0; i < n; i++)
            {
                rowStarts[i] = entries;
                total += Append(scratch.AsSpan(i * n, n), columns, values, ref entries);
            }

            rowStarts[n] = entries;
            return total;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary><c>target[i·n + j] = P(i, j) + P(j, i)</c>, tile by tile.</summary>
    private static void Symmetrise(ReadOnlySpan<int> block, int n, Span<int> target)
    {
        int columnsPerRow = n + 1;
        for (int i0 = 0; i0 < n; i0 += Tile)
        {
            int i1 = Math.Min(n, i0 + Tile);
            for (int j0 = 0; j0 < n; j0 += Tile)
            {
                int j1 = Math.Min(n, j0 + Tile);
                for (int i = i0; i < i1; i++)
                {
                    ReadOnlySpan<int> forward = block.Slice((i * columnsPerRow) + 1, n);
                    Span<int> row = target.Slice(i * n, n);
                    for (int j = j0; j < j1; j++)
                    {
                        row[j] = forward[j] + block[(j * columnsPerRow) + i + 1];
                    }
                }
            }
        }
    }

    /// <summary>Appends the non-zero cells of <paramref name="row"/> (column, count) at <paramref name="entries"/>; returns their sum.</summary>
    private static long Append(ReadOnlySpan<int> row, Span<int> columns, Span<double> values, ref int entries)
    {
        long total = 0;
        int count = entries;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j <= row.Length - Vector256<int>.Count; j += Vector256<int>.Count)
            {
                uint nonZero = ~Vector256.Equals(Vector256.Create(row.Slice(j, Vector256<int>.Count)), Vector256<int>.Zero).ExtractMostSignificantBits() & 0xFF;
                while (nonZero != 0)
                {
                    int c = j + BitOperations.TrailingZeroCount(nonZero);
                    nonZero &= nonZero - 1;
                    columns[count] = c;
                    values[count++] = row[c];
                    total += row[c];
                }
            }
        }

        for (; j < row.Length; j++)
        {
            int value = row[j];
            if (value != 0)
            {
                columns[count] = j;
                values[count++] = value;
                total += value;
            }
        }

        entries = count;
        return total;
    }
}
