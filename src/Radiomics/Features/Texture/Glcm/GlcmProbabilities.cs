namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// One normalised co-occurrence matrix <c>p(i, j) = P(i, j) / ΣP</c> with the quantities every GLCM feature shares,
/// computed once: grey-level values <c>i</c> of the rows/columns, marginals <c>pₓ(i) = Σⱼ p(i, j)</c> and
/// <c>p_y(j)</c>, means <c>μₓ = Σ i p(i, j)</c> and <c>μ_y</c>, the sum and difference distributions
/// <c>p₊(k) = Σ_{i+j=k} p(i, j)</c> (k = 2 … 2N_g) and <c>p₋(k) = Σ_{|i−j|=k} p(i, j)</c> (k = 0 … N_g − 1), and the
/// joint entropy <c>HXY</c>. <c>N_g</c> is the highest grey level in the ROI, as in PyRadiomics.
/// </summary>
public sealed class GlcmProbabilities
{
    public GlcmProbabilities(ReadOnlySpan<double> counts, IReadOnlyList<int> greyLevels, int maxLevel)
    {
        int n = greyLevels.Count;
        if (counts.Length != n * n)
        {
            throw new ArgumentException($"A GLCM over {n} grey levels has {n * n} entries, not {counts.Length}.", nameof(counts));
        }

        Size = n;
        MaxLevel = maxLevel;
        Levels = new double[n];
        for (int i = 0; i < n; i++)
        {
            Levels[i] = greyLevels[i];
        }

        double total = 0;
        foreach (double c in counts)
        {
            total += c;
        }

        P = new double[n * n];
        Px = new double[n];
        Py = new double[n];
        SumDistribution = new double[2 * maxLevel + 1];
        DifferenceDistribution = new double[Math.Max(maxLevel, 1)];
        if (total <= 0)
        {
            IsEmpty = true;
            return;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double p = counts[i * n + j] / total;
                P[i * n + j] = p;
                Px[i] += p;
                Py[j] += p;
                if (p != 0)
                {
                    SumDistribution[greyLevels[i] + greyLevels[j]] += p;
                    DifferenceDistribution[Math.Abs(greyLevels[i] - greyLevels[j])] += p;
                    JointEntropy -= p * Math.Log2(p + TextureMath.Epsilon);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            MeanX += Levels[i] * Px[i];
            MeanY += Levels[i] * Py[i];
        }
    }

    /// <summary>True when the matrix has no counts (features are NaN, and averaging skips it).</summary>
    public bool IsEmpty { get; }

    /// <summary>Number of rows/columns (grey levels present).</summary>
    public int Size { get; }

    /// <summary>The highest grey level in the ROI (N_g in PyRadiomics' formulas).</summary>
    public int MaxLevel { get; }

    /// <summary>The grey level of each row/column.</summary>
    public double[] Levels { get; }

    /// <summary>p(i, j), row-major.</summary>
    public double[] P { get; }

    public double[] Px { get; }

    public double[] Py { get; }

    public double MeanX { get; }

    public double MeanY { get; }

    /// <summary>p₊(k), indexed by k = i + j (entries 0 and 1 are unused).</summary>
    public double[] SumDistribution { get; }

    /// <summary>p₋(k), indexed by k = |i − j|.</summary>
    public double[] DifferenceDistribution { get; }

    /// <summary>HXY = −Σ p log₂(p + ε).</summary>
    public double JointEntropy { get; }
}
