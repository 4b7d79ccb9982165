namespace Radiomics.Features.Texture;

/// <summary>
/// A grey level × size matrix <c>P(i, j)</c>: runs (GLRLM), zones (GLSZM, GLDZM) or dependence counts (GLDM/NGLDM)
/// of grey level i and size (run length, zone size, dependence count, distance) j. Rows are the grey levels present
/// in the ROI; columns are sizes 1 … <see cref="SizeCount"/> (or the values in <see cref="Sizes"/>). Row sums
/// <c>p_g(i)</c>, column sums <c>p_s(j)</c> and the total <c>N = ΣP</c> are computed once. The sums below are the
/// shared building blocks of the features of those families, each normalised by <see cref="Total"/>.
/// </summary>
public sealed class GreyLevelSizeMatrix
{
    public GreyLevelSizeMatrix(double[] counts, IReadOnlyList<int> greyLevels, double[] sizes)
        : this(counts, greyLevels.Select(l => (double)l).ToArray(), sizes)
    {
    }

    /// <summary>A matrix whose grey levels are given as doubles (shared, not copied: matrices of one ROI can use one array).</summary>
    internal GreyLevelSizeMatrix(double[] counts, double[] levels, double[] sizes)
    {
        int ng = levels.Length, ns = sizes.Length;
        if (counts.Length != ng * ns)
        {
            throw new ArgumentException($"A {ng} × {ns} matrix has {ng * ns} entries, not {counts.Length}.", nameof(counts));
        }

        Counts = counts;
        Sizes = sizes;
        Levels = levels;
        RowSums = new double[ng];
        ColumnSums = new double[ns];
        for (int i = 0; i < ng; i++)
        {
            for (int j = 0; j < ns; j++)
            {
                double c = counts[i * ns + j];
                RowSums[i] += c;
                ColumnSums[j] += c;
            }
        }

        foreach (double r in RowSums)
        {
            Total += r;
        }
    }

    /// <summary>P(i, j), row-major (Ng × Ns).</summary>
    public double[] Counts { get; }

    /// <summary>The grey level of each row.</summary>
    public double[] Levels { get; }

    /// <summary>The size value of each column (1, 2, … for runs and zones).</summary>
    public double[] Sizes { get; }

    public int SizeCount => Sizes.Length;

    /// <summary>p_g(i) = Σⱼ P(i, j).</summary>
    public double[] RowSums { get; }

    /// <summary>p_s(j) = Σᵢ P(i, j).</summary>
    public double[] ColumnSums { get; }

    /// <summary>N = Σ P (runs, zones or voxels).</summary>
    public double Total { get; }

    /// <summary>Sizes 1 … <paramref name="count"/> as doubles.</summary>
    public static double[] OneBased(int count) => Enumerable.Range(1, count).Select(j => (double)j).ToArray();

    /// <summary><c>Σⱼ p_s(j)·w(j) / N</c>.</summary>
    public double SizeWeighted(Func<double, double> weight)
    {
        double sum = 0;
        for (int j = 0; j < Sizes.Length; j++)
        {
            if (ColumnSums[j] != 0)
            {
                sum += ColumnSums[j] * weight(Sizes[j]);
            }
        }

        return sum / Total;
    }

    /// <summary><c>Σᵢ p_g(i)·w(i) / N</c>.</summary>
    public double LevelWeighted(Func<double, double> weight)
    {
        double sum = 0;
        for (int i = 0; i < Levels.Length; i++)
        {
            sum += RowSums[i] * weight(Levels[i]);
        }

        return sum / Total;
    }

    /// <summary><c>Σᵢⱼ P(i, j)·w(i, j) / N</c>.</summary>
    public double JointWeighted(Func<double, double, double> weight)
    {
        double sum = 0;
        int ns = Sizes.Length;
        for (int i = 0; i < Levels.Length; i++)
        {
            for (int j = 0; j < ns; j++)
            {
                double c = Counts[i * ns + j];
                if (c != 0)
                {
                    sum += c * weight(Levels[i], Sizes[j]);
                }
            }
        }

        return sum / Total;
    }

