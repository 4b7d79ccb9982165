using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLCM features of one kernel with PyRadiomics' voxel-mode semantics (<c>glcm.py</c> with <c>cmatrices.c</c>): one
/// co-occurrence matrix per direction, counting pairs of kernel voxels whose neighbour lies in the kernel's box; grey
/// levels from the one discretisation of the ROI, <c>N_g</c> the highest of them; symmetric by default; each feature is
/// the NaN-mean over the directions of its per-matrix value (an empty direction gives NaN), or, with a
/// <c>weightingNorm</c>, the value on the sum of the direction matrices times their weights (PyRadiomics'
/// <c>Σ_a w_a·P_a</c>, cell by cell). The matrix is counted sparsely (the pairs of one kernel touch few grey-level
/// combinations), its coefficients computed by <see cref="GlcmBuffers"/> and its features by the registry's
/// <see cref="GlcmFeatures"/> formulas, the segment path's code; every buffer is reused. JointAverage is a plain mean
/// over the directions and MCC fails for a whole batch on an empty direction in PyRadiomics; <see cref="GlcmBatchQuirks"/>
/// applies both after the kernels, from the directions recorded here.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "_matrix is made with pooled: false, whose Dispose returns nothing; the kernel lives as long as its extraction.")]
internal sealed class GlcmKernel : IVoxelKernel
{
    private readonly FeatureFormula<GlcmCoefficients>[] _formulas;
    private readonly int _mcc; // the position of MCC among the requested features, or −1
    private readonly Index3[] _directions;
    private readonly double[]? _weights;
    private readonly bool _symmetric;
    private readonly GlcmDirectionRecord _record;
    private readonly GlcmBuffers _matrix;
    private readonly double[] _perMatrix;
    private bool _mccNow;

    // Cell counts of the current direction and, with weights, their weighted sum: cell (a, b) of kernel codes a, b at
    // (a << _shift) | b, with a bit per touched cell so that the cells are visited in row-major order.
    private readonly double[] _cells, _weighted;
    private readonly ulong[] _cellBits, _weightedBits;
    private int _shift, _words;

