using Radiomics.Features.Shape;
using Radiomics.Imaging;

namespace Radiomics.Features.Shape2D;

/// <summary>
/// PyRadiomics' marching squares (radiomics/src/cshape.c, <c>calculate_coefficients2D</c>) on a single-slice ROI:
/// the slice (numpy axes other than <c>force2Ddimension</c>, in numpy order) padded by one pixel, vertices at edge
/// midpoints, the 16-case line table, surface as the signed sum of origin triangles, perimeter as the sum of line
/// lengths, diameter over the vertices (via the lattice hull, equal to the brute force).
/// </summary>
public static class MarchingSquares
{
    /// <summary>Line segments of square configuration c as pairs of edge numbers, terminated by -1 (PyRadiomics' table).</summary>
    private static ReadOnlySpan<sbyte> Lines =>
    [
        -1, -1, -1, -1, -1,
        3, 0, -1, -1, -1,
        0, 1, -1, -1, -1,
        3, 1, -1, -1, -1,
        1, 2, -1, -1, -1,
        1, 2, 3, 0, -1,
        0, 2, -1, -1, -1,
        3, 2, -1, -1, -1,
        2, 3, -1, -1, -1,
        2, 0, -1, -1, -1,
        0, 1, 2, 3, -1,
        2, 1, -1, -1, -1,
        1, 3, -1, -1, -1,
        1, 0, -1, -1, -1,
        0, 3, -1, -1, -1,
        -1, -1, -1, -1, -1,
    ];

    /// <summary>Edge midpoints of a square, doubled, (row, column); corners are p0 (0,0), p1 (0,1), p2 (1,1), p3 (1,0).</summary>
    private static ReadOnlySpan<byte> EdgeMidpointsDoubled => [0, 1, 1, 2, 2, 1, 1, 0];

    /// <summary>
    /// Measures the ROI of <paramref name="mask"/>, which must span a single slice along numpy axis
    /// <paramref name="force2DDimension"/> (0 = z, 1 = y, 2 = x). Null when the mask is empty.
    /// </summary>
    /// <exception cref="ExtractionException">The ROI spans more than one slice along that axis (PyRadiomics' ValueError).</exception>
    public static PlanarMeasures? Measure(Volume<byte> mask, int force2DDimension)
    {
        if ((uint)force2DDimension > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(force2DDimension), "force2Ddimension must be 0, 1 or 2.");
        }

        if (BoundingBox.Of(mask) is not BoundingBox box)
        {
            return null;
        }

        int dropped = 2 - force2DDimension;          // ITK axis of the numpy axis dropped
        if (box.Size[dropped] > 1)
        {
            throw new ExtractionException(FormattableString.Invariant(
                $"featureClass 'shape2D' measures a ROI one slice thick along force2Ddimension {force2DDimension}, but the ROI spans {box.Size[dropped]} slices along it; remove shape2D or use a single-slice mask"));
        }

        int rowAxis = dropped == 2 ? 1 : 2;            // the slower remaining numpy axis
        int columnAxis = dropped == 0 ? 1 : 0;         // the faster remaining numpy axis
        int nr = box.Size[rowAxis] + 2, nc = box.Size[columnAxis] + 2;
        var pixels = new byte[nr * nc];
        long count = 0, sumR = 0, sumC = 0, sumRR = 0, sumCC = 0, sumRC = 0;
        for (int r = 1; r < nr - 1; r++)
        {
            for (int c = 1; c < nc - 1; c++)
            {
                Index3 index = box.Lower.With(rowAxis, box.Lower[rowAxis] + r - 1).With(columnAxis, box.Lower[columnAxis] + c - 1);
                if (mask[index] != 0)
                {
                    pixels[r * nc + c] = 1;
                    count++;
                    sumR += r;
                    sumC += c;
                    sumRR += (long)r * r;
                    sumCC += (long)c * c;
                    sumRC += (long)r * c;
                }
            }
        }

        double sr = mask.Geometry.Spacing[rowAxis], sc = mask.Geometry.Spacing[columnAxis];
        (double surface, double perimeter) = SurfaceAndPerimeter(pixels, nr, nc, sr, sc);
        double diameter = Diameter(pixels, nr, nc, sr, sc);

