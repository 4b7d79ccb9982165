using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLCM features of one kernel with PyRadiomics' voxel-mode semantics (<c>glcm.py</c> with <c>cmatrices.c</c>): one
/// co-occurrence matrix per direction, counting pairs of kernel voxels whose neighbour lies in the kernel's box; grey
/// levels from the one discretisation of the ROI, <c>N_g</c> the highest of them; symmetric by default; each feature is
/// the NaN-mean over the directions of its per-matrix value (an empty direction gives NaN), or, with a
/// <c>weightingNorm</c>, the value on the weighted sum of the matrices. Formulas as in <see cref="GlcmFeatures"/>; the
/// matrix is kept sparse (the pairs of one kernel touch few grey-level combinations) and every buffer is reused.
/// JointAverage is a plain mean over the directions and MCC fails for a whole batch on an empty direction in PyRadiomics;
/// <see cref="GlcmBatchQuirks"/> applies both after the kernels, from the directions recorded here.
/// </summary>
internal sealed class GlcmKernel : IVoxelKernel
{
    public static readonly string[] Names =
    [
        "Autocorrelation", "ClusterProminence", "ClusterShade", "ClusterTendency", "Contrast", "Correlation",
        "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "Dissimilarity", "Homogeneity1", "Homogeneity2",
        "Id", "Idm", "Idmn", "Idn", "Imc1", "Imc2", "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy", "MCC",
        "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares", "SumVariance",
    ];

    public const int JointAverageIndex = 19;
    public const int MccIndex = 22;
    private const int FeatureCount = 28;

    private readonly int[] _features;
    private readonly Index3[] _directions;
    private readonly double[]? _weights;
    private readonly bool _symmetric;
    private readonly bool _wantMcc;
    private bool _mccNow;
    private readonly double _ng;
    private readonly GlcmDirectionRecord _record;

    // Scratch, sized once.
    private readonly double[] _counts;
    private readonly int[] _touched;
    private int _touchedCount;
    private int _n;
    private readonly double[] _px, _py;
    private readonly double[] _difference, _sum;
    private readonly int[] _differenceTouched, _sumTouched;
    private readonly double[] _perMatrix;
    private readonly int[] _present;
    private readonly double[] _mccCounts;
    private readonly int[] _mccLevels;

