using Radiomics.Features;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// NGTDM features of one kernel with PyRadiomics' voxel-mode semantics (<c>ngtdm.py</c>, <c>calculate_ngtdm</c>): for
/// each kernel voxel of grey level i, <c>|i − Ā|</c> with Ā the mean grey level of its neighbours (offsets at the
/// <c>distances</c>, both ways) inside the kernel's box and the kernel (0 without neighbours), summed per grey level
/// into <c>sᵢ</c>; <c>pᵢ = nᵢ / N_vp</c>. Formulas and edge cases as in <see cref="Features.Texture.Ngtdm.NgtdmFeatures"/>.
/// </summary>
internal sealed class NgtdmKernel : IVoxelKernel
{
    public static readonly string[] Names = ["Busyness", "Coarseness", "Complexity", "Contrast", "Strength"];

    private readonly int[] _features;
    private readonly Index3[] _neighbours;
    private readonly double[] _n, _s;

    public NgtdmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _features = VoxelFeatureIndex.Resolve("ngtdm", Names, requested);
        _neighbours = VoxelDirections.For(image, image.Settings.Features.Distances, bidirectional: true);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _n = new double[capacity + 1];
        _s = new double[capacity + 1];
    }

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
        double weighted = 0, sumS = 0;
        for (int c = 1; c <= levelsCount; c++)
        {
            weighted += _n[c] / total * _s[c];
            sumS += _s[c];
        }

        double spread = 0, busyDenominator = 0, complexity = 0, strength = 0;
        for (int a = 1; a <= levelsCount; a++)
        {
            double pa = _n[a] / total, ia = levels[a];
            for (int b = 1; b <= levelsCount; b++)
            {
                double pb = _n[b] / total, ib = levels[b];
                double d = ia - ib;
                spread += pa * pb * d * d;
                busyDenominator += Math.Abs(ia * pa - ib * pb);
                complexity += Math.Abs(d) * (pa * _s[a] + pb * _s[b]) / (pa + pb);
                strength += (pa + pb) * d * d;
            }
        }

        Span<double> all = stackalloc double[5];
        all[0] = busyDenominator == 0 ? 0 : weighted / busyDenominator;
        all[1] = weighted == 0 ? 1_000_000 : 1 / weighted;
        all[2] = complexity / total;
        all[3] = levelsCount <= 1 ? 0 : spread / (levelsCount * (levelsCount - 1.0)) * (sumS / total);
        all[4] = sumS == 0 ? 0 : strength / sumS;
        for (int f = 0; f < _features.Length; f++)
        {
            values[f] = all[_features[f]];
        }
    }
}
