using System.Runtime.CompilerServices;
using Radiomics.Numerics;

namespace Radiomics.Features.Texture;

/// <summary>
/// The coefficients of one grey level × size matrix <c>P(i, j)</c> (runs, zones, dependence counts, distances; i the
/// grey level, j the size) that every GLRLM, GLSZM, GLDM/NGLDM and GLDZM feature draws on, computed once per matrix by
/// <see cref="Compute"/>: the total <c>N = ΣP</c>, and the sums over the row sums <c>p_g(i) = Σⱼ P</c>, the column
/// sums <c>p_s(j) = Σᵢ P</c> and the cells, divided by N where the formulas (<c>GlrlmFeatures</c>,
/// <c>GlszmFeatures</c>, <c>GldmFeatures</c>) divide them by N (each division done once here). The segment-based families (through <see cref="GreyLevelSizeMatrix"/>) and the
/// voxel-based kernels compute them with the same code, so one formula set serves both.
/// </summary>
/// <remarks>
/// Each sum adds its terms in one fixed order (rows by grey level, sizes ascending, cells row-major). An empty matrix
/// has <c>N = 0</c>; the formulas then give NaN (0/0), PyRadiomics' value for an empty matrix.
/// </remarks>
public readonly record struct SizeMatrixCoefficients
{
    /// <summary>N = ΣP (runs, zones or voxels).</summary>
    public double Total { get; init; }

    /// <summary>Σᵢ p_g(i)² / N.</summary>
    public double LevelNonUniformity { get; init; }

    /// <summary>Σⱼ p_s(j)² / N.</summary>
    public double SizeNonUniformity { get; init; }

    /// <summary>Σᵢ (p_g(i)/i²) / N.</summary>
    public double LowLevelEmphasis { get; init; }

    /// <summary>Σᵢ p_g(i)·i² / N.</summary>
    public double HighLevelEmphasis { get; init; }

    /// <summary>Σⱼ (p_s(j)/j²) / N.</summary>
    public double SmallSizeEmphasis { get; init; }

    /// <summary>Σⱼ p_s(j)·j² / N.</summary>
    public double LargeSizeEmphasis { get; init; }

    /// <summary>Σⱼ p_s(j)·j / N = N_p / N (N_p the voxels the runs or zones cover).</summary>
    public double MeanSize { get; init; }

    /// <summary>Σᵢⱼ P/(i²j²) / N.</summary>
    public double SmallSizeLowLevelEmphasis { get; init; }

    /// <summary>Σᵢⱼ P·i²/j² / N.</summary>
    public double SmallSizeHighLevelEmphasis { get; init; }

    /// <summary>Σᵢⱼ P·j²/i² / N.</summary>
    public double LargeSizeLowLevelEmphasis { get; init; }

    /// <summary>Σᵢⱼ P·i²j² / N.</summary>
    public double LargeSizeHighLevelEmphasis { get; init; }

    /// <summary>Variance of the grey level under p = P/N: <c>Σᵢ p_g/N·(i − μᵢ)²</c>, μᵢ = Σᵢ p_g/N·i.</summary>
    public double LevelVariance { get; init; }

    /// <summary>Variance of the size under p = P/N: <c>Σⱼ p_s/N·(j − μⱼ)²</c>, μⱼ = Σⱼ p_s/N·j.</summary>
    public double SizeVariance { get; init; }

    /// <summary>Entropy <c>−Σᵢⱼ p log₂(p + ε)</c> of p = P/N.</summary>
    public double Entropy { get; init; }

    /// <summary>Energy <c>Σᵢⱼ p²</c> of p = P/N.</summary>
    public double Energy { get; init; }

    /// <summary>
    /// The coefficients of the matrix <paramref name="counts"/>: <paramref name="levels"/>.Length rows of
    /// <paramref name="stride"/> values, of which the first <paramref name="sizes"/>.Length are the sizes' counts;
    /// <paramref name="rowSums"/> and <paramref name="columnSums"/> receive p_g and p_s.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SizeMatrixCoefficients Compute(ReadOnlySpan<double> counts, int stride, ReadOnlySpan<double> levels,
        ReadOnlySpan<double> sizes, Span<double> rowSums, Span<double> columnSums)
    {
        int ng = levels.Length, ns = sizes.Length;
        rowSums = rowSums[..ng];
        columnSums = columnSums[..ns];
        columnSums.Clear();
        double highLarge = 0, lowLarge = 0, highSmall = 0, lowSmall = 0;
        for (int i = 0; i < ng; i++)
        {
            ReadOnlySpan<double> row = counts.Slice(i * stride, ns);
            double level = levels[i], rowSum = 0;
            for (int j = 0; j < ns; j++)
            {
                double c = row[j];
                if (c != 0)
                {
                    double size = sizes[j];
                    rowSum += c;
                    columnSums[j] += c;
                    highLarge += c * (level * level * size * size);
                    lowLarge += c * (size * size / (level * level));
                    highSmall += c * (level * level / (size * size));
                    lowSmall += c * (1 / (level * level * size * size));
                }
            }

            rowSums[i] = rowSum;
        }

        double total = 0, levelSquares = 0, lowLevel = 0, highLevel = 0, levelMean = 0;
        foreach (double r in rowSums)
        {
            total += r;
        }

        for (int i = 0; i < ng; i++)
        {
            double r = rowSums[i], level = levels[i];
            levelSquares += r * r;
            highLevel += r * (level * level);
            lowLevel += r * (1 / (level * level));
            levelMean += r / total * level;
        }

        double sizeSquares = 0, smallSize = 0, largeSize = 0, sizeSum = 0, sizeMean = 0;
        for (int j = 0; j < ns; j++)
        {
            double c = columnSums[j], size = sizes[j];
            sizeSquares += c * c;
            sizeMean += c / total * size;
            if (c != 0)
            {
                largeSize += c * (size * size);
                smallSize += c * (1 / (size * size));
                sizeSum += c * size;
            }
        }

        double entropy = 0, energy = 0;
        for (int i = 0; i < ng; i++)
        {
            foreach (double c in counts.Slice(i * stride, ns))
            {
                if (c != 0)
                {
                    double p = c / total;
                    entropy -= p * Math.Log2(p + MachineEpsilon.Value);
                    energy += p * p;
                }
            }
        }

        return new SizeMatrixCoefficients
        {
            Total = total,
            LevelNonUniformity = levelSquares / total,
            SizeNonUniformity = sizeSquares / total,
            LowLevelEmphasis = lowLevel / total,
            HighLevelEmphasis = highLevel / total,
            SmallSizeEmphasis = smallSize / total,
            LargeSizeEmphasis = largeSize / total,
            MeanSize = sizeSum / total,
            SmallSizeLowLevelEmphasis = lowSmall / total,
            SmallSizeHighLevelEmphasis = highSmall / total,
            LargeSizeLowLevelEmphasis = lowLarge / total,
            LargeSizeHighLevelEmphasis = highLarge / total,
            LevelVariance = Variance(rowSums, levels, total, levelMean),
            SizeVariance = Variance(columnSums, sizes, total, sizeMean),
            Entropy = entropy,
            Energy = total == 0 ? double.NaN : energy, // the zero cells' (0/N)² add nothing unless N = 0
        };
    }

    /// <summary><c>Σₖ wₖ/N·(vₖ − μ)²</c>.</summary>
    private static double Variance(ReadOnlySpan<double> weights, ReadOnlySpan<double> values, double total, double mean)
    {
        double sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            sum += weights[k] / total * (values[k] - mean) * (values[k] - mean);
        }

        return sum;
    }
}
