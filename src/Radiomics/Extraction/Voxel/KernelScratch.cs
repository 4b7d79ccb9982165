namespace Radiomics.Extraction.Voxel;

/// <summary>
/// One thread's working copy of a kernel: the box of the map grid within <c>kernelRadius</c> of the centre voxel
/// (clipped to the grid, flat along the force2D axis), each box voxel's intensity and a compact code for its grey level
/// (1 … <see cref="LocalCount"/>, 0 for voxels outside the kernel), and the grey levels those codes stand for. Buffers
/// are sized once for the largest box and reused for every voxel, so loading a kernel allocates nothing.
/// </summary>
internal sealed class KernelScratch
{
    private readonly VoxelImage _image;
    private readonly int[] _localOfLevel;

    public KernelScratch(VoxelImage image)
    {
        _image = image;
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        Codes = new int[capacity];
        Values = new double[capacity];
        LocalLevels = new double[capacity + 1];
        _localOfLevel = new int[image.MaxLevel + 1];
    }

    /// <summary>Box extent along x, y and z.</summary>
    public int SizeX { get; private set; }

    public int SizeY { get; private set; }

    public int SizeZ { get; private set; }

    /// <summary>Voxels in the box (<c>SizeX · SizeY · SizeZ</c>).</summary>
    public int Count { get; private set; }

    /// <summary>Grey-level code per box voxel, x fastest: 1 … <see cref="LocalCount"/>, 0 outside the kernel.</summary>
    public int[] Codes { get; }

    /// <summary>Intensity per box voxel (meaningful where the code is non-zero).</summary>
    public double[] Values { get; }

    /// <summary>Distinct grey levels in the kernel.</summary>
    public int LocalCount { get; private set; }

    /// <summary>The grey level of code <c>c</c> at index <c>c</c> (index 0 unused).</summary>
    public double[] LocalLevels { get; }

    /// <summary>Voxels in the kernel (box voxels with a non-zero code).</summary>
    public int MemberCount { get; private set; }

    public VoxelImage Image => _image;

    /// <summary>Loads the kernel centred on map position <paramref name="position"/>.</summary>
    public void Load(int position)
    {
        for (int c = 1; c <= LocalCount; c++)
        {
            _localOfLevel[(int)LocalLevels[c]] = 0;
        }

        LocalCount = 0;
        MemberCount = 0;
        var size = _image.Size;
        int x = position % size.X, rest = position / size.X;
        int y = rest % size.Y, z = rest / size.Y;
        int x0 = Math.Max(0, x - _image.Radius.X), x1 = Math.Min(size.X - 1, x + _image.Radius.X);
        int y0 = Math.Max(0, y - _image.Radius.Y), y1 = Math.Min(size.Y - 1, y + _image.Radius.Y);
        int z0 = Math.Max(0, z - _image.Radius.Z), z1 = Math.Min(size.Z - 1, z + _image.Radius.Z);
        SizeX = x1 - x0 + 1;
        SizeY = y1 - y0 + 1;
        SizeZ = z1 - z0 + 1;
        Count = SizeX * SizeY * SizeZ;
        int[] levels = _image.Levels;
        byte[] member = _image.KernelMember;
        double[] intensities = _image.Intensities;
        int k = 0;
        for (int zz = z0; zz <= z1; zz++)
        {
            for (int yy = y0; yy <= y1; yy++)
            {
                int row = size.Offset(x0, yy, zz);
                for (int i = 0; i < SizeX; i++, k++)
                {
                    int source = row + i;
                    if (member[source] == 0)
                    {
                        Codes[k] = 0;
                        continue;
                    }

                    int level = levels[source];
                    int code = _localOfLevel[level];
                    if (code == 0)
                    {
                        code = ++LocalCount;
                        _localOfLevel[level] = code;
                        LocalLevels[code] = level;
                    }

                    Codes[k] = code;
                    Values[k] = intensities[source];
                    MemberCount++;
                }
            }
        }
    }

    /// <summary>The box index of the neighbour at (dx, dy, dz) from box index <paramref name="index"/>, or −1 outside the box.</summary>
    public int Neighbour(int index, int dx, int dy, int dz)
    {
        int x = index % SizeX, rest = index / SizeX;
        int y = rest % SizeY, z = rest / SizeY;
        x += dx;
        y += dy;
        z += dz;
        if ((uint)x >= (uint)SizeX || (uint)y >= (uint)SizeY || (uint)z >= (uint)SizeZ)
        {
            return -1;
        }

        return x + SizeX * (y + SizeY * z);
    }
}
