using System.Runtime.CompilerServices;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLDM features of one kernel with PyRadiomics' voxel-mode semantics (<c>gldm.py</c>, <c>calculate_gldm</c>): for each
/// kernel voxel, the number of its neighbours (every offset at the <c>distances</c>, both ways) inside the kernel's box
/// and the kernel whose grey level differs by at most <c>gldm_a</c>; dependence size = that number + 1. The dependence
/// matrix's <see cref="SizeMatrixCoefficients"/> go through the family's <see cref="GldmFeatures"/> formulas.
/// </summary>
internal sealed class GldmKernel : IVoxelKernel
{
    private readonly FeatureFormula<SizeMatrixCoefficients>[] _formulas;
    private readonly Index3[] _neighbours;
    private readonly double _alpha;
    private readonly int _stride;
    private readonly double[] _counts, _sizes, _rowSums, _columnSums;

    public GldmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _formulas = GldmFamily.Formulas(requested);
        _neighbours = VoxelDirections.For(image, image.Settings.Features.Distances, bidirectional: true);
        _alpha = image.Settings.Features.GldmA;
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _stride = _neighbours.Length + 1;
        _counts = new double[(capacity + 1) * _stride];
        _sizes = GreyLevelSizeMatrix.OneBased(_stride);
        _rowSums = new double[capacity + 1];
        _columnSums = new double[_stride];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        int rows = kernel.LocalCount;
        int sx = kernel.SizeX, sy = kernel.SizeY, sz = kernel.SizeZ;
        _counts.AsSpan(0, (rows + 1) * _stride).Clear();
        int[] codes = kernel.Codes;
        double[] levels = kernel.LocalLevels;
        int k = 0, largest = 0;
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++, k++)
                {
                    int code = codes[k];
                    if (code == 0)
                    {
                        continue;
                    }

                    int dependent = 0;
                    double level = levels[code];
                    foreach (Index3 d in _neighbours)
                    {
                        int nx = x + d.X, ny = y + d.Y, nz = z + d.Z;
                        if ((uint)nx >= (uint)sx || (uint)ny >= (uint)sy || (uint)nz >= (uint)sz)
                        {
                            continue;
                        }

                        int other = codes[nx + sx * (ny + sy * nz)];
                        if (other != 0 && Math.Abs(level - levels[other]) <= _alpha)
                        {
                            dependent++;
                        }
                    }

                    _counts[code * _stride + dependent]++;
                    largest = Math.Max(largest, dependent + 1);
                }
            }
        }

        SizeMatrixCoefficients coefficients = SizeMatrixCoefficients.Compute(_counts.AsSpan(_stride, rows * _stride), _stride,
            levels.AsSpan(1, rows), _sizes.AsSpan(0, largest), _rowSums, _columnSums);
        for (int f = 0; f < _formulas.Length; f++)
        {
            values[f] = _formulas[f](coefficients);
        }
    }
}
