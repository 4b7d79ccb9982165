using System.Runtime.CompilerServices;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLSZM features of one kernel with PyRadiomics' voxel-mode semantics (<c>glszm.py</c>, <c>calculate_glszm</c>): zones
/// are the connected sets (26-connected, 8-connected in-plane with force2D) of kernel voxels of one grey level, grown
/// inside the kernel's box only. The zone matrix's <see cref="SizeMatrixCoefficients"/> go through the family's
/// <see cref="GlszmFeatures"/> formulas, the segment path's code.
/// </summary>
internal sealed class GlszmKernel : IVoxelKernel
{
    private readonly FeatureFormula<SizeMatrixCoefficients>[] _formulas;
    private readonly Index3[] _neighbours;
    private readonly int _stride;
    private readonly double[] _counts, _sizes, _rowSums, _columnSums;
    private readonly bool[] _done;
    private readonly int[] _stack;

    public GlszmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _formulas = GlszmFamily.Formulas(requested);
        _neighbours = VoxelDirections.For(image, [1], bidirectional: true);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _stride = capacity; // the largest zone fills the kernel
        _counts = new double[(capacity + 1) * _stride];
        _sizes = GreyLevelSizeMatrix.OneBased(_stride);
        _rowSums = new double[capacity + 1];
        _columnSums = new double[_stride];
        _done = new bool[capacity];
        _stack = new int[capacity];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        SizeMatrixCoefficients coefficients = SizeMatrixCoefficients.Compute(_counts.AsSpan(_stride, rows * _stride), _stride,
            kernel.LocalLevels.AsSpan(1, rows), _sizes.AsSpan(0, largest), _rowSums, _columnSums);
        for (int f = 0; f < _formulas.Length; f++)
        {
            values[f] = _formulas[f](coefficients);
        }
    }
}
