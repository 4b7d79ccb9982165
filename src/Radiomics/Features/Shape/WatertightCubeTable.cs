namespace Radiomics.Features.Shape;

/// <summary>
/// A marching-cubes triangle table for all 256 cube configurations whose surfaces join up across cubes: on a face with
/// two diagonal inside corners (an ambiguous face) the contour always cuts the two inside corners off separately, the
/// rule of Lorensen &amp; Cline's base cases. PyRadiomics' half table (<see cref="MarchingCubesTables"/>) looks up a
/// cube with corner 7 inside by its complement, which resolves such a face the other way; where the neighbouring cube
/// does not, the mesh has a crack (IBSI configuration B: 0.04 % of the surface area missing).
/// </summary>
/// <remarks>
/// Built once from PyRadiomics' table: configuration c takes the first of (1) PyRadiomics' own triangles (row c, or
/// row ~c reversed for c ≥ 128) and (2) the triangles of the rotated configuration g(c) mapped back by g⁻¹, over the 24
/// cube rotations in a fixed order, whose contour on every face is the rule's. Triangulations are thus always the
/// published ones (Lorensen's polygons split as PyRadiomics splits them), so the surface area equals PyRadiomics' apart
/// from the cracks. On IBSI's configurations A–C the meshes equal scikit-image's
/// <c>marching_cubes(mask, 0.5, method="lorensen")</c> (mask padded by one voxel) in area and volume to 1e-12 relative.
/// The winding of every row is that of PyRadiomics' rows below 128 (positive in (z, y, x) order).
/// </remarks>
internal static class WatertightCubeTable
{
    // Edge e joins corners EdgeCorners[2e], EdgeCorners[2e + 1] (Bourke's numbering, as MarchingCubesTables).
    private static readonly int[] EdgeCorners = [1, 0, 2, 1, 3, 2, 3, 0, 5, 4, 6, 5, 7, 6, 7, 4, 4, 0, 5, 1, 6, 2, 7, 3];

    private static readonly Lazy<int[][]> Rows = new(Build);

    /// <summary>The triangles of configuration <paramref name="configuration"/> (bit k = corner k inside) as edge triples.</summary>
    public static int[] Triangles(int configuration) => Rows.Value[configuration];

    /// <summary>
    /// The contour segments the rule puts on the cube face holding corners <paramref name="face"/> (each segment the
    /// pair of edges it joins, lower edge first), for configuration <paramref name="configuration"/>.
    /// </summary>
    internal static List<(int, int)> ExpectedFaceSegments(int configuration, int[] face)
    {
        int[] edges = FaceEdges(face);
        var cut = edges.Where(e => Inside(configuration, EdgeCorners[2 * e]) != Inside(configuration, EdgeCorners[2 * e + 1])).ToArray();
        var segments = new List<(int, int)>();
        if (cut.Length == 2)
        {
            segments.Add(Ordered(cut[0], cut[1]));
        }
        else if (cut.Length == 4)
        {
            // Ambiguous face: cut each inside corner off on its own.
            foreach (int corner in face.Where(c => Inside(configuration, c)))
            {
                int[] around = edges.Where(e => EdgeCorners[2 * e] == corner || EdgeCorners[2 * e + 1] == corner).ToArray();
                segments.Add(Ordered(around[0], around[1]));
            }
        }

        segments.Sort();
        return segments;
    }

    /// <summary>The boundary segments of <paramref name="triangles"/> (edges used by one triangle) on the face <paramref name="face"/>.</summary>
    internal static List<(int, int)> FaceSegments(int[] triangles, int[] face)
    {
        var uses = new Dictionary<(int, int), int>();
        for (int t = 0; t < triangles.Length; t += 3)
        {
            for (int k = 0; k < 3; k++)
            {
                (int, int) side = Ordered(triangles[t + k], triangles[t + ((k + 1) % 3)]);
                uses[side] = uses.GetValueOrDefault(side) + 1;
            }
        }

        int[] edges = FaceEdges(face);
        var segments = uses.Where(u => u.Value == 1 && edges.Contains(u.Key.Item1) && edges.Contains(u.Key.Item2)).Select(u => u.Key).ToList();
        segments.Sort();
        return segments;
    }

    /// <summary>The six faces of the cube, each as its four corners.</summary>
    internal static int[][] Faces()
    {
        ReadOnlySpan<byte> corners = MarchingCubesTables.Corners;
        var faces = new int[6][];
        for (int axis = 0; axis < 3; axis++)
        {
            for (int side = 0; side < 2; side++)
            {
                var face = new List<int>();
                for (int k = 0; k < 8; k++)
                {
                    if (corners[3 * k + axis] == side)
                    {
                        face.Add(k);
                    }
                }

                faces[2 * axis + side] = [.. face];
            }
        }

        return faces;
    }

