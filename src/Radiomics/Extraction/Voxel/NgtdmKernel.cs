using System.Runtime.CompilerServices;
using Radiomics.Features;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// NGTDM features of one kernel with PyRadiomics' voxel-mode semantics (<c>ngtdm.py</c>, <c>calculate_ngtdm</c>): for
/// each kernel voxel of grey level i, <c>|i − Ā|</c> with Ā the mean grey level of its neighbours (offsets at the
/// <c>distances</c>, both ways) inside the kernel's box and the kernel (0 without neighbours), summed per grey level
/// into <c>sᵢ</c>; <c>pᵢ = nᵢ / N_vp</c>. Their <see cref="NgtdmCoefficients"/> go through the family's
/// <see cref="NgtdmFeatures"/> formulas, the segment path's code.
/// </summary>
internal sealed class NgtdmKernel : IVoxelKernel
{
    private readonly FeatureFormula<NgtdmCoefficients>[] _formulas;
    private readonly Index3[] _neighbours;
    private readonly double[] _n, _s, _p;

    public NgtdmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _formulas = NgtdmFamily.Formulas(requested);
        _neighbours = VoxelDirections.For(image, image.Settings.Features.Distances, bidirectional: true);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _n = new double[capacity + 1];
        _s = new double[capacity + 1];
        _p = new double[capacity + 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        int levelsCount = kernel.LocalCount;
        int sx = kernel.SizeX, sy = kernel.SizeY, sz = kernel.SizeZ;
        Array.Clear(_n, 0, levelsCount + 1);
        Array.Clear(_s, 0, levelsCount + 1);
        int[] codes = kernel.Codes;
        double[] levels = kernel.LocalLevels;
        int k = 0;
        double total = 0;
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

                    double count = 0, sum = 0;
                    foreach (Index3 d in _neighbours)
                    {
                        int nx = x + d.X, ny = y + d.Y, nz = z + d.Z;
                        if ((uint)nx >= (uint)sx || (uint)ny >= (uint)sy || (uint)nz >= (uint)sz)
                        {
                            continue;
                        }

                        int other = codes[nx + sx * (ny + sy * nz)];
                        if (other != 0)
                        {
                            count++;
                            sum += levels[other];
                        }
                    }

                    double difference = count == 0 ? 0 : Math.Abs(levels[code] - sum / count);
                    _n[code]++;
                    _s[code] += difference;
                    total++;
                }
            }
        }

        // Every kernel level has nᵢ > 0, so N_gp is the kernel's level count.
        for (int c = 1; c <= levelsCount; c++)
        {
            _p[c] = _n[c] / total;
        }

        NgtdmCoefficients coefficients = NgtdmCoefficients.Compute(levels.AsSpan(1, levelsCount), _p.AsSpan(1, levelsCount),
            _s.AsSpan(1, levelsCount), total);
        for (int f = 0; f < _formulas.Length; f++)
        {
            values[f] = _formulas[f](coefficients);
        }
    }
}
