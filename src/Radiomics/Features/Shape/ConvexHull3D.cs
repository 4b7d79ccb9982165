namespace Radiomics.Features.Shape;

/// <summary>
/// Convex hull of points on an integer lattice (for the mesh: the half-voxel lattice, see <see cref="SurfaceMesh"/>),
/// in exact integer arithmetic, as outward-oriented triangles. Incremental construction: each point removes the faces
/// it sees and closes the hole with a fan from the horizon; a point on or inside the hull adds nothing, so hull
/// vertices are strictly extreme. Cost is O(n·F): reduce the points first (e.g. to the vertices of per-plane 2D hulls,
/// which contain every 3D hull vertex), as <see cref="SurfaceMesh.ConvexHull"/> does.
/// </summary>
public static class ConvexHull3D
{
    /// <summary>
    /// The hull faces as index triples into the input, counter-clockwise seen from outside. Empty when the points are
    /// coplanar (or fewer than four), the hull then having no volume.
    /// </summary>
    public static int[] Faces(ReadOnlySpan<long> x, ReadOnlySpan<long> y, ReadOnlySpan<long> z)
    {
        int n = x.Length;
        if (y.Length != n || z.Length != n)
        {
            throw new ArgumentException("x, y and z must have the same length.");
        }

        if (!InitialTetrahedron(x, y, z, out int a, out int b, out int c, out int d))
        {
            return [];
        }

        var faces = new List<(int A, int B, int C)>();
        if (Orient(x, y, z, a, b, c, d) > 0)
        {
            (b, c) = (c, b); // make d lie below face (a, b, c)
        }

        faces.Add((a, b, c));
        faces.Add((a, d, b));
        faces.Add((b, d, c));
        faces.Add((c, d, a));

        var visible = new List<int>();
        var edges = new HashSet<(int, int)>();
        for (int p = 0; p < n; p++)
        {
            if (p == a || p == b || p == c || p == d)
            {
                continue;
            }

            visible.Clear();
            for (int f = 0; f < faces.Count; f++)
            {
                if (Orient(x, y, z, faces[f].A, faces[f].B, faces[f].C, p) > 0)
                {
                    visible.Add(f);
                }
            }

            if (visible.Count == 0)
            {
                continue;
            }

            edges.Clear();
            foreach (int f in visible)
            {
                edges.Add((faces[f].A, faces[f].B));
                edges.Add((faces[f].B, faces[f].C));
                edges.Add((faces[f].C, faces[f].A));
            }

            var horizon = new List<(int, int)>();
            foreach ((int from, int to) in edges)
            {
                if (!edges.Contains((to, from)))
                {
                    horizon.Add((from, to));
                }
            }

            for (int k = visible.Count - 1; k >= 0; k--)
            {
                int f = visible[k];
                faces[f] = faces[^1];
                faces.RemoveAt(faces.Count - 1);
            }

            foreach ((int from, int to) in horizon)
            {
                faces.Add((from, to, p));
            }
        }

        var result = new int[faces.Count * 3];
        for (int f = 0; f < faces.Count; f++)
        {
            result[3 * f] = faces[f].A;
            result[3 * f + 1] = faces[f].B;
            result[3 * f + 2] = faces[f].C;
        }

        return result;
    }

    /// <summary>Six times the signed volume of tetrahedron (a, b, c, p): positive when p is above face (a, b, c).</summary>
    private static long Orient(ReadOnlySpan<long> x, ReadOnlySpan<long> y, ReadOnlySpan<long> z, int a, int b, int c, int p)
    {
        long bx = x[b] - x[a], by = y[b] - y[a], bz = z[b] - z[a];
        long cx = x[c] - x[a], cy = y[c] - y[a], cz = z[c] - z[a];
        long px = x[p] - x[a], py = y[p] - y[a], pz = z[p] - z[a];
        return (by * cz - bz * cy) * px + (bz * cx - bx * cz) * py + (bx * cy - by * cx) * pz;
    }

    private static bool InitialTetrahedron(ReadOnlySpan<long> x, ReadOnlySpan<long> y, ReadOnlySpan<long> z,
        out int a, out int b, out int c, out int d)
    {
        a = b = c = d = -1;
        int n = x.Length;
        if (n < 4)
        {
            return false;
        }

        a = 0;
        long best = 0;
        for (int i = 1; i < n; i++)
        {
            long dx = x[i] - x[a], dy = y[i] - y[a], dz = z[i] - z[a];
            long squared = dx * dx + dy * dy + dz * dz;
            if (squared > best)
            {
                best = squared;
                b = i;
            }
        }

        if (b < 0)
        {
            return false;
        }

        best = 0;
        for (int i = 0; i < n; i++)
        {
            long ux = x[b] - x[a], uy = y[b] - y[a], uz = z[b] - z[a];
            long vx = x[i] - x[a], vy = y[i] - y[a], vz = z[i] - z[a];
            long cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
            long squared = cx * cx + cy * cy + cz * cz;
            if (squared > best)
            {
                best = squared;
                c = i;
            }
        }

        if (c < 0)
        {
            return false;
        }

        best = 0;
        for (int i = 0; i < n; i++)
        {
            long volume = Math.Abs(Orient(x, y, z, a, b, c, i));
            if (volume > best)
            {
                best = volume;
                d = i;
            }
        }

        return d >= 0;
    }
}
