using System.Runtime.CompilerServices;
using Radiomics.Imaging;

namespace Radiomics.Features.Shape;

/// <summary>
/// PyRadiomics' marching-cubes measurement (radiomics/src/cshape.c, <c>calculate_coefficients</c>): cubes of 2×2×2
/// voxels over the mask padded by one, vertices at edge midpoints, the half-size triangle table with complemented
/// configurations counted with the opposite sign, volume as the signed sum of origin tetrahedra, area as the sum of
/// triangle areas, diameters over the vertices. Coordinates are numpy's (z, y, x) scaled by the spacing; origin and
/// direction play no part.
/// </summary>
/// <remarks>
/// Every triangle of a configuration sits at fixed offsets from its cube's origin p, so the origin tetrahedron
/// volume a·(b×c) with a = p+u, b = p+v, c = p+w equals p·(v×w + w×u + u×v) + u·(v×w). The pass over the cubes
/// therefore only counts each of the 256 configurations and sums their integer origins; the geometry is evaluated
/// once per configuration at the end. The result equals PyRadiomics' per-triangle sum up to rounding order.
/// </remarks>
public static class MarchingCubes
{
    // Corner bits of a cube from the 4-bit code of one x column (bit0 (z,y), bit1 (z,y+1), bit2 (z+1,y), bit3 (z+1,y+1)).
    private static ReadOnlySpan<byte> LeftCorners => [0, 1, 8, 9, 16, 17, 24, 25, 128, 129, 136, 137, 144, 145, 152, 153];
    private static ReadOnlySpan<byte> RightCorners => [0, 2, 4, 6, 32, 34, 36, 38, 64, 66, 68, 70, 96, 98, 100, 102];

