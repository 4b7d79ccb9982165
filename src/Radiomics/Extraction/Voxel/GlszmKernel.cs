using Radiomics.Features;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLSZM features of one kernel with PyRadiomics' voxel-mode semantics (<c>glszm.py</c>, <c>calculate_glszm</c>): zones
/// are the connected sets (26-connected, 8-connected in-plane with force2D) of kernel voxels of one grey level, grown
/// inside the kernel's box only. Formulas as in <see cref="Features.Texture.Glszm.GlszmFeatures"/>.
/// </summary>
internal sealed class GlszmKernel : IVoxelKernel
{
    public static readonly string[] Names =
    [
        "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "GrayLevelVariance", "HighGrayLevelZoneEmphasis",
        "LargeAreaEmphasis", "LargeAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis", "LowGrayLevelZoneEmphasis",
        "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized", "SmallAreaEmphasis", "SmallAreaHighGrayLevelEmphasis",
        "SmallAreaLowGrayLevelEmphasis", "ZoneEntropy", "ZonePercentage", "ZoneVariance",
    ];

    private readonly int[] _features;
    private readonly Index3[] _neighbours;
    private readonly int _stride;
    private readonly double[] _counts, _rowSums, _columnSums;
    private readonly bool[] _done;
    private readonly int[] _stack;

    public GlszmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _features = VoxelFeatureIndex.Resolve("glszm", Names, requested);
        _neighbours = VoxelDirections.For(image, [1], bidirectional: true);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _stride = capacity; // the largest zone fills the kernel
        _counts = new double[(capacity + 1) * _stride];
        _rowSums = new double[capacity + 1];
        _columnSums = new double[_stride];
        _done = new bool[capacity];
        _stack = new int[capacity];
    }

    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        int rows = kernel.LocalCount, n = kernel.Count;
        int sx = kernel.SizeX, sy = kernel.SizeY, sz = kernel.SizeZ;
        _counts.AsSpan(0, (rows + 1) * _stride).Clear();
        Array.Clear(_done, 0, n);
        int[] codes = kernel.Codes;
        int largest = 0;
        for (int start = 0; start < n; start++)
        {
            int code = codes[start];
            if (code == 0 || _done[start])
            {
                continue;
            }

            int top = 0, size = 0;
            _stack[top++] = start;
            _done[start] = true;
            while (top > 0)
            {
                int k = _stack[--top];
                size++;
                int x = k % sx, rest = k / sx, y = rest % sy, z = rest / sy;
                foreach (Index3 d in _neighbours)
                {
                    int nx = x + d.X, ny = y + d.Y, nz = z + d.Z;
                    if ((uint)nx >= (uint)sx || (uint)ny >= (uint)sy || (uint)nz >= (uint)sz)
                    {
                        continue;
                    }

                    int j = nx + sx * (ny + sy * nz);
                    if (!_done[j] && codes[j] == code)
                    {
                        _done[j] = true;
                        _stack[top++] = j;
                    }
                }
            }

            _counts[code * _stride + size - 1]++;
            largest = Math.Max(largest, size);
        }

        SizeMatrixSums.Compute(_counts, rows, largest, _stride, kernel.LocalLevels, _rowSums, _columnSums, out SizeMatrixSums s);
        Span<double> all = stackalloc double[16];
        all[0] = s.GreyNonUniformity;
        all[1] = s.GreyNonUniformity / s.Total;
        all[2] = s.GreyVariance;
        all[3] = s.HighGrey;
        all[4] = s.LargeEmphasis;
        all[5] = s.LargeHigh;
        all[6] = s.LargeLow;
        all[7] = s.LowGrey;
        all[8] = s.SizeNonUniformity;
        all[9] = s.SizeNonUniformity / s.Total;
        all[10] = s.SmallEmphasis;
        all[11] = s.SmallHigh;
        all[12] = s.SmallLow;
        all[13] = s.Entropy;
        all[14] = s.Total / s.Voxels;
        all[15] = s.SizeVariance;
        for (int f = 0; f < _features.Length; f++)
        {
            values[f] = all[_features[f]];
        }
    }
}