    public GlcmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested, GlcmDirectionRecord record)
    {
        _features = VoxelFeatureIndex.Resolve("glcm", Names, requested);
        RadiomicsSettings settings = image.Settings;
        _directions = VoxelDirections.For(image, settings.Features.Distances, bidirectional: false);
        _weights = settings.Features.WeightingNorm == WeightingNorm.None
            ? null
            : VoxelDirections.Weights(_directions, image.Geometry.Spacing, settings.Features.WeightingNorm, glcm: true);
        _symmetric = settings.Features.SymmetricalGlcm;
        _wantMcc = _features.Contains(MccIndex);
        _ng = image.MaxLevel;
        _record = record;
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _counts = new double[(capacity + 1) * (capacity + 1)];
        _touched = new int[(capacity + 1) * (capacity + 1)];
        _px = new double[capacity + 1];
        _py = new double[capacity + 1];
        _difference = new double[image.MaxLevel + 1];
        _sum = new double[2 * image.MaxLevel + 2];
        _differenceTouched = new int[Math.Min(capacity * capacity, image.MaxLevel) + 1]; // distinct |i − j| in a matrix
        _sumTouched = new int[Math.Min(capacity * capacity, 2 * image.MaxLevel) + 1];     // distinct i + j
        int matrices = _weights is null ? _directions.Length : 1;
        _perMatrix = new double[FeatureCount * matrices];
        _present = new int[capacity + 1];
        _mccCounts = new double[capacity * capacity];
        _mccLevels = new int[capacity];
    }

    /// <summary>The number of matrices per kernel (directions, or 1 with a weighting norm).</summary>
    public int MatrixCount => _weights is null ? _directions.Length : 1;

    /// <summary>True when MCC is among the requested features.</summary>
    public bool WantsMcc => _wantMcc;

    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        _n = kernel.LocalCount;
        _mccNow = _wantMcc && _record.MccNeeded(ordinal);
        int matrices = MatrixCount;
        Span<ulong> nonEmpty = _record.Of(ordinal);
        nonEmpty.Clear();
        if (_weights is null)
        {
            for (int a = 0; a < _directions.Length; a++)
            {
                ClearCounts();
                Accumulate(kernel, _directions[a], 1.0);
                bool any = MatrixFeatures(kernel, a, matrices);
                if (any)
                {
                    nonEmpty[a >> 6] |= 1UL << (a & 63);
                }
            }
        }
        else
        {
            ClearCounts();
            for (int a = 0; a < _directions.Length; a++)
            {
                Accumulate(kernel, _directions[a], _weights[a]);
            }

            if (MatrixFeatures(kernel, 0, 1))
            {
                nonEmpty[0] = 1;
            }
        }

        for (int f = 0; f < _features.Length; f++)
        {
            int feature = _features[f];
            ReadOnlySpan<double> perMatrix = _perMatrix.AsSpan(feature * matrices, matrices);
            // JointAverage too: the mean over the non-empty matrices (GlcmBatchQuirks adds PyRadiomics' NaN afterwards).
            values[f] = Radiomics.Features.Texture.TextureMath.NanMean(perMatrix);
        }
    }

    /// <summary>Records which matrices of the kernel are non-empty, without computing features (the MCC pre-pass).</summary>
    public void RecordDirections(KernelScratch kernel, int ordinal)
    {
        Span<ulong> nonEmpty = _record.Of(ordinal);
        nonEmpty.Clear();
        for (int a = 0; a < _directions.Length; a++)
        {
            if (HasPair(kernel, _directions[a]))
            {
                nonEmpty[_weights is null ? a >> 6 : 0] |= 1UL << (_weights is null ? a & 63 : 0);
            }
        }
    }

    private static bool HasPair(KernelScratch kernel, Index3 d)
    {
        var (x0, x1, y0, y1, z0, z1) = VoxelDirections.Range(kernel, d);
        int step = VoxelDirections.Step(kernel, d);
        int[] codes = kernel.Codes;
        for (int z = z0; z < z1; z++)
        {
            for (int y = y0; y < y1; y++)
            {
                int row = kernel.SizeX * (y + kernel.SizeY * z);
                for (int x = x0; x < x1; x++)
                {
                    if (codes[row + x] != 0 && codes[row + x + step] != 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void ClearCounts()
    {
        for (int t = 0; t < _touchedCount; t++)
        {
            _counts[_touched[t]] = 0;
        }

        _touchedCount = 0;
    }

    private void Add(int a, int b, double weight)
    {
        int index = a * (_n + 1) + b;
        if (_counts[index] == 0)
        {
            _touched[_touchedCount++] = index;
        }

        _counts[index] += weight;
    }

    private void Accumulate(KernelScratch kernel, Index3 d, double weight)
    {
        var (x0, x1, y0, y1, z0, z1) = VoxelDirections.Range(kernel, d);
        int step = VoxelDirections.Step(kernel, d);
        int[] codes = kernel.Codes;
        for (int z = z0; z < z1; z++)
        {
            for (int y = y0; y < y1; y++)
            {
                int row = kernel.SizeX * (y + kernel.SizeY * z);
                for (int x = x0; x < x1; x++)
                {
                    int i = codes[row + x];
                    if (i == 0)
                    {
                        continue;
                    }

                    int j = codes[row + x + step];
                    if (j == 0)
                    {
                        continue;
                    }

                    Add(i, j, weight);
                    if (_symmetric)
                    {
                        Add(j, i, weight);
                    }
                }
            }
        }
    }

    /// <summary>Computes every feature of the current matrix into column <paramref name="m"/>; false when it is empty.</summary>
    private bool MatrixFeatures(KernelScratch kernel, int m, int matrices)
    {
        double total = 0;
        for (int t = 0; t < _touchedCount; t++)
        {
            total += _counts[_touched[t]];
        }

        if (total == 0)
        {
            for (int f = 0; f < FeatureCount; f++)
            {
                _perMatrix[f * matrices + m] = double.NaN;
            }

            return false;
        }

        double[] levels = kernel.LocalLevels;
        int n = _n, stride = n + 1;
        Array.Clear(_px, 0, stride);
        Array.Clear(_py, 0, stride);
        int differenceCount = 0, sumCount = 0;
        double autocorrelation = 0, contrast = 0, energy = 0, hxy = 0, maxP = 0, dissimilarity = 0, homogeneity1 = 0, homogeneity2 = 0;
        for (int t = 0; t < _touchedCount; t++)
        {
            int index = _touched[t];
            int a = index / stride, b = index % stride;
            double p = _counts[index] / total;
            double i = levels[a], j = levels[b];
            double diff = Math.Abs(i - j);
            autocorrelation += p * i * j;
            contrast += diff * diff * p;
            energy += p * p;
            hxy -= p * Math.Log2(p + VoxelMath.Epsilon);
            maxP = Math.Max(maxP, p);
            dissimilarity += diff * p;
            homogeneity1 += p / (1 + diff);
            homogeneity2 += p / (1 + diff * diff);
            _px[a] += p;
            _py[b] += p;
            int k = (int)diff;
            if (_difference[k] == 0)
            {
                _differenceTouched[differenceCount++] = k;
            }

            _difference[k] += p;
            int s = (int)(i + j);
            if (_sum[s] == 0)
            {
                _sumTouched[sumCount++] = s;
            }

            _sum[s] += p;
        }

        double ux = 0, uy = 0, hx = 0, hy = 0;
        for (int c = 1; c <= n; c++)
        {
            ux += levels[c] * _px[c];
            uy += levels[c] * _py[c];
            if (_px[c] != 0)
            {
                hx -= _px[c] * Math.Log2(_px[c] + VoxelMath.Epsilon);
            }

            if (_py[c] != 0)
            {
                hy -= _py[c] * Math.Log2(_py[c] + VoxelMath.Epsilon);
            }
        }

        double cluster2 = 0, cluster3 = 0, cluster4 = 0, sumSquares = 0, varX = 0, varY = 0, covariance = 0, hxy1 = 0;
        for (int t = 0; t < _touchedCount; t++)
        {
            int index = _touched[t];
            int a = index / stride, b = index % stride;
            double p = _counts[index] / total;
            double i = levels[a], j = levels[b];
            double shifted = i + j - ux - uy;
            double shifted2 = shifted * shifted;
            cluster2 += shifted2 * p;
            cluster3 += shifted2 * shifted * p;
            cluster4 += shifted2 * shifted2 * p;
            double dx = i - ux, dy = j - uy;
            sumSquares += dx * dx * p;
            varX += dx * dx * p;
            varY += dy * dy * p;
            covariance += dx * dy * p;
            hxy1 -= p * Math.Log2(_px[a] * _py[b] + VoxelMath.Epsilon);
        }

        double hxy2 = 0;
        for (int a = 1; a <= n; a++)
        {
            if (_px[a] == 0)
            {
                continue;
            }

            for (int b = 1; b <= n; b++)
            {
                if (_py[b] != 0)
                {
                    double q = _px[a] * _py[b];
                    hxy2 -= q * Math.Log2(q + VoxelMath.Epsilon);
                }
            }
        }

        double differenceAverage = 0, differenceEntropy = 0, id = 0, idm = 0, idmn = 0, idn = 0, inverseVariance = 0;
        for (int t = 0; t < differenceCount; t++)
        {
            int k = _differenceTouched[t];
            double pd = _difference[k];
            differenceAverage += k * pd;
            differenceEntropy -= pd * Math.Log2(pd + VoxelMath.Epsilon);
            id += pd / (1 + k);
            idm += pd / (1 + (double)k * k);
            idmn += pd / (1 + (double)k * k / (_ng * _ng));
            idn += pd / (1 + k / _ng);
            if (k > 0)
            {
                inverseVariance += pd / ((double)k * k);
            }
        }

        double differenceVariance = 0;
        for (int t = 0; t < differenceCount; t++)
        {
            int k = _differenceTouched[t];
            differenceVariance += (k - differenceAverage) * (k - differenceAverage) * _difference[k];
            _difference[k] = 0;
        }

        double sumAverage = 0, sumEntropy = 0;
        for (int t = 0; t < sumCount; t++)
        {
            int k = _sumTouched[t];
            sumAverage += k * _sum[k];
            sumEntropy -= _sum[k] * Math.Log2(_sum[k] + VoxelMath.Epsilon);
        }

        double sumVariance = 0;
        for (int t = 0; t < sumCount; t++)
        {
            int k = _sumTouched[t];
            sumVariance += (k - sumAverage) * (k - sumAverage) * _sum[k];
            _sum[k] = 0;
        }

        double sigmas = Math.Sqrt(varX) * Math.Sqrt(varY);
        double correlation = sigmas == 0 ? 1 : covariance / (sigmas + VoxelMath.Epsilon);
        double div = Math.Max(hx, hy);
        double imc1 = div == 0 ? 0 : (hxy - hxy1) / div;
        double imc2 = hxy2 == hxy ? 0 : Math.Sqrt(1 - Math.Exp(-2 * (hxy2 - hxy))); // NaN when HXY > HXY2, as numpy

        Span<double> column = stackalloc double[FeatureCount];
        column[0] = autocorrelation;
        column[1] = cluster4;
        column[2] = cluster3;
        column[3] = cluster2;
        column[4] = contrast;
        column[5] = correlation;
        column[6] = differenceAverage;
        column[7] = differenceEntropy;
        column[8] = differenceVariance;
        column[9] = dissimilarity;
        column[10] = homogeneity1;
        column[11] = homogeneity2;
        column[12] = id;
        column[13] = idm;
        column[14] = idmn;
        column[15] = idn;
        column[16] = imc1;
        column[17] = imc2;
        column[18] = inverseVariance;
        column[19] = ux;
        column[20] = energy;
        column[21] = hxy;
        column[22] = _mccNow ? Mcc(levels) : double.NaN;
        column[23] = maxP;
        column[24] = sumAverage;
        column[25] = sumEntropy;
        column[26] = sumSquares;
        column[27] = sumVariance;
        for (int f = 0; f < FeatureCount; f++)
        {
            _perMatrix[f * matrices + m] = column[f];
        }

        return true;
    }

    /// <summary>
    /// MCC of the current matrix, by <see cref="GlcmFeatures.Mcc(GlcmProbabilities)"/> on the grey levels the matrix touches (the absent
    /// levels of PyRadiomics' full-size matrix only add zero eigenvalues). One grey level in the whole ROI gives 1.
    /// </summary>
    private double Mcc(double[] levels)
    {
        if (_ng > 0 && _record.GreyLevelCount == 1)
        {
            return 1;
        }

        int stride = _n + 1, m = 0;
        for (int c = 1; c <= _n; c++)
        {
            if (_px[c] != 0 || _py[c] != 0)
            {
                _present[m++] = c;
            }
        }

        Span<double> counts = _mccCounts.AsSpan(0, m * m);
        for (int a = 0; a < m; a++)
        {
            _mccLevels[a] = (int)levels[_present[a]];
            for (int b = 0; b < m; b++)
            {
                counts[a * m + b] = _counts[_present[a] * stride + _present[b]];
            }
        }

        int maxLevel = 0;
        for (int a = 0; a < m; a++)
        {
            maxLevel = Math.Max(maxLevel, _mccLevels[a]);
        }

        var probabilities = new GlcmProbabilities(counts, new ArraySegment<int>(_mccLevels, 0, m), maxLevel);
        return GlcmFeatures.Mcc(probabilities);
    }
}
