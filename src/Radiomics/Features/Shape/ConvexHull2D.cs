using System.Runtime.CompilerServices;

namespace Radiomics.Features.Shape;

/// <summary>
/// Convex hulls of points on an integer lattice and their largest pairwise distance, in exact integer arithmetic.
/// Shape features place every mesh vertex on the half-voxel lattice (index·2, edge midpoints odd), so hulls are
/// computed there without rounding; physical coordinates are <c>(lattice · 0.5) · spacing</c>. A diagonal scaling
/// (the spacing) maps hulls to hulls and antipodal pairs to antipodal pairs, so the diameter found by rotating calipers
/// on the lattice hull and measured in millimetres equals the brute-force maximum over all points.
/// </summary>
public static class ConvexHull2D
{
    /// <summary>
    /// The hull of the points (<paramref name="u"/>[i], <paramref name="v"/>[i]) as indices into the input,
    /// counter-clockwise, without collinear or repeated vertices (Andrew's monotone chain).
    /// </summary>
    public static int[] Of(ReadOnlySpan<long> u, ReadOnlySpan<long> v)
    {
        if (u.Length != v.Length)
        {
            throw new ArgumentException("u and v must have the same length.", nameof(v));
        }

        // Sort by (v, u) through one packed 64-bit key per point: a primitive sort, far cheaper than a comparer.
        int count = u.Length;
        long minU = long.MaxValue, maxU = long.MinValue, minV = long.MaxValue, maxV = long.MinValue;
        for (int i = 0; i < count; i++)
        {
            minU = Math.Min(minU, u[i]);
            maxU = Math.Max(maxU, u[i]);
            minV = Math.Min(minV, v[i]);
            maxV = Math.Max(maxV, v[i]);
        }

        if (count > 0 && (maxU - minU >= 1L << 31 || maxV - minV >= 1L << 31))
        {
            throw new ArgumentOutOfRangeException(nameof(u), "Point coordinates must span less than 2^31 on each axis.");
        }

        var keys = new long[count];
        int[] order = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = ((v[i] - minV) << 32) | (u[i] - minU);
            order[i] = i;
        }

        Array.Sort(keys, order);
        var sortedU = new long[count];
        var sortedV = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++)
        {
            if (n > 0 && keys[k] == keys[k - 1])
            {
                continue;
            }

            int i = order[k];
            sortedU[n] = u[i];
            sortedV[n] = v[i];
            order[n++] = i;
        }

        var hull = new int[n + 1];
        int vertices = BuildSorted(sortedU.AsSpan(0, n), sortedV.AsSpan(0, n), hull);
        var result = new int[vertices];
        for (int k = 0; k < vertices; k++)
        {
            result[k] = order[hull[k]];
        }

        return result;
    }

    /// <summary>
    /// The largest distance between any two of the points, each physical coordinate being
    /// <c>(lattice · 0.5) · scale</c>, via the hull and rotating calipers. 0 for fewer than two points.
    /// </summary>
    public static double MaximumDistance(ReadOnlySpan<long> u, ReadOnlySpan<long> v, double scaleU, double scaleV)
    {
        int[] hull = Of(u, v);
        var hu = new long[hull.Length];
        var hv = new long[hull.Length];
        for (int k = 0; k < hull.Length; k++)
        {
            hu[k] = u[hull[k]];
            hv[k] = v[hull[k]];
        }

        return Math.Sqrt(MaximumDistanceSquaredOnHull(hu, hv, scaleU, scaleV));
    }

    /// <summary>
    /// Monotone chain over points already sorted by (v, u) without repeats. Writes hull positions (indices into the
    /// sorted input) counter-clockwise to <paramref name="hull"/> (length ≥ n + 1) and returns their number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot, called many times with short loops: optimise from the first call
    internal static int BuildSorted(ReadOnlySpan<long> u, ReadOnlySpan<long> v, Span<int> hull)
    {
        int n = u.Length;
        if (n < 3)
        {
            for (int i = 0; i < n; i++)
            {
                hull[i] = i;
            }

            return n;
        }

        int k = 0;
        for (int i = 0; i < n; i++)
        {
            while (k >= 2 && Cross(u, v, hull[k - 2], hull[k - 1], i) <= 0)
            {
                k--;
            }

            hull[k++] = i;
        }

        for (int i = n - 2, lower = k + 1; i >= 0; i--)
        {
            while (k >= lower && Cross(u, v, hull[k - 2], hull[k - 1], i) <= 0)
            {
                k--;
            }

            hull[k++] = i;
        }

        return k - 1; // the last point repeats the first
    }

    /// <summary>
    /// Largest squared physical distance between vertices of a convex polygon given counter-clockwise in lattice
    /// coordinates: every antipodal pair is visited once around (rotating calipers, with parallel edges handled).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot, called many times with short loops: optimise from the first call
    internal static double MaximumDistanceSquaredOnHull(ReadOnlySpan<long> u, ReadOnlySpan<long> v, double scaleU, double scaleV)
    {
        int h = u.Length;
        if (h < 2)
        {
            return 0;
        }

        if (h == 2)
        {
            return DistanceSquared(u, v, 0, 1, scaleU, scaleV);
        }

        double best = 0;
        int j = 1;
        for (int i = 0; i < h; i++)
        {
            int next = i + 1 == h ? 0 : i + 1;
            while (true)
            {
                int after = j + 1 == h ? 0 : j + 1;
                long current = Area2(u, v, i, next, j);
                long candidate = Area2(u, v, i, next, after);
                if (candidate > current)
                {
                    j = after;
                    continue;
                }

                if (candidate == current)
                {
                    // Edge (j, after) is parallel to edge (i, next): both of its ends are antipodal to both of ours.
                    best = Math.Max(best, DistanceSquared(u, v, i, after, scaleU, scaleV));
                    best = Math.Max(best, DistanceSquared(u, v, next, after, scaleU, scaleV));
                }

                break;
            }

            best = Math.Max(best, DistanceSquared(u, v, i, j, scaleU, scaleV));
            best = Math.Max(best, DistanceSquared(u, v, next, j, scaleU, scaleV));
        }

        return best;
    }

    /// <summary>Squared distance computed as PyRadiomics does: coordinates <c>(L·0.5)·s</c>, then differences squared.</summary>
    internal static double DistanceSquared(ReadOnlySpan<long> u, ReadOnlySpan<long> v, int a, int b, double scaleU, double scaleV)
    {
        double du = u[a] * 0.5 * scaleU - u[b] * 0.5 * scaleU;
        double dv = v[a] * 0.5 * scaleV - v[b] * 0.5 * scaleV;
        return du * du + dv * dv;
    }

    private static long Cross(ReadOnlySpan<long> u, ReadOnlySpan<long> v, int o, int a, int b) =>
        (u[a] - u[o]) * (v[b] - v[o]) - (v[a] - v[o]) * (u[b] - u[o]);

    private static long Area2(ReadOnlySpan<long> u, ReadOnlySpan<long> v, int a, int b, int c) =>
        Math.Abs(Cross(u, v, a, b, c));
}