        double n2 = (double)count * count;
        double covRR = (double)((Int128)count * sumRR - (Int128)sumR * sumR) / n2 * (sr * sr);
        double covCC = (double)((Int128)count * sumCC - (Int128)sumC * sumC) / n2 * (sc * sc);
        double covRC = (double)((Int128)count * sumRC - (Int128)sumR * sumC) / n2 * (sr * sc);
        double[] eigenvalues = PrincipalAxes.Eigenvalues2(covRR, covRC, covCC);
        return new PlanarMeasures(surface, perimeter, diameter, count, sr, sc, eigenvalues);
    }

    private static (double Surface, double Perimeter) SurfaceAndPerimeter(byte[] pixels, int nr, int nc, double sr, double sc)
    {
        Span<long> count = stackalloc long[16];
        Span<long> sumR = stackalloc long[16];
        Span<long> sumC = stackalloc long[16];
        count.Clear();
        sumR.Clear();
        sumC.Clear();
        for (int r = 0; r < nr - 1; r++)
        {
            ReadOnlySpan<byte> top = pixels.AsSpan(r * nc, nc), bottom = pixels.AsSpan((r + 1) * nc, nc);
            for (int c = 0; c < nc - 1; c++)
            {
                int square = top[c] | (top[c + 1] << 1) | (bottom[c + 1] << 2) | (bottom[c] << 3);
                if (square == 0 || square == 15)
                {
                    continue;
                }

                count[square]++;
                sumR[square] += r;
                sumC[square] += c;
            }
        }

        // Per line a = p + u, b = p + w: cross(a, b) = cross(p, w − u) + cross(u, w) (see MarchingCubes for the idea).
        ReadOnlySpan<sbyte> lines = Lines;
        ReadOnlySpan<byte> mid = EdgeMidpointsDoubled;
        double surface = 0, perimeter = 0;
        for (int square = 1; square < 15; square++)
        {
            if (count[square] == 0)
            {
                continue;
            }

            double dr = 0, dc = 0, own = 0, length = 0;
            for (int t = square * 5; lines[t] >= 0; t += 2)
            {
                double ur = mid[lines[t] * 2] * 0.5 * sr, uc = mid[lines[t] * 2 + 1] * 0.5 * sc;
                double wr = mid[lines[t + 1] * 2] * 0.5 * sr, wc = mid[lines[t + 1] * 2 + 1] * 0.5 * sc;
                dr += wr - ur;
                dc += wc - uc;
                own += ur * wc - wr * uc;
                length += Math.Sqrt((ur - wr) * (ur - wr) + (uc - wc) * (uc - wc));
            }

            double pr = sumR[square] * sr, pc = sumC[square] * sc;
            surface += pr * dc - dr * pc + count[square] * own;
            perimeter += count[square] * length;
        }

        return (surface / 2, perimeter);
    }

    /// <summary>Largest distance between vertices: row ends of the half-pixel lattice, their hull, rotating calipers.</summary>
    private static double Diameter(byte[] pixels, int nr, int nc, double sr, double sc)
    {
        int rows = 2 * nr - 1;
        var u = new long[2 * rows];
        var v = new long[2 * rows];
        int n = 0;
        for (int lr = 0; lr < rows; lr++)
        {
            int r = lr >> 1;
            ReadOnlySpan<byte> row = pixels.AsSpan(r * nc, nc);
            int lo, hi;
            if ((lr & 1) == 0)
            {
                // Vertices on edges along the row: just outside the first and last ROI pixel.
                int first = row.IndexOf((byte)1);
                if (first < 0)
                {
                    continue;
                }

                lo = 2 * first - 1;
                hi = 2 * row.LastIndexOf((byte)1) + 1;
            }
            else
            {
                // Vertices on edges between rows r and r + 1: where the two rows differ.
                ReadOnlySpan<byte> below = pixels.AsSpan((r + 1) * nc, nc);
                int first = -1, last = -1;
                for (int c = 0; c < nc; c++)
                {
                    if (row[c] != below[c])
                    {
                        if (first < 0)
                        {
                            first = c;
                        }

                        last = c;
                    }
                }

                if (first < 0)
                {
                    continue;
                }

                lo = 2 * first;
                hi = 2 * last;
            }

            u[n] = lo;
            v[n++] = lr;
            if (hi != lo)
            {
                u[n] = hi;
                v[n++] = lr;
            }
        }

        var hull = new int[n + 1];
        int h = ConvexHull2D.BuildSorted(u.AsSpan(0, n), v.AsSpan(0, n), hull);
        var hu = new long[h];
        var hv = new long[h];
        for (int k = 0; k < h; k++)
        {
            hu[k] = u[hull[k]];
            hv[k] = v[hull[k]];
        }

        return Math.Sqrt(ConvexHull2D.MaximumDistanceSquaredOnHull(hu, hv, sc, sr));
    }
}