    /// <summary>Measures the ROI (non-zero voxels) of <paramref name="mask"/>; null when it is empty.</summary>
    public static MeshMeasures? Measure(Volume<byte> mask)
    {
        using PaddedMask? padded = PaddedMask.Of(mask);
        return padded is null ? null : Measure(padded, mask.Geometry.Spacing);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long pass per case: optimise from the first call
    internal static MeshMeasures Measure(PaddedMask mask, Vector3D spacing)
    {
        Span<long> count = stackalloc long[256];
        Span<long> sumZ = stackalloc long[256];
        Span<long> sumY = stackalloc long[256];
        Span<long> sumX = stackalloc long[256];
        count.Clear();
        sumZ.Clear();
        sumY.Clear();
        sumX.Clear();
        using var extents = new VertexExtents(mask.Nx, mask.Ny, mask.Nz);
        int ny = mask.Ny;
        int[] first = mask.RowFirst, last = mask.RowLast;
        ReadOnlySpan<byte> left = LeftCorners, right = RightCorners;

        for (int z = 0; z < mask.Nz - 1; z++)
        {
            for (int y = 0; y < ny - 1; y++)
            {
                int r00 = y + ny * z, r01 = r00 + 1, r10 = r00 + ny, r11 = r10 + 1;
                int start = MinFirst(first[r00], first[r01], first[r10], first[r11]);
                if (start < 0)
                {
                    continue;
                }

                int end = Math.Max(Math.Max(last[r00], last[r01]), Math.Max(last[r10], last[r11]));
                ReadOnlySpan<byte> m00 = mask.Row(y, z), m01 = mask.Row(y + 1, z), m10 = mask.Row(y, z + 1), m11 = mask.Row(y + 1, z + 1);
                int previous = Column(m00, m01, m10, m11, start - 1);
                for (int x = start - 1; x <= end; x++)
                {
                    int next = Column(m00, m01, m10, m11, x + 1);
                    int cube = left[previous] | right[next];
                    previous = next;
                    if (cube == 0 || cube == 255)
                    {
                        continue;
                    }

                    count[cube]++;
                    sumZ[cube] += z;
                    sumY[cube] += y;
                    sumX[cube] += x;

                    // Each vertex once: the three edges at corner 7 = (z+1, y+1, x), towards corners 6 (+x), 4 (−y), 3 (−z).
                    int c7 = cube >> 7;
                    if (((cube >> 6) & 1) != c7)
                    {
                        extents.Add(2 * z + 2, 2 * y + 2, 2 * x + 1);
                    }

                    if (((cube >> 4) & 1) != c7)
                    {
                        extents.Add(2 * z + 2, 2 * y + 1, 2 * x);
                    }

                    if (((cube >> 3) & 1) != c7)
                    {
                        extents.Add(2 * z + 1, 2 * y + 2, 2 * x);
                    }
                }
            }
        }

        double sx = spacing.X, sy = spacing.Y, sz = spacing.Z;
        double volume = 0, area = 0;
        for (int cube = 1; cube < 255; cube++)
        {
            if (count[cube] == 0)
            {
                continue;
            }

            int configuration = cube < 128 ? cube : cube ^ 0xFF;
            int sign = cube < 128 ? 1 : -1;
            ConfigurationGeometry(configuration, sz, sy, sx, out double nz, out double nyy, out double nx, out double own, out double triangleArea);
            double originTerm = sumZ[cube] * sz * nz + sumY[cube] * sy * nyy + sumX[cube] * sx * nx;
            volume += sign * (originTerm + count[cube] * own);
            area += count[cube] * triangleArea;
        }

        volume /= 6;
        var (slice, column, row, max3D) = extents.Diameters(sx, sy, sz);
        VoxelMoments moments = mask.Moments;
        double[] eigenvalues = PrincipalAxes.Eigenvalues3(moments.Covariance(sx, sy, sz));
        return new MeshMeasures(volume, area, slice, column, row, max3D, moments.Count, eigenvalues);
    }

    /// <summary>The smallest non-negative of four row starts (-1 marks an empty row), or -1 when all are empty.</summary>
    internal static int MinFirst(int a, int b, int c, int d)
    {
        int min = int.MaxValue;
        if (a >= 0)
        {
            min = a;
        }

        if (b >= 0 && b < min)
        {
            min = b;
        }

        if (c >= 0 && c < min)
        {
            min = c;
        }

        if (d >= 0 && d < min)
        {
            min = d;
        }

        return min == int.MaxValue ? -1 : min;
    }

    private static int Column(ReadOnlySpan<byte> m00, ReadOnlySpan<byte> m01, ReadOnlySpan<byte> m10, ReadOnlySpan<byte> m11, int x) =>
        m00[x] | (m01[x] << 1) | (m10[x] << 2) | (m11[x] << 3);

    /// <summary>
    /// For configuration <paramref name="configuration"/> (&lt; 128) at a cube with origin 0: the summed vector
    /// N = Σ (v×w + w×u + u×v), the summed own term Σ u·(v×w) and the summed triangle area, in (z, y, x) millimetres.
    /// </summary>
    private static void ConfigurationGeometry(int configuration, double sz, double sy, double sx,
        out double nz, out double ny, out double nx, out double own, out double area)
    {
        ReadOnlySpan<sbyte> triangles = MarchingCubesTables.Triangles.Slice(configuration * 16, 16);
        ReadOnlySpan<byte> mid = MarchingCubesTables.EdgeMidpointsDoubled;
        nz = ny = nx = own = area = 0;
        for (int t = 0; t < 15 && triangles[t] >= 0; t += 3)
        {
            int ea = triangles[t] * 3, eb = triangles[t + 1] * 3, ec = triangles[t + 2] * 3;
            double az = mid[ea] * 0.5 * sz, ay = mid[ea + 1] * 0.5 * sy, ax = mid[ea + 2] * 0.5 * sx;
            double bz = mid[eb] * 0.5 * sz, by = mid[eb + 1] * 0.5 * sy, bx = mid[eb + 2] * 0.5 * sx;
            double cz = mid[ec] * 0.5 * sz, cy = mid[ec + 1] * 0.5 * sy, cx = mid[ec + 2] * 0.5 * sx;

            // v×w + w×u + u×v with u = a, v = b, w = c: the doubled area normal (b−a)×(c−a).
            double e1z = bz - az, e1y = by - ay, e1x = bx - ax;
            double e2z = cz - az, e2y = cy - ay, e2x = cx - ax;
            double crossZ = e1y * e2x - e1x * e2y;
            double crossY = e1x * e2z - e1z * e2x;
            double crossX = e1z * e2y - e1y * e2z;
            nz += crossZ;
            ny += crossY;
            nx += crossX;

            // a·(b×c), components in numpy order as PyRadiomics crosses them.
            double bcZ = by * cx - bx * cy;
            double bcY = bx * cz - bz * cx;
            double bcX = bz * cy - by * cz;
            own += az * bcZ + ay * bcY + ax * bcX;

            double magnitude = Math.Sqrt(crossZ * crossZ + crossY * crossY + crossX * crossX);
            area += 0.5 * magnitude;
        }
    }
}
