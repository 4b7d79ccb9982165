using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// GLRLM features of one kernel with PyRadiomics' voxel-mode semantics (<c>glrlm.py</c>, <c>calculate_glrlm</c>): per
/// direction (13, or 4 with force2D; distance 1) the runs of equal grey level along every line of the kernel's box, a
/// voxel outside the kernel ending a run; a direction whose lines never hold two kernel voxels is dropped; features per
/// direction, NaN-mean over the non-empty ones (or on the weighted sum with a <c>weightingNorm</c>). Each matrix's
/// <see cref="SizeMatrixCoefficients"/> go through the family's <see cref="GlrlmFeatures"/> formulas.
/// </summary>
internal sealed class GlrlmKernel : IVoxelKernel
{
    private readonly FeatureFormula<SizeMatrixCoefficients>[] _formulas;
    private readonly Index3[] _directions;
    private readonly KernelLines _lines;
    private readonly double[]? _weights;
    private readonly int _stride;
    private readonly double[] _counts, _directionCounts, _sizes, _rowSums, _columnSums, _perMatrix;

    public GlrlmKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _formulas = GlrlmFamily.Formulas(requested);
        _directions = VoxelDirections.For(image, [1], bidirectional: false);
        _weights = image.Settings.Features.WeightingNorm == WeightingNorm.None
            ? null
            : VoxelDirections.Weights(_directions, image.Geometry.Spacing, image.Settings.Features.WeightingNorm, glcm: false);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _lines = new KernelLines(_directions, capacity);
        _stride = 2 * Math.Max(image.Radius.X, Math.Max(image.Radius.Y, image.Radius.Z)) + 1; // longest possible run
        _counts = new double[(capacity + 1) * _stride];
        _directionCounts = new double[(capacity + 1) * _stride];
        _sizes = GreyLevelSizeMatrix.OneBased(_stride);
        _rowSums = new double[capacity + 1];
        _columnSums = new double[_stride];
        _perMatrix = new double[_formulas.Length * (_weights is null ? _directions.Length : 1)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        _lines.Fit(kernel);
        int rows = kernel.LocalCount;
        int used = (rows + 1) * _stride;
        int matrices = _weights is null ? _directions.Length : 1;
        if (_weights is not null)
        {
            _counts.AsSpan(0, used).Clear();
        }

        for (int a = 0; a < _directions.Length; a++)
        {
            Span<double> target = _directionCounts.AsSpan(0, used);
            target.Clear();
            Runs(kernel, a, target);
            if (_weights is null)
            {
                Features(target, rows, kernel.LocalLevels, a, matrices);
            }
            else
            {
                double w = _weights[a];
                for (int k = 0; k < used; k++)
                {
                    _counts[k] += w * target[k];
                }
            }
        }

        if (_weights is not null)
        {
            Features(_counts.AsSpan(0, used), rows, kernel.LocalLevels, 0, 1);
        }

        for (int f = 0; f < _formulas.Length; f++)
        {
            values[f] = TextureMath.NanMean(_perMatrix.AsSpan(f * matrices, matrices));
        }
    }

    /// <summary>Counts the runs along direction <paramref name="a"/>; leaves the matrix empty when no line holds two kernel voxels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Runs(KernelScratch kernel, int a, Span<double> counts)
    {
        int step = _lines.Step(a);
        ReadOnlySpan<int> starts = _lines.Starts(a), lengths = _lines.Lengths(a);
        int[] codes = kernel.Codes;
        bool multiElement = false;
        for (int l = 0; l < starts.Length; l++)
        {
            int gl = 0, length = 0, elements = 0;
            int index = starts[l];
            for (int s = lengths[l]; s > 0; s--, index += step)
            {
                int code = codes[index];
                if (code != 0)
                {
                    elements++;
                    if (gl == code)
                    {
                        length++;
                    }
                    else
                    {
                        if (gl != 0)
                        {
                            counts[gl * _stride + length - 1]++;
                        }

                        gl = code;
                        length = 1;
                    }
                }
                else if (gl != 0)
                {
                    counts[gl * _stride + length - 1]++;
                    gl = 0;
                }
            }

            if (gl != 0)
            {
                counts[gl * _stride + length - 1]++;
            }

            multiElement |= elements > 1;
        }

        if (!multiElement)
        {
            counts.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Features(ReadOnlySpan<double> counts, int rows, double[] levels, int m, int matrices)
    {
        SizeMatrixCoefficients coefficients = SizeMatrixCoefficients.Compute(counts[_stride..], _stride, levels.AsSpan(1, rows), _sizes,
            _rowSums, _columnSums);
        for (int f = 0; f < _formulas.Length; f++)
        {
            _perMatrix[f * matrices + m] = coefficients.Total == 0 ? double.NaN : _formulas[f](coefficients);
        }
    }
}
