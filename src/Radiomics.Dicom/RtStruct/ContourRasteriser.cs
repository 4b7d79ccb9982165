using System.Globalization;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Dicom.RtStruct;

/// <summary>
/// Rasterises CLOSED_PLANAR contours onto an image grid. Each contour's points are mapped to continuous voxel
/// indices (i, j, k) of the grid; the contour goes to the nearest slice round(k) (so a contour between slices is
/// matched within half a slice spacing). On each slice a voxel is inside when its centre (i, j) is inside the
/// polygons by the even-odd rule over all the slice's contours together: holes and nested contours need no flags.
/// A horizontal ray test decides "inside" (edges counted when they cross the row at y = j with the half-open rule
/// y0 ≤ j &lt; y1, a crossing at x counting when x &gt; i), so a centre exactly on a left edge is inside and on a
/// right edge outside.
/// </summary>
public static class ContourRasteriser
{
    /// <summary>How far (in slices) a contour's points may stray from its mean slice index before it is called non-planar.</summary>
    public const double PlanarTolerance = 0.25;

    /// <summary>The binary mask (1 inside) of <paramref name="contours"/> on <paramref name="geometry"/>.</summary>
    /// <param name="contours">The contours (points in mm, patient LPS); only CLOSED_PLANAR ones are drawn.</param>
    /// <param name="geometry">The image grid the mask is made on.</param>
    /// <param name="notes">Receives one line per kind of contour ignored (not CLOSED_PLANAR, outside the slices).</param>
    /// <param name="path">The structure set's file, for messages.</param>
    /// <param name="buffers">When given, the mask's buffer is taken from it (and cleared) instead of allocated.</param>
    /// <exception cref="DicomFormatException">A contour is not planar (its points stray more than <see cref="PlanarTolerance"/> slices).</exception>
    public static Volume<byte> Rasterise(IEnumerable<RtContour> contours, ImageGeometry geometry, List<string> notes, string path, VoxelBufferPool? buffers = null)
    {
        Volume<byte> mask = MaskVolumes.Zeroed(geometry, buffers);
        var edgesBySlice = new Dictionary<int, List<(double X0, double Y0, double X1, double Y1)>>();
        int outside = 0, ignored = 0;
        foreach (RtContour contour in contours)
        {
            if (contour.GeometricType != "CLOSED_PLANAR" || contour.PointCount < 3)
            {
                ignored++;
                continue;
            }

            int n = contour.PointCount;
            var xs = new double[n];
            var ys = new double[n];
            double kSum = 0, kMin = double.MaxValue, kMax = double.MinValue;
            for (int p = 0; p < n; p++)
            {
                Vector3D index = geometry.PhysicalToContinuousIndex(new Vector3D(contour.Points[3 * p], contour.Points[3 * p + 1], contour.Points[3 * p + 2]));
                xs[p] = index.X;
                ys[p] = index.Y;
                kSum += index.Z;
                kMin = Math.Min(kMin, index.Z);
                kMax = Math.Max(kMax, index.Z);
            }

            if (kMax - kMin > 2 * PlanarTolerance)
            {
                throw new DicomFormatException(DicomProblem.Unsupported, path,
                    string.Create(CultureInfo.InvariantCulture, $"a contour spans slice indices {kMin:G4}–{kMax:G4}: it does not lie in the image's slice planes (a structure drawn on another orientation?)"));
            }

            int slice = (int)Math.Round(kSum / n, MidpointRounding.AwayFromZero);
            if (slice < 0 || slice >= geometry.Size.Z)
            {
                outside++;
                continue;
            }

            if (!edgesBySlice.TryGetValue(slice, out var edges))
            {
                edgesBySlice[slice] = edges = new List<(double, double, double, double)>();
            }

            for (int p = 0; p < n; p++)
            {
                int q = p + 1 == n ? 0 : p + 1;
                edges.Add((xs[p], ys[p], xs[q], ys[q]));
            }
        }

        if (ignored > 0)
        {
            notes.Add($"{ignored} contour(s) that are not CLOSED_PLANAR polygons (points, open contours) were ignored");
        }

        if (outside > 0)
        {
            notes.Add($"{outside} contour(s) lie outside the image's slices and were ignored");
        }

        var crossings = new List<double>();
        foreach (var (slice, edges) in edgesBySlice)
        {
            Span<byte> plane = mask.Slice(slice);
            FillSlice(edges, geometry.Size.X, geometry.Size.Y, plane, crossings);
        }

        return mask;
    }

    private static void FillSlice(List<(double X0, double Y0, double X1, double Y1)> edges, int width, int height, Span<byte> plane, List<double> crossings)
    {
        double yMin = double.MaxValue, yMax = double.MinValue;
        foreach (var e in edges)
        {
            yMin = Math.Min(yMin, Math.Min(e.Y0, e.Y1));
            yMax = Math.Max(yMax, Math.Max(e.Y0, e.Y1));
        }

        int rowStart = Math.Max(0, (int)Math.Floor(yMin));
        int rowEnd = Math.Min(height - 1, (int)Math.Ceiling(yMax));
        for (int j = rowStart; j <= rowEnd; j++)
        {
            crossings.Clear();
            foreach (var (x0, y0, x1, y1) in edges)
            {
                if ((y0 <= j) != (y1 <= j))
                {
                    crossings.Add(x0 + (j - y0) * (x1 - x0) / (y1 - y0));
                }
            }

            crossings.Sort();
            Span<byte> row = plane.Slice(j * width, width);
            for (int c = 0; c + 1 < crossings.Count; c += 2)
            {
                // Centres i with crossings[c] ≤ i < crossings[c+1] have an odd number of crossings to their right.
                int first = Math.Max(0, (int)Math.Ceiling(crossings[c]));
                int last = Math.Min(width - 1, (int)Math.Ceiling(crossings[c + 1]) - 1);
                for (int i = first; i <= last; i++)
                {
                    row[i] = 1;
                }
            }
        }
    }
}