    /// <summary>Grey level non-uniformity <c>Σᵢ p_g(i)² / N</c>.</summary>
    public double LevelNonUniformity() => SumOfSquares(RowSums) / Total;

    /// <summary>Size non-uniformity <c>Σⱼ p_s(j)² / N</c>.</summary>
    public double SizeNonUniformity() => SumOfSquares(ColumnSums) / Total;

    /// <summary>Variance of the grey level under p(i, j) = P / N: <c>Σ p_g/N·(i − μ)²</c>.</summary>
    public double LevelVariance() => Variance(RowSums, Levels, Total);

    /// <summary>Variance of the size under p(i, j) = P / N: <c>Σ p_s/N·(j − μ)²</c>.</summary>
    public double SizeVariance() => Variance(ColumnSums, Sizes, Total);

    /// <summary>Entropy <c>−Σ p log₂(p + ε)</c> of p(i, j) = P / N.</summary>
    public double Entropy() => Joint.Entropy;

    /// <summary><c>Σᵢⱼ P·i²j² / N</c> (large size, high grey level emphasis).</summary>
    public double LargeSizeHighLevelEmphasis() => Joint.LevelSquaredSizeSquared / Total;

    /// <summary><c>Σᵢⱼ P·j²/i² / N</c> (large size, low grey level emphasis).</summary>
    public double LargeSizeLowLevelEmphasis() => Joint.SizeSquaredOverLevelSquared / Total;

    /// <summary><c>Σᵢⱼ P·i²/j² / N</c> (small size, high grey level emphasis).</summary>
    public double SmallSizeHighLevelEmphasis() => Joint.LevelSquaredOverSizeSquared / Total;

    /// <summary><c>Σᵢⱼ P/(i²j²) / N</c> (small size, low grey level emphasis).</summary>
    public double SmallSizeLowLevelEmphasis() => Joint.OneOverLevelSquaredSizeSquared / Total;

    /// <summary>
    /// The sums over cells of the joint emphases and the entropy, from one pass over the matrix on first use (each
    /// sum in the same cell order and with the same terms as <see cref="JointWeighted"/>, so the values are those of
    /// one pass per sum). Cached: a race between threads at worst computes the same values twice.
    /// </summary>
    private JointSums Joint => _joint ??= ComputeJointSums();

    private JointSums? _joint;

    private JointSums ComputeJointSums()
    {
        double highLarge = 0, lowLarge = 0, highSmall = 0, lowSmall = 0, entropy = 0;
        int ns = Sizes.Length;
        for (int i = 0; i < Levels.Length; i++)
        {
            double level = Levels[i];
            ReadOnlySpan<double> row = Counts.AsSpan(i * ns, ns);
            for (int j = 0; j < ns; j++)
            {
                double c = row[j];
                if (c != 0)
                {
                    double size = Sizes[j];
                    highLarge += c * (level * level * size * size);
                    lowLarge += c * (size * size / (level * level));
                    highSmall += c * (level * level / (size * size));
                    lowSmall += c * (1 / (level * level * size * size));
                    double p = c / Total;
                    entropy -= p * Math.Log2(p + TextureMath.Epsilon);
                }
            }
        }

        return new JointSums(highLarge, lowLarge, highSmall, lowSmall, entropy);
    }

    private readonly record struct JointSums(
        double LevelSquaredSizeSquared,
        double SizeSquaredOverLevelSquared,
        double LevelSquaredOverSizeSquared,
        double OneOverLevelSquaredSizeSquared,
        double Entropy);

    private static double SumOfSquares(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v * v;
        }

        return sum;
    }

    private static double Variance(double[] weights, double[] values, double total)
    {
        double mean = 0;
        for (int k = 0; k < values.Length; k++)
        {
            mean += weights[k] / total * values[k];
        }

        double sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            sum += weights[k] / total * (values[k] - mean) * (values[k] - mean);
        }

        return sum;
    }
}
