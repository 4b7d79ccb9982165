using Radiomics.Features.Shape;
using Radiomics.Imaging;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// Enclosing shapes of a convex hull for the IBSI morphology extras without reference values: the minimum-volume
/// enclosing ellipsoid (IBSI "MVEE", Khachiyan's algorithm) and the oriented minimum bounding box (IBSI "OMBB",
/// face-flush boxes refined by a rotation search). docs/ibsi1-profile.md states the accuracy of both.
/// </summary>
public static class EnclosingShapes
{
    /// <summary>
    /// Semi-axes (descending) of the minimum-volume ellipsoid enclosing <paramref name="points"/>, by Khachiyan's
    /// barycentric coordinate ascent to a relative step below <paramref name="tolerance"/>: with weights u on the
    /// points, S = Σ u p pᵀ − c cᵀ (c = Σ u p), the ellipsoid is (p − c)ᵀ (3S)⁻¹ (p − c) ≤ 1, semi-axes √(3 λ(S)),
    /// then scaled up just enough to enclose every point. Stopping at step τ means max_i M_i &lt; 4(1 − τ)/(1 − 4τ) ≈
    /// 4(1 + 3τ), so the ellipsoid's volume is at most (1 + 3τ)^{3/2} ≈ 1 + 4.5τ times the minimum (Khachiyan 1996;
    /// Todd &amp; Yıldırım 2007): 4.5·10⁻⁷ at the default τ = 10⁻⁷. NaNs for fewer than four or coplanar points.
    /// </summary>
    public static double[] MinimumVolumeEllipsoid(IReadOnlyList<Vector3D> points, double tolerance = 1e-7, int maxIterations = 20000)
    {
        int n = points.Count;
        if (n < 4)
        {
            return [double.NaN, double.NaN, double.NaN];
        }

        var u = new double[n];
        Array.Fill(u, 1.0 / n);
        var distances = new double[n];
        var inverse = new double[16];
        Span<double> column = stackalloc double[4];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            // M_i = q_iᵀ X⁻¹ q_i, X = Σ u q qᵀ; rebuilt exactly every 500 steps, else updated by Sherman–Morrison.
            if (iteration % 500 == 0 && !Distances(points, u, inverse, distances))
            {
                return [double.NaN, double.NaN, double.NaN];
            }

            int best = 0;
            for (int i = 1; i < n; i++)
            {
                if (distances[i] > distances[best])
                {
                    best = i;
                }
            }

            double mj = distances[best];
            double step = (mj - 4) / (4 * (mj - 1));
            if (step < tolerance)
            {
                break;
            }

            for (int i = 0; i < n; i++)
            {
                u[i] *= 1 - step;
            }

            u[best] += step;

            // X' = (1 − s) X + s q qᵀ ⇒ X'⁻¹ = [X⁻¹ − s (X⁻¹q)(X⁻¹q)ᵀ / ((1 − s) + s M_j)] / (1 − s).
            Vector3D pj = points[best];
            for (int r = 0; r < 4; r++)
            {
                column[r] = inverse[4 * r] * pj.X + inverse[4 * r + 1] * pj.Y + inverse[4 * r + 2] * pj.Z + inverse[4 * r + 3];
            }

            double denominator = (1 - step) + step * mj;
            for (int i = 0; i < n; i++)
            {
                Vector3D p = points[i];
                double g = column[0] * p.X + column[1] * p.Y + column[2] * p.Z + column[3];
                distances[i] = (distances[i] - step * g * g / denominator) / (1 - step);
            }

            for (int r = 0; r < 4; r++)
            {
                for (int c = 0; c < 4; c++)
                {
                    inverse[4 * r + c] = (inverse[4 * r + c] - step * column[r] * column[c] / denominator) / (1 - step);
                }
            }
        }

        double cx = 0, cy = 0, cz = 0;
        for (int i = 0; i < n; i++)
        {
            cx += u[i] * points[i].X;
            cy += u[i] * points[i].Y;
            cz += u[i] * points[i].Z;
        }

        var s = new double[9];
        for (int i = 0; i < n; i++)
        {
            double dx = points[i].X - cx, dy = points[i].Y - cy, dz = points[i].Z - cz;
            s[0] += u[i] * dx * dx; s[1] += u[i] * dx * dy; s[2] += u[i] * dx * dz;
            s[4] += u[i] * dy * dy; s[5] += u[i] * dy * dz; s[8] += u[i] * dz * dz;
        }

        s[3] = s[1]; s[6] = s[2]; s[7] = s[5];

        // Stopped at a finite tolerance the ellipsoid may miss the outermost points slightly: grow it to enclose all.
        double[] shape = [3 * s[0], 3 * s[1], 3 * s[2], 0, 3 * s[3], 3 * s[4], 3 * s[5], 0, 3 * s[6], 3 * s[7], 3 * s[8], 0, 0, 0, 0, 1];
        double[] shapeInverse = new double[16];
        if (!Invert4(shape, shapeInverse))
        {
            return [double.NaN, double.NaN, double.NaN];
        }

