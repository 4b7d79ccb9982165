namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The coefficients of one normalised co-occurrence matrix <c>p(i, j) = P(i, j) / ΣP</c> that every GLCM feature draws
/// on (PyRadiomics' <c>_calculateCoefficients</c>), computed once per matrix by <see cref="GlcmBuffers.Normalise"/>: the
/// grey level <c>i</c> of each row/column, the marginals <c>pₓ(i) = Σⱼ p(i, j)</c> and <c>p_y(j)</c>, the means
/// <c>μₓ = Σ i·pₓ(i)</c> and <c>μ_y</c>, the sum and difference distributions <c>p₊(k) = Σ_{i+j=k} p(i, j)</c> and
/// <c>p₋(k) = Σ_{|i−j|=k} p(i, j)</c> with the keys k where they are non-zero, ascending, and the joint entropy
/// <c>HXY = −Σ p log₂(p + ε)</c>. <c>N_g</c> (<see cref="MaxLevel"/>) is the highest grey level in the ROI, as in PyRadiomics.
/// </summary>
/// <remarks>
/// A view over storage owned by the caller: a segment's <see cref="GlcmProbabilities"/> or a voxel kernel's reused
/// buffers; <see cref="GlcmFeatures"/> turns it into feature values, the same code for both. The matrix is held as its
/// non-zero entries in row-major order (compressed rows, columns ascending within a row): every sum over
/// <c>p(i, j)</c>, <c>p₊</c> or <c>p₋</c> skips its zero terms, which add nothing, so the sparse sums equal the dense
/// ones bit for bit.
/// </remarks>
public readonly ref struct GlcmCoefficients
{
    private readonly GlcmBuffers _storage;

    internal GlcmCoefficients(GlcmBuffers storage, int maxLevel, bool knownSymmetric, ReadOnlySpan<double> levels, ReadOnlySpan<double> px,
        ReadOnlySpan<double> py, ReadOnlySpan<int> rowStarts, ReadOnlySpan<int> entryColumns, ReadOnlySpan<double> entryValues,
        ReadOnlySpan<double> sumDistribution, ReadOnlySpan<int> sumKeys, ReadOnlySpan<double> differenceDistribution,
        ReadOnlySpan<int> differenceKeys, double meanX, double meanY, double jointEntropy)
    {
        _storage = storage;
        MaxLevel = maxLevel;
        KnownSymmetric = knownSymmetric;
        Levels = levels;
        Px = px;
        Py = py;
        RowStarts = rowStarts;
        EntryColumns = entryColumns;
        EntryValues = entryValues;
        SumDistribution = sumDistribution;
        SumKeys = sumKeys;
        DifferenceDistribution = differenceDistribution;
        DifferenceKeys = differenceKeys;
        MeanX = meanX;
        MeanY = meanY;
        JointEntropy = jointEntropy;
    }

    /// <summary>Number of rows/columns (grey levels).</summary>
    public int Size => Levels.Length;

    /// <summary>The highest grey level in the ROI (N_g in PyRadiomics' formulas).</summary>
    public int MaxLevel { get; }

    /// <summary>The grey level of each row/column.</summary>
    public ReadOnlySpan<double> Levels { get; }

    /// <summary>pₓ(i), one per row.</summary>
    public ReadOnlySpan<double> Px { get; }

    /// <summary>p_y(j), one per column.</summary>
    public ReadOnlySpan<double> Py { get; }

    /// <summary>Row i's entries are <c>RowStarts[i] … RowStarts[i + 1] − 1</c> (<see cref="Size"/> + 1 values).</summary>
    public ReadOnlySpan<int> RowStarts { get; }

    /// <summary>The column j of each entry, ascending within a row.</summary>
    public ReadOnlySpan<int> EntryColumns { get; }

    /// <summary>p(i, j) of each entry (non-zero).</summary>
    public ReadOnlySpan<double> EntryValues { get; }

    /// <summary>p₊(k), indexed by k = i + j (0 where no entry adds up to k).</summary>
    public ReadOnlySpan<double> SumDistribution { get; }

    /// <summary>The k with p₊(k) ≠ 0, ascending.</summary>
    public ReadOnlySpan<int> SumKeys { get; }

    /// <summary>p₋(k), indexed by k = |i − j|.</summary>
    public ReadOnlySpan<double> DifferenceDistribution { get; }

    /// <summary>The k with p₋(k) ≠ 0, ascending.</summary>
    public ReadOnlySpan<int> DifferenceKeys { get; }

    /// <summary>μₓ = Σᵢ i·pₓ(i).</summary>
    public double MeanX { get; }

    /// <summary>μ_y = Σⱼ j·p_y(j).</summary>
    public double MeanY { get; }

    /// <summary>HXY = −Σ p(i, j) log₂(p(i, j) + ε).</summary>
    public double JointEntropy { get; }

    /// <summary>HX = −Σ pₓ(i) log₂(pₓ(i) + ε) (computed with HY, HXY1 and HXY2 on first use, once per matrix).</summary>
    public double HX => _storage.InformationMeasures(this).HX;

    /// <summary>HY = −Σ p_y(j) log₂(p_y(j) + ε).</summary>
    public double HY => _storage.InformationMeasures(this).HY;

    /// <summary>HXY1 = −Σ p(i, j) log₂(pₓ(i)p_y(j) + ε).</summary>
    public double HXY1 => _storage.InformationMeasures(this).HXY1;

    /// <summary>HXY2 = −Σ pₓ(i)p_y(j) log₂(pₓ(i)p_y(j) + ε).</summary>
    public double HXY2 => _storage.InformationMeasures(this).HXY2;

    /// <summary>True when the matrix was symmetrised on construction (then <c>pₓ = p_y</c> exactly, without a check).</summary>
    internal bool KnownSymmetric { get; }

    /// <summary>p(i, j) for any cell (0 where no entry is stored).</summary>
    public double Probability(int i, int j)
    {
        int k = EntryColumns[RowStarts[i]..RowStarts[i + 1]].BinarySearch(j);
        return k < 0 ? 0 : EntryValues[RowStarts[i] + k];
    }

    /// <summary>Whether <c>p(i, j) = p(j, i)</c> for every cell (exactly, as stored; known without a check for a matrix symmetrised on construction).</summary>
    public bool IsSymmetric()
    {
        if (KnownSymmetric)
        {
            return true;
        }

        for (int i = 0; i < Size; i++)
        {
            for (int e = RowStarts[i]; e < RowStarts[i + 1]; e++)
            {
                if (EntryColumns[e] != i && Probability(EntryColumns[e], i) != EntryValues[e])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The coefficients of a segment's matrix (so the formulas take a <see cref="GlcmProbabilities"/> directly).</summary>
    public static implicit operator GlcmCoefficients(GlcmProbabilities matrix) => matrix.Coefficients;
}
