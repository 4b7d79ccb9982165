using System.Buffers;
using System.Runtime.CompilerServices;

namespace Radiomics.Features.Shape;

/// <summary>
/// The mesh vertices reduced to what the diameters need. Vertices sit on the half-voxel lattice (L = 2·index,
/// odd on the edge they bisect). For every lattice row along x (fixed Lz, Ly) the smallest and largest Lx is kept,
/// and for every row along y (fixed Lz, Lx) the smallest and largest Ly: a point strictly inside a row is never a
/// hull vertex, and the farthest point from anything along a segment is one of its ends.
/// From these, each plane's 2D hull gives the exact 2D diameters in O(rows), and the points that are hull vertices
/// of all three planes through them are the only candidates for the 3D diameter (every vertex of the 3D hull is one).
/// The tables are rented from the shared pool; dispose to return them.
/// </summary>
internal sealed class VertexExtents : IDisposable
{
    private readonly int _wx, _wy, _wz, _xRows, _yRows;
    private readonly int[] _xMin, _xMax; // rows along x, index Lz·Wy + Ly
    private readonly int[] _yMin, _yMax; // rows along y, index Lz·Wx + Lx

    public VertexExtents(int nx, int ny, int nz)
    {
        _wx = 2 * nx - 1;
        _wy = 2 * ny - 1;
        _wz = 2 * nz - 1;
        _xRows = _wz * _wy;
        _yRows = _wz * _wx;
        _xMin = ArrayPool<int>.Shared.Rent(_xRows);
        _xMax = ArrayPool<int>.Shared.Rent(_xRows);
        _yMin = ArrayPool<int>.Shared.Rent(_yRows);
        _yMax = ArrayPool<int>.Shared.Rent(_yRows);
        _xMin.AsSpan(0, _xRows).Fill(int.MaxValue);
        _xMax.AsSpan(0, _xRows).Fill(-1);
        _yMin.AsSpan(0, _yRows).Fill(int.MaxValue);
        _yMax.AsSpan(0, _yRows).Fill(-1);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_xMin);
        ArrayPool<int>.Shared.Return(_xMax);
        ArrayPool<int>.Shared.Return(_yMin);
        ArrayPool<int>.Shared.Return(_yMax);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot, called many times with short loops: optimise from the first call
    public void Add(int lz, int ly, int lx)
    {
        int rx = lz * _wy + ly;
        if (lx < _xMin[rx])
        {
            _xMin[rx] = lx;
        }

        if (lx > _xMax[rx])
        {
            _xMax[rx] = lx;
        }

        int ry = lz * _wx + lx;
        if (ly < _yMin[ry])
        {
            _yMin[ry] = ly;
        }

        if (ly > _yMax[ry])
        {
            _yMax[ry] = ly;
        }
    }

    /// <summary>
    /// PyRadiomics' four diameters over the vertices (spacing in x, y, z): largest distance between vertices sharing
    /// z (Slice), sharing y (Column), sharing x (Row), and overall (3D).
    /// </summary>
    public (double Slice, double Column, double Row, double Max3D) Diameters(double sx, double sy, double sz)
    {
        // Hull-vertex flags: bit 0/1 = min/max end is a vertex of its z-plane hull, bit 2/3 = of its y-plane hull.
        var xFlags = new byte[_xRows];
        var yFlags = new byte[_yRows]; // bit 0/1 = min/max end is a vertex of its x-plane hull
        int longest = Math.Max(_wx, Math.Max(_wy, _wz));
        var u = new long[2 * longest];
        var v = new long[2 * longest];
        var source = new int[2 * longest];
        var hull = new int[2 * longest + 1];
        var hu = new long[2 * longest];
        var hv = new long[2 * longest];

        double slice = 0, column = 0, row = 0;
        for (int lz = 0; lz < _wz; lz++)
        {
            slice = Math.Max(slice, Plane(_xMin, _xMax, xFlags, lz * _wy, 1, _wy, 0, sx, sy, u, v, source, hull, hu, hv));
        }

        for (int ly = 0; ly < _wy; ly++)
        {
            column = Math.Max(column, Plane(_xMin, _xMax, xFlags, ly, _wy, _wz, 2, sx, sz, u, v, source, hull, hu, hv));
        }

        for (int lx = 0; lx < _wx; lx++)
        {
            row = Math.Max(row, Plane(_yMin, _yMax, yFlags, lx, _wx, _wz, 0, sy, sz, u, v, source, hull, hu, hv));
        }

        double max3D = Maximum3D(xFlags, yFlags, sx, sy, sz);
        return (Math.Sqrt(slice), Math.Sqrt(column), Math.Sqrt(row), Math.Sqrt(max3D));
    }

