namespace Radiomics.Features.Texture;

/// <summary>
/// A grey level × size matrix <c>P(i, j)</c>: runs (GLRLM), zones (GLSZM, GLDZM) or dependence counts (GLDM/NGLDM)
/// of grey level i and size (run length, zone size, dependence count, distance) j. Rows are the grey levels present
/// in the ROI; columns are sizes 1 … <see cref="SizeCount"/> (or the values in <see cref="Sizes"/>). Row sums
/// <c>p_g(i)</c>, column sums <c>p_s(j)</c> and the <see cref="SizeMatrixCoefficients"/> the features of those
/// families are computed from are computed once, with the matrix.
/// </summary>
public sealed class GreyLevelSizeMatrix
{
    /// <summary>A matrix of <paramref name="counts"/>, row-major (rows = grey levels, columns = sizes), not copied.</summary>
    /// <param name="counts">P(i, j), <paramref name="greyLevels"/>.Count × <paramref name="sizes"/>.Length values.</param>
    /// <param name="greyLevels">The grey level of each row.</param>
    /// <param name="sizes">The size value of each column.</param>
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
        Coefficients = SizeMatrixCoefficients.Compute(counts, ns, levels, sizes, RowSums, ColumnSums);
    }

    /// <summary>P(i, j), row-major (Ng × Ns).</summary>
    public double[] Counts { get; }

    /// <summary>The grey level of each row.</summary>
    public double[] Levels { get; }

    /// <summary>The size value of each column (1, 2, … for runs and zones).</summary>
    public double[] Sizes { get; }

    /// <summary>The number of columns.</summary>
    public int SizeCount => Sizes.Length;

    /// <summary>p_g(i) = Σⱼ P(i, j).</summary>
    public double[] RowSums { get; }

    /// <summary>p_s(j) = Σᵢ P(i, j).</summary>
    public double[] ColumnSums { get; }

    /// <summary>N = Σ P (runs, zones or voxels).</summary>
    public double Total => Coefficients.Total;

    /// <summary>Sizes 1 … <paramref name="count"/> as doubles.</summary>
    public static double[] OneBased(int count) => Enumerable.Range(1, count).Select(j => (double)j).ToArray();

    /// <summary>The coefficients the GLRLM, GLSZM, GLDM and GLDZM formulas take, computed once with the matrix.</summary>
    public SizeMatrixCoefficients Coefficients { get; }

    /// <summary>The coefficients of the matrix (so the formulas take a <see cref="GreyLevelSizeMatrix"/> directly).</summary>
    public static implicit operator SizeMatrixCoefficients(GreyLevelSizeMatrix matrix) => matrix.Coefficients;
}
