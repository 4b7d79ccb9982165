using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// Draws a slice view as palette indices (<see cref="SlicePalette"/>): the windowed intensities, the tinted voxels, and
/// the region's outline: every pixel outside the region with a 4-neighbour inside it. The outline therefore encloses
/// exactly the region's pixels at any integer scale (a 4-connected fill from outside cannot cross it).
/// </summary>
internal static class SliceRenderer
{
    /// <summary>The pixels (row-major, top row first) and their size.</summary>
    public static (byte[] Pixels, int Width, int Height) Render(SliceRequest request, AxisScale columns, AxisScale rows)
    {
        int voxelWidth = request.Columns.Last - request.Columns.First + 1, voxelHeight = request.Rows.Last - request.Rows.First + 1;
        int cellsX = (voxelWidth + columns.Reduce - 1) / columns.Reduce, cellsY = (voxelHeight + rows.Reduce - 1) / rows.Reduce;
        var level = new byte[cellsX * cellsY];
        var inside = new bool[cellsX * cellsY];
        var tinted = new bool[cellsX * cellsY];
        var sums = new double[cellsX * cellsY];
        var counts = new int[cellsX * cellsY];
        Sample(request, columns, rows, cellsX, sums, counts, inside, tinted);
        double low = request.WindowLow, span = Math.Max(request.WindowHigh - request.WindowLow, double.Epsilon);
        for (int i = 0; i < level.Length; i++)
        {
            double t = (sums[i] / counts[i] - low) / span;
            int grey = double.IsNaN(t) ? 0 : (int)Math.Round(Math.Clamp(t, 0, 1) * (SlicePalette.Grays - 1));
            level[i] = tinted[i] ? SlicePalette.Tinted(grey) : SlicePalette.Gray(grey);
        }

        int width = cellsX * columns.Replicate, height = cellsY * rows.Replicate;
        var pixels = new byte[width * height];
        var mask = new bool[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int cell = y / rows.Replicate * cellsX + x / columns.Replicate;
                pixels[y * width + x] = level[cell];
                mask[y * width + x] = inside[cell];
            }
        }

        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = y * width + x;
                if (!mask[i] && ((x > 0 && mask[i - 1]) || (x + 1 < width && mask[i + 1]) || (y > 0 && mask[i - width]) || (y + 1 < height && mask[i + width])))
                {
                    pixels[i] = SlicePalette.Outline;
                }
            }
        }

        return (pixels, width, height);
    }

    /// <summary>Sums each cell's intensities and marks its region and tinted voxels, reading the stored voxels in their own type (no copy).</summary>
    private static void Sample(SliceRequest request, AxisScale columns, AxisScale rows, int cellsX, double[] sums, int[] counts, bool[] inside, bool[] tinted)
    {
        switch (request.Image.Voxels)
        {
            case byte[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case sbyte[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case short[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case ushort[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case int[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case uint[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case long[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case ulong[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case float[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            case double[] v: Sample(v, request, columns, rows, cellsX, sums, counts, inside, tinted); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }
    }

    private static void Sample<T>(T[] voxels, SliceRequest request, AxisScale columns, AxisScale rows, int cellsX, double[] sums, int[] counts, bool[] inside, bool[] tinted)
        where T : struct, System.Numerics.INumberBase<T>
    {
        PlaneLayout layout = request.Layout;
        Size3 size = request.Image.Geometry.Size;
        int components = request.Image.Components; // component 0 of a vector image
        int voxelWidth = request.Columns.Last - request.Columns.First + 1, voxelHeight = request.Rows.Last - request.Rows.First + 1;
        Span<int> at = stackalloc int[3];
        at[layout.Normal] = request.Slice;
        for (int v = 0; v < voxelHeight; v++)
        {
            at[layout.RowAxis] = layout.RowsAscend ? request.Rows.First + v : request.Rows.Last - v;
            for (int u = 0; u < voxelWidth; u++)
            {
                at[layout.ColumnAxis] = layout.ColumnsAscend ? request.Columns.First + u : request.Columns.Last - u;
                int cell = v / rows.Reduce * cellsX + u / columns.Reduce;
                sums[cell] += double.CreateTruncating(voxels[size.Offset(at[0], at[1], at[2]) * components]);
                counts[cell]++;
                // A reduced cell is inside when any of its voxels is, so thin parts of a region stay visible.
                inside[cell] |= request.Region.Contains(at[0], at[1], at[2]);
                tinted[cell] |= request.Tinted?.Contains(at[0], at[1], at[2]) == true;
            }
        }
    }
}