    private static int[][] Build()
    {
        int[][] faces = Faces();
        int[][] rotations = Rotations();
        var rows = new int[256][];
        for (int configuration = 0; configuration < 256; configuration++)
        {
            int[]? chosen = null;
            foreach (int[]? candidate in Candidates(configuration, rotations))
            {
                if (faces.All(f => FaceSegments(candidate!, f).SequenceEqual(ExpectedFaceSegments(configuration, f))))
                {
                    chosen = candidate;
                    break;
                }
            }

            rows[configuration] = chosen ?? throw new InvalidOperationException($"No consistent triangulation for cube configuration {configuration}.");
        }

        return rows;
    }

    private static IEnumerable<int[]> Candidates(int configuration, int[][] rotations)
    {
        yield return Published(configuration);
        foreach (int[] rotation in rotations)
        {
            // rotation maps corner k to corner rotation[k]; edges follow their corners.
            int rotated = 0;
            for (int k = 0; k < 8; k++)
            {
                rotated |= (configuration >> k & 1) << rotation[k];
            }

            int[] edgeBack = new int[12];
            for (int e = 0; e < 12; e++)
            {
                edgeBack[EdgeOf(rotation[EdgeCorners[2 * e]], rotation[EdgeCorners[2 * e + 1]])] = e;
            }

            yield return [.. Published(rotated).Select(e => edgeBack[e])];
        }
    }

    /// <summary>PyRadiomics' triangles of a configuration: its row, or its complement's row reversed.</summary>
    private static int[] Published(int configuration)
    {
        bool complemented = configuration >= 128;
        ReadOnlySpan<sbyte> row = MarchingCubesTables.Triangles.Slice((complemented ? configuration ^ 0xFF : configuration) * 16, 16);
        var triangles = new List<int>();
        for (int t = 0; t < 15 && row[t] >= 0; t += 3)
        {
            triangles.AddRange(complemented ? [row[t + 1], row[t], row[t + 2]] : [row[t], row[t + 1], row[t + 2]]);
        }

        return [.. triangles];
    }

    /// <summary>The 24 rotations of the cube as corner permutations (generated by quarter turns), in lexicographic order.</summary>
    private static int[][] Rotations()
    {
        ReadOnlySpan<byte> c = MarchingCubesTables.Corners;
        var position = new (int Z, int Y, int X)[8];
        for (int k = 0; k < 8; k++)
        {
            position[k] = (c[3 * k], c[3 * k + 1], c[3 * k + 2]);
        }

        Func<(int Z, int Y, int X), (int, int, int)>[] turns =
        [
            p => (p.Y, 1 - p.Z, p.X),
            p => (p.X, p.Y, 1 - p.Z),
            p => (p.Z, p.X, 1 - p.Y),
        ];
        int[] identity = [0, 1, 2, 3, 4, 5, 6, 7];
        var found = new List<int[]> { identity };
        var seen = new HashSet<string> { string.Join(',', identity) };
        for (int i = 0; i < found.Count; i++)
        {
            foreach (var turn in turns)
            {
                int[] next = [.. found[i].Select(k => Array.IndexOf(position, turn(position[k])))];
                if (seen.Add(string.Join(',', next)))
                {
                    found.Add(next);
                }
            }
        }

        // Lexicographic order of the permutations: the order the table was checked against scikit-image in.
        found.Sort((a, b) => a.Zip(b, (x, y) => x.CompareTo(y)).FirstOrDefault(d => d != 0));
        return [.. found];
    }

    private static int EdgeOf(int a, int b)
    {
        for (int e = 0; e < 12; e++)
        {
            if ((EdgeCorners[2 * e] == a && EdgeCorners[2 * e + 1] == b) || (EdgeCorners[2 * e] == b && EdgeCorners[2 * e + 1] == a))
            {
                return e;
            }
        }

        throw new ArgumentException("Corners " + a + " and " + b + " share no edge.");
    }

    private static int[] FaceEdges(int[] face) =>
        [.. Enumerable.Range(0, 12).Where(e => face.Contains(EdgeCorners[2 * e]) && face.Contains(EdgeCorners[2 * e + 1]))];

    private static bool Inside(int configuration, int corner) => (configuration >> corner & 1) != 0;

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