    public GlcmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested, GlcmDirectionRecord record)
    {
        _formulas = GlcmFamily.Formulas(requested);
        _mcc = Array.FindIndex(_formulas, GlcmFamily.IsMcc);
        RadiomicsSettings settings = image.Settings;
        _directions = VoxelDirections.For(image, settings.Features.Distances, bidirectional: false);
        _weights = settings.Features.WeightingNorm == WeightingNorm.None
            ? null
            : VoxelDirections.Weights(_directions, image.Geometry.Spacing, settings.Features.WeightingNorm, glcm: true);
        _symmetric = settings.Features.SymmetricalGlcm;
        _record = record;
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        int stride = (int)BitOperations.RoundUpToPowerOf2((uint)capacity + 1);
        _cells = new double[stride * stride];
        _cellBits = new ulong[(_cells.Length + 63) / 64];
        _weighted = _weights is null ? [] : new double[_cells.Length];
        _weightedBits = _weights is null ? [] : new ulong[_cellBits.Length];
        long pairs = 2L * capacity * (_weights is null ? 1 : _directions.Length); // entries of one matrix at most
        _matrix = new GlcmBuffers(capacity, image.MaxLevel, (int)Math.Min((long)capacity * capacity, pairs), pooled: false);
        _perMatrix = new double[_formulas.Length * MatrixCount];
    }

    /// <summary>The number of matrices per kernel (directions, or 1 with a weighting norm).</summary>
    public int MatrixCount => _weights is null ? _directions.Length : 1;

    /// <summary>True when MCC is among the requested features.</summary>
    public bool WantsMcc => _mcc >= 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        int n = kernel.LocalCount;
        _shift = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)n + 1));
        _words = ((1 << (2 * _shift)) + 63) / 64;
        for (int c = 1; c <= n; c++)
        {
            _matrix.Levels[c - 1] = kernel.LocalLevels[c];
        }

        _mccNow = _mcc >= 0 && _record.MccNeeded(ordinal);
        int matrices = MatrixCount;
        Span<ulong> nonEmpty = _record.Of(ordinal);
        nonEmpty.Clear();
        if (_weights is null)
        {
            for (int a = 0; a < _directions.Length; a++)
            {
                Count(kernel, _directions[a]);
                if (MatrixFeatures(Rows(_cells, _cellBits, n), n, a, matrices))
                {
                    nonEmpty[a >> 6] |= 1UL << (a & 63);
                }
            }
        }
        else
        {
            for (int a = 0; a < _directions.Length; a++)
            {
                Count(kernel, _directions[a]);
                AddWeighted(_weights[a]);
            }

            if (MatrixFeatures(Rows(_weighted, _weightedBits, n), n, 0, 1))
            {
                nonEmpty[0] = 1;
            }
        }

        for (int f = 0; f < _formulas.Length; f++)
        {
            // JointAverage too: the mean over the non-empty matrices (GlcmBatchQuirks adds PyRadiomics' NaN afterwards).
            values[f] = TextureMath.NanMean(_perMatrix.AsSpan(f * matrices, matrices));
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

    /// <summary>Counts the pairs of kernel voxels along <paramref name="d"/> (and their mirror, when symmetric) into the cells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Count(KernelScratch kernel, Index3 d)
    {
        var (x0, x1, y0, y1, z0, z1) = VoxelDirections.Range(kernel, d);
        int step = VoxelDirections.Step(kernel, d);
        int[] codes = kernel.Codes;
        double[] cells = _cells;
        ulong[] bits = _cellBits;
        int shift = _shift;
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

                    int cell = (i << shift) | j;
                    cells[cell]++;
                    bits[cell >> 6] |= 1UL << cell;
                    if (_symmetric)
                    {
                        cell = (j << shift) | i;
                        cells[cell]++;
                        bits[cell >> 6] |= 1UL << cell;
                    }
                }
            }
        }
    }

    /// <summary>Adds the current direction's counts times <paramref name="weight"/> to the weighted cells and clears them.</summary>
    private void AddWeighted(double weight)
    {
        for (int w = 0; w < _words; w++)
        {
            ulong word = _cellBits[w];
            _cellBits[w] = 0;
            _weightedBits[w] |= word;
            while (word != 0)
            {
                int cell = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                _weighted[cell] += weight * _cells[cell];
                _cells[cell] = 0;
            }
        }
    }

    /// <summary>
    /// Writes the touched cells of <paramref name="cells"/> into the matrix's compressed rows (codes 1 … n become rows
    /// and columns 0 … n − 1), in row-major order, clearing them; returns their total, summed in that order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Rows(double[] cells, ulong[] bits, int n)
    {
        int[] rowStarts = _matrix.RowStarts, columns = _matrix.Columns;
        double[] values = _matrix.Values;
        int mask = (1 << _shift) - 1, row = 0, entries = 0;
        double total = 0;
        rowStarts[0] = 0;
        for (int w = 0; w < _words; w++)
        {
            ulong word = bits[w];
            bits[w] = 0;
            while (word != 0)
            {
                int cell = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                int a = (cell >> _shift) - 1;
                while (row < a)
                {
                    rowStarts[++row] = entries;
                }

                columns[entries] = (cell & mask) - 1;
                values[entries++] = cells[cell];
                total += cells[cell];
                cells[cell] = 0;
            }
        }

        while (row < n)
        {
            rowStarts[++row] = entries;
        }

        return total;
    }

    /// <summary>Normalises the matrix and computes the requested features into column <paramref name="m"/>; false when it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MatrixFeatures(double total, int n, int m, int matrices)
    {
        _matrix.Normalise(n, total);
        if (_matrix.IsEmpty)
        {
            for (int f = 0; f < _formulas.Length; f++)
            {
                _perMatrix[f * matrices + m] = double.NaN;
            }

            return false;
        }

        GlcmCoefficients coefficients = _matrix.Coefficients(_symmetric);
        for (int f = 0; f < _formulas.Length; f++)
        {
            _perMatrix[f * matrices + m] = f == _mcc ? Mcc(coefficients) : _formulas[f](coefficients);
        }

        _matrix.Reset();
        return true;
    }

    /// <summary>
    /// MCC of the matrix (the absent levels of PyRadiomics' full-size matrix only add zero eigenvalues), NaN where the
    /// batch is known to leave it at initValue; a ROI of one grey level gives 1, as in the segment family.
    /// </summary>
    private double Mcc(in GlcmCoefficients coefficients)
    {
        if (!_mccNow)
        {
            return double.NaN;
        }

        return _record.GreyLevelCount == 1 ? 1 : GlcmFeatures.Mcc(coefficients);
    }
}
