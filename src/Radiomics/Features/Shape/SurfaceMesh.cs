using Radiomics.Imaging;

namespace Radiomics.Features.Shape;

/// <summary>
/// An indexed triangle mesh of an ROI surface in physical (patient) millimetres: a closed marching-cubes mesh with
/// shared vertices (<see cref="WatertightCubeTable"/>: PyRadiomics' triangles, <see cref="MarchingCubes"/>, with its
/// cracks at ambiguous faces closed), or a convex hull. Every vertex also has its position on the half-voxel lattice
/// of the mask grid (doubled continuous index, integer), where exact hull computations run. Triangles are
/// counter-clockwise seen from outside, so <see cref="Volume"/> is positive, and every edge is shared by exactly two
/// triangles, so the volume does not depend on the origin.
/// </summary>
public sealed class SurfaceMesh
{
    private readonly Vector3D[] _vertices;
    private readonly int[] _lattice;
    private readonly int[] _triangles;

    private SurfaceMesh(ImageGeometry geometry, int[] lattice, int[] triangles)
    {
        Geometry = geometry;
        _lattice = lattice;
        _triangles = triangles;
        _vertices = new Vector3D[lattice.Length / 3];
        for (int v = 0; v < _vertices.Length; v++)
        {
            _vertices[v] = geometry.IndexToPhysical(lattice[3 * v] * 0.5, lattice[3 * v + 1] * 0.5, lattice[3 * v + 2] * 0.5);
        }
    }

    /// <summary>The grid of the mask the mesh was built from.</summary>
    public ImageGeometry Geometry { get; }

    /// <summary>Vertex positions in physical millimetres.</summary>
    public IReadOnlyList<Vector3D> Vertices => _vertices;

    /// <summary>Vertex v on the half-voxel lattice: (x, y, z) = 2 · continuous index, at [3v], [3v+1], [3v+2].</summary>
    public IReadOnlyList<int> LatticeVertices => _lattice;

    /// <summary>Vertex indices, three per triangle.</summary>
    public IReadOnlyList<int> Triangles => _triangles;

    /// <summary>The number of triangles.</summary>
    public int TriangleCount => _triangles.Length / 3;

    /// <summary>The closed marching-cubes mesh of the non-zero voxels of <paramref name="mask"/> (empty for an empty mask).</summary>
    public static SurfaceMesh Build(Volume<byte> mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        using PaddedMask? padded = PaddedMask.Of(mask);
        if (padded is null)
        {
            return new SurfaceMesh(mask.Geometry, [], []);
        }

        // Padded index p is mask index p + offset.
        Index3 offset = BoundingBox.Of(mask)!.Value.Lower - new Index3(1, 1, 1);
        var vertexOfEdge = new Dictionary<long, int>();
        var lattice = new List<int>();
        var triangles = new List<int>();
        ReadOnlySpan<byte> corners = MarchingCubesTables.Corners;
        int nx = padded.Nx, ny = padded.Ny;
        byte[] voxels = padded.Voxels;
        int[] rowFirst = padded.RowFirst, rowLast = padded.RowLast;
        for (int z = 0; z < padded.Nz - 1; z++)
        {
            for (int y = 0; y < ny - 1; y++)
            {
                // Only cubes touching a non-empty row can hold surface: x from one before the first ROI voxel to the last.
                int r00 = y + ny * z, r01 = r00 + 1, r10 = r00 + ny, r11 = r10 + 1;
                int start = MarchingCubes.MinFirst(rowFirst[r00], rowFirst[r01], rowFirst[r10], rowFirst[r11]);
                if (start < 0)
                {
                    continue;
                }

                int end = Math.Max(Math.Max(rowLast[r00], rowLast[r01]), Math.Max(rowLast[r10], rowLast[r11]));
                for (int x = start - 1; x <= end; x++)
                {
                    int cube = 0;
                    for (int k = 0; k < 8; k++)
                    {
                        int index = (x + corners[3 * k + 2]) + nx * ((y + corners[3 * k + 1]) + ny * (z + corners[3 * k]));
                        cube |= voxels[index] << k;
                    }

                    if (cube == 0 || cube == 255)
                    {
                        continue;
                    }

                    int[] table = WatertightCubeTable.Triangles(cube);
                    for (int t = 0; t < table.Length; t += 3)
                    {
                        // The table's winding is positive in (z, y, x); in (x, y, z) that reverses.
                        triangles.Add(VertexOf(table[t + 1], x, y, z));
                        triangles.Add(VertexOf(table[t], x, y, z));
                        triangles.Add(VertexOf(table[t + 2], x, y, z));
                    }
                }
            }
        }

        var mesh = new SurfaceMesh(mask.Geometry, lattice.ToArray(), triangles.ToArray());
        return mesh.SignedVolume() < 0 ? mesh.Flipped() : mesh;

        int VertexOf(int edge, int x, int y, int z)
        {
            ReadOnlySpan<byte> mid = MarchingCubesTables.EdgeMidpointsDoubled;
            int lz = 2 * z + mid[3 * edge], ly = 2 * y + mid[3 * edge + 1], lx = 2 * x + mid[3 * edge + 2];
            long key = ((long)lz * (2 * ny) + ly) * (2L * nx) + lx;
            if (!vertexOfEdge.TryGetValue(key, out int vertex))
            {
                vertex = lattice.Count / 3;
                vertexOfEdge[key] = vertex;
                lattice.Add(lx + 2 * offset.X);
                lattice.Add(ly + 2 * offset.Y);
                lattice.Add(lz + 2 * offset.Z);
            }

            return vertex;
        }
    }

