using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Finds the zones of a <see cref="TextureGrid"/>: maximal sets of ROI voxels of one grey level connected through a
/// neighbourhood, by flood fill from each unvisited ROI voxel in grid order. A voxel is marked visited (its code in a
/// working copy set to 0) when it joins a zone, so one comparison finds the unvisited neighbours of the zone's level.
/// </summary>
/// <remarks>
/// When the neighbourhood is a whole 3×3×3 cube, or a 3×3 square in an x–y or x–z plane (less offsets that leave the
/// ROI's bounding box, which reach only padding), the neighbours are compared a row of three at a time: one 4-wide
/// vector comparison per row gives a bit mask of the neighbours that join, and only those are visited. This takes
/// the unpredictable branch on each neighbour out of the loop. Any other neighbourhood is walked one offset at a time.
/// </remarks>
internal static class ZoneFinder
{
    /// <summary>
    /// Writes the zones as (slice, code, size) triples into <paramref name="zones"/> (room for three entries per ROI
    /// voxel) and returns their number; the slice is the coordinate along <paramref name="sliceAxis"/> (0 without one).
    /// </summary>
    /// <remarks>Neighbourhoods that <see cref="ZoneLabelling"/> serves (the cube or a square) are labelled there, faster.</remarks>
    public static int Find(TextureGrid grid, Index3[] neighbours, int? sliceAxis, Span<int> zones, out int maxSize)
    {
        int labelled = ZoneLabelling.Find(grid, neighbours, sliceAxis, zones, out maxSize);
        if (labelled >= 0)
        {
            return labelled;
        }

        return FloodFill(grid, neighbours, sliceAxis, zones, out maxSize);
    }

    /// <summary><see cref="Find"/> by flood fill (any neighbourhood).</summary>
    internal static int FloodFill(TextureGrid grid, Index3[] neighbours, int? sliceAxis, Span<int> zones, out int maxSize)
    {
        // A working copy of the codes, with their slack (the 4-wide row loads of the last voxels read into it). Both
        // scratch buffers are pooled (large-object-heap sized for big ROIs).
        int[] codes = System.Buffers.ArrayPool<int>.Shared.Rent(grid.Codes.Length);
        grid.Codes.CopyTo(codes, 0);
        int[] stack = System.Buffers.ArrayPool<int>.Shared.Rent(grid.RoiCount + 1);
        int zoneCount = 0;
        maxSize = 1;
        int[]? rows = Vector128.IsHardwareAccelerated ? RowStarts(grid, neighbours) : null;
        int[] steps = neighbours.Select(grid.Step).ToArray();
        foreach (int seed in grid.RoiPositions)
        {
            int code = codes[seed];
            if (code == 0)
            {
                continue;
            }

            codes[seed] = 0;
            stack[0] = seed;
            int size = rows is null ? FillByOffsets(codes, stack, steps, code) : FillByRows(codes, stack, rows, code);
            maxSize = Math.Max(maxSize, size);
            zones[3 * zoneCount] = sliceAxis is int a ? grid.Coordinate(seed, a) : 0;
            zones[(3 * zoneCount) + 1] = code;
            zones[(3 * zoneCount) + 2] = size;
            zoneCount++;
        }

        System.Buffers.ArrayPool<int>.Shared.Return(codes);
        System.Buffers.ArrayPool<int>.Shared.Return(stack);
        return zoneCount;
    }

    /// <summary>The flood fill from <c>stack[0]</c>, one neighbour offset at a time; returns the zone's size.</summary>
    private static int FillByOffsets(int[] codes, int[] stack, int[] steps, int code)
    {
        int top = 1, size = 0;
        while (top > 0)
        {
            int p = stack[--top];
            size++;
            foreach (int step in steps)
            {
                int q = p + step;
                if (codes[q] == code)
                {
                    codes[q] = 0;
                    stack[top++] = q;
                }
            }
        }

        return size;
    }

    /// <summary>
    /// The flood fill from <c>stack[0]</c>, a row of three neighbours (x − 1, x, x + 1) at a time: for each row start
    /// r (relative to the voxel, pointing at x − 1), lanes 0–2 of the 4-wide comparison are the row's neighbours, and
    /// bit <c>4k + lane</c> of the mask stands for row k. Unchecked access: every row stays inside the padded grid and its
    /// slack, and the stack never holds more than the ROI's voxels.
    /// </summary>
    private static int FillByRows(int[] codes, int[] stack, int[] rows, int code)
    {
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref int stack0 = ref MemoryMarshal.GetArrayDataReference(stack);
        ref int row0 = ref MemoryMarshal.GetArrayDataReference(rows);
        var wanted = Vector128.Create(code);
        int rowCount = rows.Length;
        int top = 1, size = 0;
        while (top > 0)
        {
            int p = Unsafe.Add(ref stack0, --top);
            size++;
            ulong joining = 0;
            for (int k = 0; k < rowCount; k++)
            {
                var row = Vector128.LoadUnsafe(ref code0, (nuint)(p + Unsafe.Add(ref row0, k)));
                joining |= (ulong)(Vector128.Equals(row, wanted).ExtractMostSignificantBits() & 0b0111) << (4 * k);
            }

            while (joining != 0)
            {
                int bit = BitOperations.TrailingZeroCount(joining);
                joining &= joining - 1;
                int q = p + Unsafe.Add(ref row0, bit >> 2) + (bit & 3);
                Unsafe.Add(ref code0, q) = 0;
                Unsafe.Add(ref stack0, top++) = q;
            }
        }

        return size;
    }

    /// <summary>
    /// The row starts (step to x − 1 of each neighbour row) when <paramref name="neighbours"/> is the 3×3×3 cube or a
    /// 3×3 square with x among its axes, each less offsets that leave the bounding box; otherwise null.
    /// </summary>
    private static int[]? RowStarts(TextureGrid grid, Index3[] neighbours)
    {
        if (grid.Padding < 1 || neighbours.Length == 0 || neighbours.Any(o => TextureDirections.ChebyshevLength(o) != 1))
        {
            return null;
        }

        // The neighbourhood must be every offset of the cube (or square: axes y or z never moved count as flat) that
        // stays within the bounding box, so that the offsets a row adds reach only padding.
        bool moveY = neighbours.Any(o => o.Y != 0), moveZ = neighbours.Any(o => o.Z != 0);
        bool moveX = neighbours.Any(o => o.X != 0);
        if (!moveX && grid.Box.X > 1)
        {
            return null; // a y–z plane: its rows do not run along x
        }

        var expected = new HashSet<Index3>();
        for (int dz = moveZ ? -1 : 0; dz <= (moveZ ? 1 : 0); dz++)
        {
            for (int dy = moveY ? -1 : 0; dy <= (moveY ? 1 : 0); dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    var o = new Index3(dx, dy, dz);
                    if ((dx, dy, dz) != (0, 0, 0) && Math.Abs(dx) < grid.Box.X && Math.Abs(dy) < grid.Box.Y && Math.Abs(dz) < grid.Box.Z)
                    {
                        expected.Add(o);
                    }
                }
            }
        }

        if (neighbours.Length != expected.Count || !neighbours.All(expected.Contains))
        {
            return null;
        }

        var rows = new List<int>();
        for (int dz = moveZ ? -1 : 0; dz <= (moveZ ? 1 : 0); dz++)
        {
            for (int dy = moveY ? -1 : 0; dy <= (moveY ? 1 : 0); dy++)
            {
                rows.Add(grid.Step(new Index3(-1, dy, dz)));
            }
        }

        return rows.ToArray();
    }
}
