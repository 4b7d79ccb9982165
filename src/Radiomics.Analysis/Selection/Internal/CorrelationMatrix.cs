using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// The full correlation matrix of standardised rows as the blocked product Z·Zᵀ: 64 × 64 tiles of the upper triangle
/// run in parallel, each filled by 4 × 2 register-blocked dot products (and mirrored). Every entry is computed by the
/// same sequence of operations (four-lane fused multiply-adds in row order, then a fixed pairwise reduction), whichever
/// kernel, tile or thread computes it, so the matrix is bit-identical for any thread count.
/// </summary>
internal static class CorrelationMatrix
{
    private const int Tile = 64;

    /// <summary>The p × p matrix, row-major, diagonal 1, entries clamped to [−1, 1].</summary>
    public static double[] Compute(StandardisedRows rows, ParallelOptions parallel)
    {
        int p = rows.Count;
        var matrix = new double[p * p];
        int tiles = (p + Tile - 1) / Tile;
        var pairs = new List<(int A, int B)>();
        for (int a = 0; a < tiles; a++)
        {
            for (int b = a; b < tiles; b++)
            {
                pairs.Add((a, b));
            }
        }

        Parallel.For(0, pairs.Count, parallel, k => FillTile(rows, matrix, pairs[k].A * Tile, pairs[k].B * Tile));
        for (int f = 0; f < p; f++)
        {
            matrix[(f * p) + f] = 1.0;
        }

        return matrix;
    }

    /// <summary>The correlations of every row with <paramref name="vector"/> (standardised, padded to the stride).</summary>
    public static void WithVector(StandardisedRows rows, ReadOnlySpan<double> vector, Span<double> result)
    {
        for (int f = 0; f < rows.Count; f++)
        {
            result[f] = Math.Clamp(Dot(rows.Row(f), vector), -1.0, 1.0);
        }
    }

    /// <summary>The dot product with the same operation order as the blocked kernel.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ref double rx = ref MemoryMarshal.GetReference(x);
        ref double ry = ref MemoryMarshal.GetReference(y);
        Vector256<double> acc = Vector256<double>.Zero;
        for (int k = 0; k < x.Length; k += 4)
        {
            acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref rx, (nuint)k), Vector256.LoadUnsafe(ref ry, (nuint)k), acc);
        }

        return Reduce(acc);
    }

    private static void FillTile(StandardisedRows rows, double[] matrix, int a0, int b0)
    {
        int p = rows.Count;
        int a1 = Math.Min(a0 + Tile, p), b1 = Math.Min(b0 + Tile, p);
        Span<double> out8 = stackalloc double[8];
        for (int a = a0; a < a1; a += 4)
        {
            int aCount = Math.Min(4, a1 - a);
            for (int b = b0; b < b1; b += 2)
            {
                int bCount = Math.Min(2, b1 - b);
                if (aCount == 4 && bCount == 2)
                {
                    Dot4x2(rows, a, b, out8);
                    for (int i = 0; i < 4; i++)
                    {
                        Store(matrix, p, a + i, b, out8[2 * i]);
                        Store(matrix, p, a + i, b + 1, out8[(2 * i) + 1]);
                    }

                    continue;
                }

                for (int i = 0; i < aCount; i++)
                {
                    for (int j = 0; j < bCount; j++)
                    {
                        Store(matrix, p, a + i, b + j, Dot(rows.Row(a + i), rows.Row(b + j)));
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(double[] matrix, int p, int a, int b, double value)
    {
        value = Math.Clamp(value, -1.0, 1.0);
        matrix[(a * p) + b] = value;
        matrix[(b * p) + a] = value;
    }

    private static void Dot4x2(StandardisedRows rows, int a, int b, Span<double> result)
    {
        int stride = rows.Stride;
        ref double z = ref MemoryMarshal.GetArrayDataReference(rows.Values);
        nuint ra0 = (nuint)(a * stride), ra1 = ra0 + (nuint)stride, ra2 = ra1 + (nuint)stride, ra3 = ra2 + (nuint)stride;
        nuint rb0 = (nuint)(b * stride), rb1 = rb0 + (nuint)stride;
        Vector256<double> s00 = default, s01 = default, s10 = default, s11 = default;
        Vector256<double> s20 = default, s21 = default, s30 = default, s31 = default;
        for (nuint k = 0; k < (nuint)stride; k += 4)
        {
            Vector256<double> y0 = Vector256.LoadUnsafe(ref z, rb0 + k);
            Vector256<double> y1 = Vector256.LoadUnsafe(ref z, rb1 + k);
            Vector256<double> x = Vector256.LoadUnsafe(ref z, ra0 + k);
            s00 = Vector256.FusedMultiplyAdd(x, y0, s00);
            s01 = Vector256.FusedMultiplyAdd(x, y1, s01);
            x = Vector256.LoadUnsafe(ref z, ra1 + k);
            s10 = Vector256.FusedMultiplyAdd(x, y0, s10);
            s11 = Vector256.FusedMultiplyAdd(x, y1, s11);
            x = Vector256.LoadUnsafe(ref z, ra2 + k);
            s20 = Vector256.FusedMultiplyAdd(x, y0, s20);
            s21 = Vector256.FusedMultiplyAdd(x, y1, s21);
            x = Vector256.LoadUnsafe(ref z, ra3 + k);
            s30 = Vector256.FusedMultiplyAdd(x, y0, s30);
            s31 = Vector256.FusedMultiplyAdd(x, y1, s31);
        }

        result[0] = Reduce(s00);
        result[1] = Reduce(s01);
        result[2] = Reduce(s10);
        result[3] = Reduce(s11);
        result[4] = Reduce(s20);
        result[5] = Reduce(s21);
        result[6] = Reduce(s30);
        result[7] = Reduce(s31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Reduce(Vector256<double> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));
}
