using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// The lines of a kernel's box along each direction: for direction a, the box index where each line starts (stepping
/// back from it leaves the box) and how many voxels it holds, visited in the box's raster order of their starts. The
/// box is the same for every interior kernel, so the lines are worked out once and again only when
/// <see cref="Fit(int, int, int)"/> sees another box size (a kernel clipped at the image's border).
/// </summary>
internal sealed class KernelLines
{
    private readonly Index3[] _directions;
    private readonly int[][] _starts, _lengths;
    private readonly int[] _lineCounts, _steps;
    private int _sx, _sy, _sz;

    /// <summary>Lines along <paramref name="directions"/> in boxes of at most <paramref name="capacity"/> voxels.</summary>
    public KernelLines(Index3[] directions, int capacity)
    {
        _directions = directions;
        _starts = directions.Select(_ => new int[capacity]).ToArray();
        _lengths = directions.Select(_ => new int[capacity]).ToArray();
        _lineCounts = new int[directions.Length];
        _steps = new int[directions.Length];
    }

    /// <summary>Works the lines out for <paramref name="kernel"/>'s box unless they are those of a box of its size.</summary>
    public void Fit(KernelScratch kernel) => Fit(kernel.SizeX, kernel.SizeY, kernel.SizeZ);

    /// <summary>Works the lines out for a box of <paramref name="sx"/> × <paramref name="sy"/> × <paramref name="sz"/> voxels
    /// (x fastest) unless they are those of a box of that size.</summary>
    public void Fit(int sx, int sy, int sz)
    {
        if (sx == _sx && sy == _sy && sz == _sz)
        {
            return;
        }

        for (int a = 0; a < _directions.Length; a++)
        {
            Index3 d = _directions[a];
            _steps[a] = d.X + sx * (d.Y + sy * d.Z);
            _lineCounts[a] = Lines(d, sx, sy, sz, _starts[a], _lengths[a]);
        }

        (_sx, _sy, _sz) = (sx, sy, sz);
    }

    /// <summary>The box index of each line's first voxel along direction <paramref name="a"/>.</summary>
    public ReadOnlySpan<int> Starts(int a) => _starts[a].AsSpan(0, _lineCounts[a]);

    /// <summary>The number of voxels of each line along direction <paramref name="a"/>.</summary>
    public ReadOnlySpan<int> Lengths(int a) => _lengths[a].AsSpan(0, _lineCounts[a]);

    /// <summary>The box index step along direction <paramref name="a"/>.</summary>
    public int Step(int a) => _steps[a];

    private static int Lines(Index3 d, int sx, int sy, int sz, int[] starts, int[] lengths)
    {
        int count = 0;
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++)
                {
                    if (Inside(x - d.X, y - d.Y, z - d.Z, sx, sy, sz))
                    {
                        continue; // not a line's first voxel
                    }

                    int length = 0;
                    for (int cx = x, cy = y, cz = z; Inside(cx, cy, cz, sx, sy, sz); cx += d.X, cy += d.Y, cz += d.Z)
                    {
                        length++;
                    }

                    starts[count] = x + sx * (y + sy * z);
                    lengths[count++] = length;
                }
            }
        }

        return count;
    }

    private static bool Inside(int x, int y, int z, int sx, int sy, int sz) =>
        (uint)x < (uint)sx && (uint)y < (uint)sy && (uint)z < (uint)sz;
}