        double scale = 1;
        for (int i = 0; i < n; i++)
        {
            Span<double> d = [points[i].X - cx, points[i].Y - cy, points[i].Z - cz];
            double m = 0;
            for (int r = 0; r < 3; r++)
            {
                for (int c = 0; c < 3; c++)
                {
                    m += d[r] * shapeInverse[4 * r + c] * d[c];
                }
            }

            scale = Math.Max(scale, m);
        }

        double[] eigen = PrincipalAxes.Eigenvalues3(s);
        double grow = Math.Sqrt(3 * scale);
        return [grow * Math.Sqrt(eigen[2]), grow * Math.Sqrt(eigen[1]), grow * Math.Sqrt(eigen[0])];
    }

    /// <summary>
    /// Edge lengths of the oriented minimum bounding box of a convex hull (IBSI "OMBB"). Candidate orientations: (1)
    /// for every distinct hull face normal, the box with that face flush and the minimum-area rectangle of the
    /// projection (rotating calipers); (2) <see cref="SampledOrientations"/> frames spread over all orientations (400
    /// Fibonacci directions on a hemisphere × 12 turns about each over a quarter turn, about 7° apart). From the
    /// <see cref="RefinedStarts"/> smallest candidate boxes a pattern search turns the box about its own axes (step
    /// halved from 0.1 rad to 1e-9 rad, any turn that lowers the volume accepted). The result is never larger than the
    /// best face-flush box and is a local minimum of the volume over orientations, not a proven global one: the exact
    /// minimum (O'Rourke 1985, cubic time) has two adjacent faces each flush with a hull edge but need not have a face
    /// flush with a hull face — a regular tetrahedron's face-flush box is twice its minimum, which this search reaches
    /// (tests). IBSI gives no reference value.
    /// </summary>
    public static double[] OrientedMinimumBox(SurfaceMesh hull)
    {
        ArgumentNullException.ThrowIfNull(hull);
        return OrientedMinimumBox(hull.Vertices, hull.Triangles);
    }

    /// <summary>
    /// As <see cref="OrientedMinimumBox(SurfaceMesh)"/> for a convex hull given as vertices and triangles (three
    /// vertex indices each); NaNs when the hull has no non-degenerate triangle.
    /// </summary>
    public static double[] OrientedMinimumBox(IReadOnlyList<Vector3D> vertices, IReadOnlyList<int> triangles)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        ArgumentNullException.ThrowIfNull(triangles);
        var starts = new List<(double Volume, Vector3D A, Vector3D B, Vector3D C)>();
        var u = new double[vertices.Count];
        var w = new double[vertices.Count];
        var seen = new HashSet<(long, long, long)>();
        for (int f = 0; f + 2 < triangles.Count; f += 3)
        {
            Vector3D p = vertices[triangles[f]];
            Vector3D normal = Vector3D.Cross(vertices[triangles[f + 1]] - p, vertices[triangles[f + 2]] - p);
            if (normal.Length == 0)
            {
                continue;
            }

            normal = normal * (1 / normal.Length);

            // Coplanar hull triangles share a normal (and opposite faces give the same box): one evaluation each.
            Vector3D key = normal.X < 0 || (normal.X == 0 && (normal.Y < 0 || (normal.Y == 0 && normal.Z < 0))) ? normal * -1 : normal;
            if (!seen.Add(((long)Math.Round(key.X * 1e9), (long)Math.Round(key.Y * 1e9), (long)Math.Round(key.Z * 1e9))))
            {
                continue;
            }

            Vector3D e1 = Perpendicular(normal);
            Vector3D e2 = Vector3D.Cross(normal, e1);
            for (int i = 0; i < vertices.Count; i++)
            {
                u[i] = Vector3D.Dot(vertices[i], e1);
                w[i] = Vector3D.Dot(vertices[i], e2);
            }

            (double dx, double dy) = MinimumAreaRectangle(u, w);
            Vector3D a = e1 * dx + e2 * dy, b = e2 * dx - e1 * dy;
            starts.Add((BoxVolume(vertices, a, b, normal), a, b, normal));
        }

        if (starts.Count == 0)
        {
            return [double.NaN, double.NaN, double.NaN];
        }

        foreach ((Vector3D a, Vector3D b, Vector3D c) in SampledFrames())
        {
            starts.Add((BoxVolume(vertices, a, b, c), a, b, c));
        }

        double bestVolume = double.PositiveInfinity;
        (Vector3D A, Vector3D B, Vector3D C) best = default;
        foreach (var start in starts.OrderBy(s => s.Volume).Take(RefinedStarts))
        {
            (double volume, Vector3D a, Vector3D b, Vector3D c) = Refine(vertices, start.Volume, start.A, start.B, start.C);
            if (volume < bestVolume)
            {
                bestVolume = volume;
                best = (a, b, c);
            }
        }

        return [Extent(vertices, best.A), Extent(vertices, best.B), Extent(vertices, best.C)];
    }

    /// <summary>How many orientations <see cref="OrientedMinimumBox(SurfaceMesh)"/> samples besides the face-flush ones.</summary>
    public const int SampledOrientations = 400 * 12;

    /// <summary>
    /// Box frames covering all orientations: the axis c through 400 Fibonacci points of the upper hemisphere, the
    /// frame turned about c in 12 steps over a quarter turn (a box is unchanged by a quarter turn or a flipped axis).
    /// </summary>
    private static IEnumerable<(Vector3D A, Vector3D B, Vector3D C)> SampledFrames()
    {
        const int directions = 400, turns = 12;
        double golden = Math.PI * (3 - Math.Sqrt(5));
        for (int i = 0; i < directions; i++)
        {
            double z = 1 - (i + 0.5) / directions, r = Math.Sqrt(1 - z * z);
            var c = new Vector3D(r * Math.Cos(golden * i), r * Math.Sin(golden * i), z);
            Vector3D a0 = Perpendicular(c), b0 = Vector3D.Cross(c, a0);
            for (int t = 0; t < turns; t++)
            {
                double angle = 0.5 * Math.PI * t / turns;
                yield return (a0 * Math.Cos(angle) + b0 * Math.Sin(angle), b0 * Math.Cos(angle) - a0 * Math.Sin(angle), c);
            }
        }
    }

    /// <summary>How many of the smallest candidate boxes <see cref="OrientedMinimumBox(SurfaceMesh)"/> refines.</summary>
    public const int RefinedStarts = 6;

    /// <summary>Pattern search over turns of the frame (a, b, c) about its own axes; returns the smallest box found.</summary>
    private static (double Volume, Vector3D A, Vector3D B, Vector3D C) Refine(IReadOnlyList<Vector3D> v, double volume, Vector3D a, Vector3D b, Vector3D c)
    {
        const int maxEvaluations = 20000;
        int evaluations = 0;
        for (double step = 0.1; step > 1e-9 && evaluations < maxEvaluations; step *= 0.5)
        {
            bool improved = true;
            while (improved && evaluations < maxEvaluations)
            {
                improved = false;
                for (int axis = 0; axis < 3; axis++)
                {
                    foreach (double angle in (ReadOnlySpan<double>)[step, -step])
                    {
                        (Vector3D na, Vector3D nb, Vector3D nc) = Turn(a, b, c, axis, angle);
                        double candidate = BoxVolume(v, na, nb, nc);
                        evaluations++;
                        if (candidate < volume)
                        {
                            (volume, a, b, c) = (candidate, na, nb, nc);
                            improved = true;
                        }
                    }
                }
            }
        }

        return (volume, a, b, c);
    }

    /// <summary>The frame turned by <paramref name="angle"/> about its axis <paramref name="axis"/> (0 = a, 1 = b, 2 = c).</summary>
    private static (Vector3D, Vector3D, Vector3D) Turn(Vector3D a, Vector3D b, Vector3D c, int axis, double angle)
    {
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        return axis switch
        {
            0 => (a, b * cos + c * sin, c * cos - b * sin),
            1 => (a * cos - c * sin, b, c * cos + a * sin),
            _ => (a * cos + b * sin, b * cos - a * sin, c),
        };
    }

    private static double BoxVolume(IReadOnlyList<Vector3D> v, Vector3D a, Vector3D b, Vector3D c) =>
        Extent(v, a) * Extent(v, b) * Extent(v, c);

    /// <summary>max − min of the vertices projected on the unit direction <paramref name="axis"/>.</summary>
    private static double Extent(IReadOnlyList<Vector3D> v, Vector3D axis)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int i = 0; i < v.Count; i++)
        {
            double h = Vector3D.Dot(v[i], axis);
            low = Math.Min(low, h);
            high = Math.Max(high, h);
        }

        return high - low;
    }

    private static Vector3D Perpendicular(Vector3D n)
    {
        Vector3D axis = Math.Abs(n.X) < 0.9 ? new Vector3D(1, 0, 0) : new Vector3D(0, 1, 0);
        Vector3D p = Vector3D.Cross(n, axis);
        return p * (1 / p.Length);
    }

    /// <summary>
    /// The unit direction (in the plane) of the flush side of the minimum-area rectangle enclosing planar points: one
    /// side of that rectangle lies on a convex-hull edge (Freeman &amp; Shapira 1975).
    /// </summary>
    private static (double Dx, double Dy) MinimumAreaRectangle(double[] x, double[] y)
    {
        int[] hull = Hull2D(x, y);
        double bestArea = double.PositiveInfinity, bestDx = 1, bestDy = 0;
        for (int k = 0; k < hull.Length; k++)
        {
            int a = hull[k], b = hull[(k + 1) % hull.Length];
            double dx = x[b] - x[a], dy = y[b] - y[a], length = Math.Sqrt(dx * dx + dy * dy);
            if (length == 0)
            {
                continue;
            }

            dx /= length;
            dy /= length;
            double minP = double.PositiveInfinity, maxP = double.NegativeInfinity, minQ = double.PositiveInfinity, maxQ = double.NegativeInfinity;
            foreach (int i in hull)
            {
                double p = x[i] * dx + y[i] * dy, q = -x[i] * dy + y[i] * dx;
                minP = Math.Min(minP, p); maxP = Math.Max(maxP, p);
                minQ = Math.Min(minQ, q); maxQ = Math.Max(maxQ, q);
            }

            double area = (maxP - minP) * (maxQ - minQ);
            if (area < bestArea)
            {
                bestArea = area;
                (bestDx, bestDy) = (dx, dy);
            }
        }

        return (bestDx, bestDy);
    }

    /// <summary>Andrew's monotone chain on floating-point points (indices, counter-clockwise).</summary>
    private static int[] Hull2D(double[] x, double[] y)
    {
        int[] order = Enumerable.Range(0, x.Length).OrderBy(i => x[i]).ThenBy(i => y[i]).ToArray();
        if (order.Length < 3)
        {
            return order;
        }

        var hull = new int[2 * order.Length];
        int k = 0;
        double Cross(int o, int a, int b) => (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
        foreach (int p in order)
        {
            while (k >= 2 && Cross(hull[k - 2], hull[k - 1], p) <= 0)
            {
                k--;
            }

            hull[k++] = p;
        }

        for (int i = order.Length - 2, lower = k + 1; i >= 0; i--)
        {
            int p = order[i];
            while (k >= lower && Cross(hull[k - 2], hull[k - 1], p) <= 0)
            {
                k--;
            }

            hull[k++] = p;
        }

        return hull[..(k - 1)];
    }

    /// <summary>M_i = q_iᵀ X⁻¹ q_i for every point, X = Σ u q qᵀ, q = (p, 1); also leaves X⁻¹ in <paramref name="inverse"/>.</summary>
    private static bool Distances(IReadOnlyList<Vector3D> points, double[] u, double[] inverse, double[] distances)
    {
        var x = new double[16];
        Span<double> q = stackalloc double[4];
        for (int i = 0; i < points.Count; i++)
        {
            q[0] = points[i].X; q[1] = points[i].Y; q[2] = points[i].Z; q[3] = 1;
            for (int r = 0; r < 4; r++)
            {
                for (int c = 0; c < 4; c++)
                {
                    x[4 * r + c] += u[i] * q[r] * q[c];
                }
            }
        }

        if (!Invert4(x, inverse))
        {
            return false;
        }

        for (int i = 0; i < points.Count; i++)
        {
            q[0] = points[i].X; q[1] = points[i].Y; q[2] = points[i].Z; q[3] = 1;
            double m = 0;
            for (int r = 0; r < 4; r++)
            {
                for (int c = 0; c < 4; c++)
                {
                    m += q[r] * inverse[4 * r + c] * q[c];
                }
            }

            distances[i] = m;
        }

        return true;
    }

    /// <summary>Inverse of a 4×4 matrix by Gauss–Jordan elimination with partial pivoting; false when singular.</summary>
    private static bool Invert4(double[] m, double[] inverse)
    {
        Span<double> a = stackalloc double[32];
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                a[8 * r + c] = m[4 * r + c];
                a[8 * r + 4 + c] = r == c ? 1 : 0;
            }
        }

        for (int col = 0; col < 4; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < 4; r++)
            {
                if (Math.Abs(a[8 * r + col]) > Math.Abs(a[8 * pivot + col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[8 * pivot + col]) < 1e-300)
            {
                return false;
            }

            for (int c = 0; c < 8; c++)
            {
                (a[8 * col + c], a[8 * pivot + c]) = (a[8 * pivot + c], a[8 * col + c]);
            }

            double scale = 1 / a[8 * col + col];
            for (int c = 0; c < 8; c++)
            {
                a[8 * col + c] *= scale;
            }

            for (int r = 0; r < 4; r++)
            {
                if (r != col && a[8 * r + col] != 0)
                {
                    double factor = a[8 * r + col];
                    for (int c = 0; c < 8; c++)
                    {
                        a[8 * r + c] -= factor * a[8 * col + c];
                    }
                }
            }
        }

        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                inverse[4 * r + c] = a[8 * r + 4 + c];
            }
        }

        return true;
    }
}