    /// <summary>
    /// One plane: rows start, start+stride, … (count of them) of the given extent tables, row k at v = k. Builds the
    /// hull of the row ends, flags the ends that are hull vertices (<paramref name="flagShift"/> selects the bits) and
    /// returns the squared diameter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot, called many times with short loops: optimise from the first call
    private static double Plane(int[] min, int[] max, byte[] flags, int start, int stride, int count, int flagShift,
        double su, double sv, long[] u, long[] v, int[] source, int[] hull, long[] hu, long[] hv)
    {
        int n = 0;
        for (int k = 0, r = start; k < count; k++, r += stride)
        {
            int lo = min[r];
            if (lo == int.MaxValue)
            {
                continue;
            }

            u[n] = lo;
            v[n] = k;
            source[n++] = r << 1;
            if (max[r] != lo)
            {
                u[n] = max[r];
                v[n] = k;
                source[n++] = (r << 1) | 1;
            }
        }

        if (n == 0)
        {
            return 0;
        }

        int h = ConvexHull2D.BuildSorted(u.AsSpan(0, n), v.AsSpan(0, n), hull);
        for (int k = 0; k < h; k++)
        {
            int p = hull[k];
            hu[k] = u[p];
            hv[k] = v[p];
            int s = source[p];
            flags[s >> 1] |= (byte)(1 << (flagShift + (s & 1)));
            if (min[s >> 1] == max[s >> 1])
            {
                flags[s >> 1] |= (byte)(3 << flagShift); // a single point is both ends of its row
            }
        }

        return ConvexHull2D.MaximumDistanceSquaredOnHull(hu.AsSpan(0, h), hv.AsSpan(0, h), su, sv);
    }

    /// <summary>Largest squared distance among the points that are hull vertices in their z-, y- and x-planes.</summary>
    private double Maximum3D(byte[] xFlags, byte[] yFlags, double sx, double sy, double sz)
    {
        var points = new List<double>();
        for (int lz = 0; lz < _wz; lz++)
        {
            for (int ly = 0; ly < _wy; ly++)
            {
                int r = lz * _wy + ly;
                if (_xMin[r] == int.MaxValue)
                {
                    continue;
                }

                if ((xFlags[r] & 0b0101) == 0b0101)
                {
                    AddCandidate(points, lz, ly, _xMin[r], yFlags, sx, sy, sz);
                }

                if (_xMax[r] != _xMin[r] && (xFlags[r] & 0b1010) == 0b1010)
                {
                    AddCandidate(points, lz, ly, _xMax[r], yFlags, sx, sy, sz);
                }
            }
        }

        return PairwiseMaximum(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(points));
    }

    private void AddCandidate(List<double> points, int lz, int ly, int lx, byte[] yFlags, double sx, double sy, double sz)
    {
        int r = lz * _wx + lx;
        bool isVertex = (ly == _yMin[r] && (yFlags[r] & 1) != 0) || (ly == _yMax[r] && (yFlags[r] & 2) != 0);
        if (!isVertex)
        {
            return;
        }

        points.Add(lz * 0.5 * sz);
        points.Add(ly * 0.5 * sy);
        points.Add(lx * 0.5 * sx);
    }

    /// <summary>Brute force over the (few) candidates, points stored as (z, y, x) triples.</summary>
    private static double PairwiseMaximum(ReadOnlySpan<double> p)
    {
        double best = 0;
        for (int a = 0; a < p.Length; a += 3)
        {
            double az = p[a], ay = p[a + 1], ax = p[a + 2];
            for (int b = a + 3; b < p.Length; b += 3)
            {
                double dz = az - p[b], dy = ay - p[b + 1], dx = ax - p[b + 2];
                double d = dz * dz + dy * dy + dx * dx;
                if (d > best)
                {
                    best = d;
                }
            }
        }

        return best;
    }
}