    /// <summary>Enclosed volume Σ a·(b×c)/6 in mm³ (for a closed mesh independent of the origin).</summary>
    public double Volume() => Math.Abs(SignedVolume());

    /// <summary>Total triangle area in mm².</summary>
    public double SurfaceArea()
    {
        double area = 0;
        for (int t = 0; t < _triangles.Length; t += 3)
        {
            Vector3D a = _vertices[_triangles[t]], b = _vertices[_triangles[t + 1]], c = _vertices[_triangles[t + 2]];
            area += 0.5 * Vector3D.Cross(b - a, c - a).Length;
        }

        return area;
    }

    /// <summary>
    /// The convex hull of the mesh vertices as a mesh on the same grid (empty when the vertices are coplanar).
    /// Computed exactly on the lattice, then mapped to millimetres (the grid mapping is affine, so hulls map to hulls).
    /// </summary>
    public SurfaceMesh ConvexHull()
    {
        int[] candidates = HullCandidates();
        var x = new long[candidates.Length];
        var y = new long[candidates.Length];
        var z = new long[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            x[i] = _lattice[3 * candidates[i]];
            y[i] = _lattice[3 * candidates[i] + 1];
            z[i] = _lattice[3 * candidates[i] + 2];
        }

        int[] faces = ConvexHull3D.Faces(x, y, z);
        var used = new Dictionary<int, int>();
        var lattice = new List<int>();
        var triangles = new int[faces.Length];
        for (int i = 0; i < faces.Length; i++)
        {
            if (!used.TryGetValue(faces[i], out int vertex))
            {
                vertex = used.Count;
                used[faces[i]] = vertex;
                lattice.Add((int)x[faces[i]]);
                lattice.Add((int)y[faces[i]]);
                lattice.Add((int)z[faces[i]]);
            }

            triangles[i] = vertex;
        }

        var hull = new SurfaceMesh(Geometry, lattice.ToArray(), triangles);
        return hull.SignedVolume() < 0 ? hull.Flipped() : hull;
    }

    /// <summary>
    /// Vertices that are 2D hull vertices of all three axis-aligned planes through them; every vertex of the 3D hull
    /// is one (a point extreme in space is extreme in any plane through it), and they are few.
    /// </summary>
    private int[] HullCandidates()
    {
        int count = _lattice.Length / 3;
        var marks = new byte[count];
        var keys = new long[count];
        var order = new int[count];
        var u = new long[count];
        var v = new long[count];
        var hull = new int[count + 1];
        for (int axis = 0; axis < 3; axis++)
        {
            // Sort by (plane, second, first) through one packed key, then take each plane's run: sorted as BuildSorted needs.
            int first = (axis + 1) % 3, second = (axis + 2) % 3;
            int minPlane = int.MaxValue, minFirst = int.MaxValue, minSecond = int.MaxValue;
            for (int i = 0; i < count; i++)
            {
                minPlane = Math.Min(minPlane, _lattice[3 * i + axis]);
                minFirst = Math.Min(minFirst, _lattice[3 * i + first]);
                minSecond = Math.Min(minSecond, _lattice[3 * i + second]);
            }

            for (int i = 0; i < count; i++)
            {
                long plane = _lattice[3 * i + axis] - minPlane, a = _lattice[3 * i + first] - minFirst, b = _lattice[3 * i + second] - minSecond;
                if ((plane | a | b) >= 1 << 21)
                {
                    throw new InvalidOperationException("The mask is too large for the hull's packed sort (over 2^20 voxels along an axis).");
                }

                keys[i] = (plane << 42) | (b << 21) | a;
                order[i] = i;
            }

            Array.Sort(keys, order);
            for (int runStart = 0; runStart < count;)
            {
                long plane = keys[runStart] >> 42;
                int runEnd = runStart;
                while (runEnd < count && keys[runEnd] >> 42 == plane)
                {
                    u[runEnd - runStart] = _lattice[3 * order[runEnd] + first];
                    v[runEnd - runStart] = _lattice[3 * order[runEnd] + second];
                    runEnd++;
                }

                int vertices = ConvexHull2D.BuildSorted(u.AsSpan(0, runEnd - runStart), v.AsSpan(0, runEnd - runStart), hull);
                for (int k = 0; k < vertices; k++)
                {
                    marks[order[runStart + hull[k]]] |= (byte)(1 << axis);
                }

                runStart = runEnd;
            }
        }

        var result = new List<int>();
        for (int i = 0; i < count; i++)
        {
            if (marks[i] == 0b111)
            {
                result.Add(i);
            }
        }

        return result.ToArray();
    }

    private double SignedVolume()
    {
        double volume = 0;
        for (int t = 0; t < _triangles.Length; t += 3)
        {
            Vector3D a = _vertices[_triangles[t]], b = _vertices[_triangles[t + 1]], c = _vertices[_triangles[t + 2]];
            volume += Vector3D.Dot(a, Vector3D.Cross(b, c));
        }

        return volume / 6;
    }

    private SurfaceMesh Flipped()
    {
        var triangles = (int[])_triangles.Clone();
        for (int t = 0; t < triangles.Length; t += 3)
        {
            (triangles[t], triangles[t + 1]) = (triangles[t + 1], triangles[t]);
        }

        return new SurfaceMesh(Geometry, _lattice, triangles);
    }
}
