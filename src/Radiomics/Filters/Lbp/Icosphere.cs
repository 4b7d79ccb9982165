namespace Radiomics.Filters.Lbp;

/// <summary>
/// The vertices of trimesh's <c>creation.icosphere(subdivisions, radius)</c>, which PyRadiomics' LBP3D samples on:
/// trimesh's unit icosahedron (vertices the cyclic permutations of (±0.5257…, ±0.8506…, 0)), each subdivision
/// splitting every triangle in four at its edge midpoints, then every vertex moved onto the sphere of the radius
/// (<c>v += v/|v| · (radius − |v|)</c>, as trimesh does; also applied once when there is no subdivision).
/// </summary>
/// <remarks>Only the vertex set matters to LBP3D (all its sums run over vertices), so the order is not trimesh's.</remarks>
internal static class Icosphere
{
    // trimesh's baked icosahedron (resources: creation data), i.e. (±1, ±φ, 0) cyclic, normalised.
    private const double A = 0.5257311121191336;
    private const double B = 0.85065080835204;

    private static readonly double[][] IcosahedronVertices =
    [
        [-A, B, 0], [A, B, 0], [-A, -B, 0], [A, -B, 0],
        [0, -A, B], [0, A, B], [0, -A, -B], [0, A, -B],
        [B, 0, -A], [B, 0, A], [-B, 0, -A], [-B, 0, A],
    ];

    private static readonly int[][] IcosahedronFaces =
    [
        [0, 11, 5], [0, 5, 1], [0, 1, 7], [0, 7, 10], [0, 10, 11],
        [1, 5, 9], [5, 11, 4], [11, 10, 2], [10, 7, 6], [7, 1, 8],
        [3, 9, 4], [3, 4, 2], [3, 2, 6], [3, 6, 8], [3, 8, 9],
        [4, 9, 5], [2, 4, 11], [6, 2, 10], [8, 6, 7], [9, 8, 1],
    ];

    /// <summary>The vertices (12, 42, 162, … for 0, 1, 2, … subdivisions), each as (v0, v1, v2).</summary>
    public static double[][] Vertices(int subdivisions, double radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(subdivisions);
        List<double[]> vertices = [.. IcosahedronVertices.Select(v => (double[])v.Clone())];
        List<int[]> faces = [.. IcosahedronFaces];
        for (int s = 0; s < subdivisions; s++)
        {
            var midpoints = new Dictionary<(int, int), int>();
            var refined = new List<int[]>(faces.Count * 4);
            foreach (int[] f in faces)
            {
                int ab = Midpoint(f[0], f[1]), bc = Midpoint(f[1], f[2]), ca = Midpoint(f[2], f[0]);
                refined.Add([f[0], ab, ca]);
                refined.Add([f[1], bc, ab]);
                refined.Add([f[2], ca, bc]);
                refined.Add([ab, bc, ca]);
            }

            faces = refined;
            ProjectOntoSphere(vertices, radius);

            int Midpoint(int a, int b)
            {
                (int, int) key = a < b ? (a, b) : (b, a);
                if (!midpoints.TryGetValue(key, out int index))
                {
                    index = vertices.Count;
                    double[] va = vertices[a], vb = vertices[b];
                    vertices.Add([(va[0] + vb[0]) / 2, (va[1] + vb[1]) / 2, (va[2] + vb[2]) / 2]);
                    midpoints.Add(key, index);
                }

                return index;
            }
        }

        if (subdivisions == 0)
        {
            ProjectOntoSphere(vertices, radius);
        }

        return [.. vertices];
    }

    private static void ProjectOntoSphere(List<double[]> vertices, double radius)
    {
        foreach (double[] v in vertices)
        {
            double length = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]));
            double move = radius - length;
            for (int a = 0; a < 3; a++)
            {
                v[a] += v[a] / length * move;
            }
        }
    }
}
