using System.Buffers;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// GLCM features on one normalised matrix (see <see cref="GlcmProbabilities"/> for the symbols). Each returns the
/// value for that matrix; the family averages over matrices (NaN-aware) as PyRadiomics does. ε = 2.2·10⁻¹⁶.
/// Sums over <c>p(i, j)</c> visit the stored non-zero entries in row-major order (the zero terms of the dense sums
/// change nothing), so each costs O(entries) rather than O(N_g²).
/// </summary>
public static class GlcmFeatures
{
    /// <summary>Autocorrelation <c>Σᵢⱼ p(i,j)·i·j</c>. IBSI: QWB0. PyRadiomics: Autocorrelation.</summary>
    public static double Autocorrelation(GlcmProbabilities m)
    {
        // Σᵢ i · (Σⱼ p(i,j)·j): one multiplication by i per row.
        ReadOnlySpan<double> levels = m.Levels;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        double sum = 0;
        for (int i = 0; i < m.Size; i++)
        {
            double rowSum = 0;
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                rowSum += values[e] * levels[columns[e]];
            }

            sum += levels[i] * rowSum;
        }

        return sum;
    }

    /// <summary>Joint average <c>μₓ = Σᵢⱼ p(i,j)·i</c> (assumes a symmetric GLCM). IBSI: 60VM. PyRadiomics: JointAverage.</summary>
    public static double JointAverage(GlcmProbabilities m) => m.MeanX;

    /// <summary>Cluster prominence <c>Σ (i + j − μₓ − μ_y)⁴ p(i,j)</c>. IBSI: AE86. PyRadiomics: ClusterProminence.</summary>
    public static double ClusterProminence(GlcmProbabilities m) => ClusterMoment(m, 4);

    /// <summary>Cluster shade <c>Σ (i + j − μₓ − μ_y)³ p(i,j)</c>. IBSI: 7NFM. PyRadiomics: ClusterShade.</summary>
    public static double ClusterShade(GlcmProbabilities m) => ClusterMoment(m, 3);

    /// <summary>Cluster tendency <c>Σ (i + j − μₓ − μ_y)² p(i,j)</c>. IBSI: DG8W. PyRadiomics: ClusterTendency.</summary>
    public static double ClusterTendency(GlcmProbabilities m) => ClusterMoment(m, 2);

    /// <summary>Contrast <c>Σ (i − j)² p(i,j) = Σₖ k² p₋(k)</c>. IBSI: ACUI. PyRadiomics: Contrast.</summary>
    public static double Contrast(GlcmProbabilities m)
    {
        double sum = 0;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        for (int k = 1; k < pd.Length; k++)
        {
            sum += (double)k * k * pd[k];
        }

        return sum;
    }

    /// <summary>
    /// Correlation <c>Σ p(i,j)(i − μₓ)(j − μ_y) / (σₓσ_y + ε)</c>. IBSI: NI2N. PyRadiomics: Correlation.
    /// Edge case: σₓσ_y = 0 (one grey level along this direction) gives 1, as PyRadiomics.
    /// </summary>
    public static double Correlation(GlcmProbabilities m)
    {
        double ux = m.MeanX, uy = m.MeanY;
        ReadOnlySpan<double> levels = m.Levels;
        double varX = MarginalVariance(m.Px, levels, ux), varY = MarginalVariance(m.Py, levels, uy);
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        double cov = 0;
        for (int i = 0; i < m.Size; i++)
        {
            double rowSum = 0;
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                rowSum += values[e] * (levels[columns[e]] - uy);
            }

            cov += (levels[i] - ux) * rowSum;
        }

        double sigmas = Math.Sqrt(varX) * Math.Sqrt(varY);
        return sigmas == 0 ? 1 : cov / (sigmas + TextureMath.Epsilon);
    }

    /// <summary>Difference average <c>Σₖ k·p₋(k)</c>. IBSI: TF7R. PyRadiomics: DifferenceAverage.</summary>
    public static double DifferenceAverage(GlcmProbabilities m)
    {
        double sum = 0;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        for (int k = 0; k < pd.Length; k++)
        {
            sum += k * pd[k];
        }

        return sum;
    }

    /// <summary>Difference entropy <c>−Σₖ p₋(k) log₂(p₋(k) + ε)</c>. IBSI: NTRS. PyRadiomics: DifferenceEntropy.</summary>
    public static double DifferenceEntropy(GlcmProbabilities m) => Entropy(m.DifferenceDistribution);

    /// <summary>Difference variance <c>Σₖ (k − DA)² p₋(k)</c>. IBSI: D3YU. PyRadiomics: DifferenceVariance.</summary>
    public static double DifferenceVariance(GlcmProbabilities m)
    {
        double average = DifferenceAverage(m);
        double sum = 0;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        for (int k = 0; k < pd.Length; k++)
        {
            sum += (k - average) * (k - average) * pd[k];
        }

        return sum;
    }

    /// <summary>
    /// Dissimilarity <c>Σ |i − j| p(i,j)</c>. IBSI: 8S9J. PyRadiomics: Dissimilarity (deprecated there: equal to
    /// DifferenceAverage, and PyRadiomics computes no value); computed here only when requested by name.
    /// </summary>
    public static double Dissimilarity(GlcmProbabilities m)
    {
        double sum = 0;
        foreach ((double i, double j, double p) in Entries(m))
        {
            sum += Math.Abs(i - j) * p;
        }

        return sum;
    }

    /// <summary>
    /// Homogeneity 1 <c>Σ p(i,j) / (1 + |i − j|)</c>. IBSI: IB1Z (inverse difference). PyRadiomics: Homogeneity1
    /// (deprecated: equal to Id); computed only when requested by name.
    /// </summary>
    public static double Homogeneity1(GlcmProbabilities m)
    {
        double sum = 0;
        foreach ((double i, double j, double p) in Entries(m))
        {
            sum += p / (1 + Math.Abs(i - j));
        }

        return sum;
    }

    /// <summary>
    /// Homogeneity 2 <c>Σ p(i,j) / (1 + |i − j|²)</c>. IBSI: WF0Z (inverse difference moment). PyRadiomics:
    /// Homogeneity2 (deprecated: equal to Idm); computed only when requested by name.
    /// </summary>
    public static double Homogeneity2(GlcmProbabilities m)
    {
        double sum = 0;
        foreach ((double i, double j, double p) in Entries(m))
        {
            sum += p / (1 + (i - j) * (i - j));
        }

        return sum;
    }

    /// <summary>Inverse difference <c>Σₖ p₋(k) / (1 + k)</c>. IBSI: IB1Z. PyRadiomics: Id.</summary>
    public static double Id(GlcmProbabilities m) => DifferenceSum(m, k => 1.0 / (1 + k));

    /// <summary>Inverse difference moment <c>Σₖ p₋(k) / (1 + k²)</c>. IBSI: WF0Z. PyRadiomics: Idm.</summary>
    public static double Idm(GlcmProbabilities m) => DifferenceSum(m, k => 1.0 / (1 + (double)k * k));

    /// <summary>
    /// Normalised inverse difference moment <c>Σₖ p₋(k) / (1 + k²/N_g²)</c>, N_g the highest grey level in the ROI.
    /// IBSI: 1QCO (there N_g is the number of bins). PyRadiomics: Idmn.
    /// </summary>
    public static double Idmn(GlcmProbabilities m)
    {
        double ng2 = (double)m.MaxLevel * m.MaxLevel;
        return DifferenceSum(m, k => 1.0 / (1 + (double)k * k / ng2));
    }

    /// <summary>
    /// Normalised inverse difference <c>Σₖ p₋(k) / (1 + k/N_g)</c>. IBSI: NDRX (there N_g is the number of bins).
    /// PyRadiomics: Idn.
    /// </summary>
    public static double Idn(GlcmProbabilities m)
    {
        double ng = m.MaxLevel;
        return DifferenceSum(m, k => 1.0 / (1 + k / ng));
    }

    /// <summary>
    /// Informational measure of correlation 1 <c>(HXY − HXY1) / max(HX, HY)</c>, with
    /// <c>HX = −Σ pₓ log₂(pₓ + ε)</c>, <c>HXY1 = −Σ p(i,j) log₂(pₓ(i)p_y(j) + ε)</c>. IBSI: R8DG. PyRadiomics: Imc1.
    /// Edge case: HX = HY = 0 gives 0.
    /// </summary>
    public static double Imc1(GlcmProbabilities m)
    {
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        double hx = Entropy(px), hy = Entropy(py);
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        double hxy1 = 0;
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                double p = values[e];
                if (p != 0)
                {
                    hxy1 -= p * Math.Log2(px[i] * py[columns[e]] + TextureMath.Epsilon);
                }
            }
        }

        double div = Math.Max(hx, hy);
        return div == 0 ? 0 : (m.JointEntropy - hxy1) / div;
    }

    /// <summary>
    /// Informational measure of correlation 2 <c>√(1 − e^(−2(HXY2 − HXY)))</c>, with
    /// <c>HXY2 = −Σᵢⱼ pₓ(i)p_y(j) log₂(pₓ(i)p_y(j) + ε)</c>. IBSI: JN9H. PyRadiomics: Imc2.
    /// Edge cases: HXY2 = HXY gives 0; HXY &gt; HXY2 (rounding) gives NaN, which averaging skips, as PyRadiomics.
    /// </summary>
    public static double Imc2(GlcmProbabilities m)
    {
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        double hxy2 = px.SequenceEqual(py) ? SymmetricProductEntropy(px) : ProductEntropy(px, py);
        if (hxy2 == m.JointEntropy)
        {
            return 0;
        }

        double inner = 1 - Math.Exp(-2 * (hxy2 - m.JointEntropy));
        return inner < 0 ? double.NaN : Math.Sqrt(inner);
    }

    /// <summary>Inverse variance <c>Σ_{k≥1} p₋(k) / k²</c>. IBSI: E8JP. PyRadiomics: InverseVariance.</summary>
    public static double InverseVariance(GlcmProbabilities m)
    {
        double sum = 0;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        for (int k = 1; k < pd.Length; k++)
        {
            sum += pd[k] / ((double)k * k);
        }

        return sum;
    }

    /// <summary>Joint energy (angular second moment) <c>Σ p(i,j)²</c>. IBSI: 8ZQL. PyRadiomics: JointEnergy.</summary>
    public static double JointEnergy(GlcmProbabilities m)
    {
        double sum = 0;
        foreach (double p in m.EntryValues)
        {
            sum += p * p;
        }

        return sum;
    }

    /// <summary>Joint entropy <c>−Σ p(i,j) log₂(p(i,j) + ε)</c>. IBSI: TU9B. PyRadiomics: JointEntropy.</summary>
    public static double JointEntropy(GlcmProbabilities m) => m.JointEntropy;

    /// <summary>
    /// Maximal correlation coefficient <c>√λ₂</c>, λ₂ the second largest eigenvalue of
    /// <c>Q(i,j) = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k))</c>. No IBSI identifier. PyRadiomics: MCC.
    /// Q is similar to the symmetric <c>S = B Bᵀ</c>, <c>B = Dₓ^(−½) P D_y^(−½)</c> (rows/columns with zero marginals add
    /// zero eigenvalues), whose eigenvalues are computed instead; for a symmetric GLCM B itself is symmetric and
    /// <c>S = B²</c>, so the eigenvalues of S are the squares of those of B, which are computed without forming S.
    /// PyRadiomics adds ε to the denominator of Q; its effect is added as well (first order for a simple λ₂,
    /// <see cref="MccEpsilonCorrection"/>; per block when the GLCM has disconnected blocks and λ₂ would be 1,
    /// <see cref="DisconnectedGlcmBlocks"/>), which matters for rare grey levels. Edge case: a 1×1 matrix (one grey
    /// level in the ROI) is handled by the family (PyRadiomics returns 1).
    /// </summary>
    public static double Mcc(GlcmProbabilities m) => Mcc(m, allowSymmetricShortcut: true);

    /// <summary><see cref="Mcc(GlcmProbabilities)"/>, optionally always through <c>S = B Bᵀ</c> (to test the shortcut against it).</summary>
    internal static double Mcc(GlcmProbabilities m, bool allowSymmetricShortcut)
    {
        // The O(N_g²) work matrices are pooled (rented and returned here): fresh large arrays cost page faults.
        int n = m.Size;
        int[] rows = ArrayPool<int>.Shared.Rent(n);
        int[] cols = ArrayPool<int>.Shared.Rent(n);
        int[] columnOf = ArrayPool<int>.Shared.Rent(n);
        double[]? b = null, s = null;
        try
        {
            ReadOnlySpan<double> px = m.Px, py = m.Py;
            int r = 0, nc = 0;
            for (int i = 0; i < n; i++)
            {
                if (px[i] > 0)
                {
                    rows[r++] = i;
                }

                columnOf[i] = py[i] > 0 ? nc : -1;
                if (py[i] > 0)
                {
                    cols[nc++] = i;
                }
            }

            // B(a, c) = p(i, k) / √(pₓ(i) p_y(k)) over the rows and columns with non-zero marginals (zero cells stay 0).
            b = ArrayPool<double>.Shared.Rent(Math.Max(1, r * nc));
            Array.Clear(b, 0, r * nc);
            ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
            ReadOnlySpan<double> values = m.EntryValues;
            for (int a = 0; a < r; a++)
            {
                int i = rows[a];
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    int k = columns[e];
                    if (columnOf[k] >= 0)
                    {
                        b[a * nc + columnOf[k]] = values[e] / Math.Sqrt(px[i] * py[k]);
                    }
                }
            }

            return MccFromB(m, b, r, nc, rows.AsSpan(0, r), allowSymmetricShortcut && m.IsSymmetric(), ref s);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<int>.Shared.Return(cols);
            ArrayPool<int>.Shared.Return(columnOf);
            if (b is not null)
            {
                ArrayPool<double>.Shared.Return(b);
            }

            if (s is not null)
            {
                ArrayPool<double>.Shared.Return(s);
            }
        }
    }

    /// <summary>The MCC from <c>B</c> (<paramref name="r"/> × <paramref name="nc"/>, overwritten); <paramref name="s"/> receives the rented <c>S</c> if one is formed.</summary>
    private static double MccFromB(GlcmProbabilities m, double[] b, int r, int nc, ReadOnlySpan<int> rows, bool symmetric, ref double[]? s)
    {
        const double DegenerateTolerance = 1e-9;
        SymmetricTridiagonalForm form;
        double second; // the second largest eigenvalue of S
        double secondValue; // the eigenvalue of the reduced matrix behind second
        if (symmetric)
        {
            // B is symmetric (pₓ = p_y, rows = columns): S = B², eigenvalues μ² with the eigenvectors of B.
            // The second largest μ² is the square of the μ of second largest magnitude, found by bisection (no full QL).
            form = SymmetricTridiagonalForm.Reduce(b, r);
            secondValue = form.SecondLargestMagnitude();
            second = secondValue * secondValue;
        }
        else
        {
            s = ArrayPool<double>.Shared.Rent(Math.Max(1, r * r));
            Array.Clear(s, 0, r * r);
            for (int a = 0; a < r; a++)
            {
                ReadOnlySpan<double> rowA = b.AsSpan(a * nc, nc);
                for (int c = 0; c <= a; c++)
                {
                    s[a * r + c] = TextureMath.Dot(rowA, b.AsSpan(c * nc, nc));
                }
            }

            form = SymmetricTridiagonalForm.Reduce(s, r);
            second = r >= 2 ? form.Eigenvalue(r - 2) : 0;
            secondValue = second;
        }

        // Zero rows of Q contribute eigenvalue 0; the second largest of all n eigenvalues is wanted.
        if (r >= 2 && second > 1 - DegenerateTolerance)
        {
            // Eigenvalue 1 is multiple: the GLCM has disconnected blocks, and ε separates their roots. This rare
            // case needs an eigenvalue further down, so all of them are computed (QL).
            double[] eigenvalues = form.Eigenvalues();
            if (symmetric)
            {
                for (int a = 0; a < r; a++)
                {
                    eigenvalues[a] *= eigenvalues[a];
                }

                Array.Sort(eigenvalues);
            }

            double[] roots = DisconnectedGlcmBlocks.PerronRoots(m);
            int others = r - 1 - roots.Length;
            second = Math.Max(roots.Length >= 2 ? roots[1] : 0, others >= 0 ? eigenvalues[others] : 0);
        }
        else if (r >= 2 && second > 0 && form.Eigenvector(secondValue) is { } v)
        {
            // A simple eigenvalue: add ε's first-order shift, as PyRadiomics' Q carries ε.
            second += MccEpsilonCorrection.Shift(m, rows, v);
        }

        if (r < m.Size)
        {
            second = Math.Max(second, 0);
        }

        return Math.Sqrt(Math.Max(second, 0));
    }

    /// <summary>Maximum probability (joint maximum) <c>max p(i,j)</c>. IBSI: GYBY. PyRadiomics: MaximumProbability.</summary>
    public static double MaximumProbability(GlcmProbabilities m)
    {
        double max = 0;
        foreach (double p in m.EntryValues)
        {
            max = Math.Max(max, p);
        }

        return max;
    }

    /// <summary>Sum average <c>Σₖ k·p₊(k)</c>. IBSI: ZGXS. PyRadiomics: SumAverage.</summary>
    public static double SumAverage(GlcmProbabilities m)
    {
        double sum = 0;
        ReadOnlySpan<double> ps = m.SumDistribution;
        for (int k = 2; k < ps.Length; k++)
        {
            sum += k * ps[k];
        }

        return sum;
    }

    /// <summary>Sum entropy <c>−Σₖ p₊(k) log₂(p₊(k) + ε)</c>. IBSI: P6QZ. PyRadiomics: SumEntropy.</summary>
    public static double SumEntropy(GlcmProbabilities m) => Entropy(m.SumDistribution);

    /// <summary>Sum of squares (joint variance) <c>Σ (i − μₓ)² p(i,j) = Σᵢ (i − μₓ)² pₓ(i)</c>. IBSI: UR99. PyRadiomics: SumSquares.</summary>
    public static double SumSquares(GlcmProbabilities m)
    {
        return MarginalVariance(m.Px, m.Levels, m.MeanX);
    }

    /// <summary>
    /// Sum variance <c>Σₖ (k − SA)² p₊(k)</c>. IBSI: OEEB. PyRadiomics: SumVariance (deprecated: equal to
    /// ClusterTendency); computed only when requested by name.
    /// </summary>
    public static double SumVariance(GlcmProbabilities m)
    {
        double average = SumAverage(m);
        double sum = 0;
        ReadOnlySpan<double> ps = m.SumDistribution;
        for (int k = 2; k < ps.Length; k++)
        {
            sum += (k - average) * (k - average) * ps[k];
        }

        return sum;
    }

    private static double ClusterMoment(GlcmProbabilities m, int power)
    {
        // Σᵢⱼ (i + j − μₓ − μ_y)ⁿ p(i,j) = Σₖ (k − μₓ − μ_y)ⁿ p₊(k).
        double sum = 0;
        double shift = m.MeanX + m.MeanY;
        ReadOnlySpan<double> ps = m.SumDistribution;
        for (int k = 2; k < ps.Length; k++)
        {
            double d = k - shift;
            sum += power switch { 2 => d * d, 3 => d * d * d, _ => d * d * d * d } * ps[k];
        }

        return sum;
    }

    /// <summary><c>Σᵢ q(i)(i − μ)²</c> over a marginal distribution q.</summary>
    private static double MarginalVariance(ReadOnlySpan<double> marginal, ReadOnlySpan<double> levels, double mean)
    {
        double sum = 0;
        for (int i = 0; i < marginal.Length; i++)
        {
            sum += (levels[i] - mean) * (levels[i] - mean) * marginal[i];
        }

        return sum;
    }

    private static double DifferenceSum(GlcmProbabilities m, Func<int, double> weight)
    {
        double sum = 0;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        for (int k = 0; k < pd.Length; k++)
        {
            sum += pd[k] * weight(k);
        }

        return sum;
    }

    /// <summary>HXY2 <c>= −Σᵢⱼ q log₂(q + ε)</c> over <c>q = pₓ(i)p_y(j) ≠ 0</c>, in row-major order.</summary>
    private static double ProductEntropy(ReadOnlySpan<double> px, ReadOnlySpan<double> py)
    {
        double hxy2 = 0;
        for (int i = 0; i < px.Length; i++)
        {
            for (int j = 0; j < py.Length; j++)
            {
                double q = px[i] * py[j];
                if (q != 0)
                {
                    hxy2 -= q * Math.Log2(q + TextureMath.Epsilon);
                }
            }
        }

        return hxy2;
    }

    /// <summary>
    /// <see cref="ProductEntropy"/> when <c>pₓ = p_y</c> (a symmetric GLCM): then <c>q(i,j) = q(j,i)</c> exactly, so
    /// each term is computed once, for j ≥ i, and kept for row j; the sum keeps its row-major order, so the result
    /// is the same to the bit with half the logarithms. A zero q gives a zero term, which subtracts nothing.
    /// </summary>
    private static double SymmetricProductEntropy(ReadOnlySpan<double> p)
    {
        int n = p.Length;
        double[] terms = ArrayPool<double>.Shared.Rent(n * n); // term (i, j), j > i, kept at j·n + i for row j
        try
        {
            double hxy2 = 0;
            for (int i = 0; i < n; i++)
            {
                foreach (double term in terms.AsSpan(i * n, i))
                {
                    hxy2 -= term;
                }

                for (int j = i; j < n; j++)
                {
                    double q = p[i] * p[j];
                    double term = q != 0 ? q * Math.Log2(q + TextureMath.Epsilon) : 0;
                    terms[(j * n) + i] = term;
                    hxy2 -= term;
                }
            }

            return hxy2;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(terms);
        }
    }

    private static double Entropy(ReadOnlySpan<double> distribution)
    {
        double sum = 0;
        foreach (double p in distribution)
        {
            if (p != 0)
            {
                sum -= p * Math.Log2(p + TextureMath.Epsilon);
            }
        }

        return sum;
    }

    /// <summary>The stored entries as (grey level i, grey level j, p(i, j)), in row-major order.</summary>
    private static IEnumerable<(double I, double J, double P)> Entries(GlcmProbabilities m)
    {
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = m.RowStarts[i]; e < m.RowStarts[i + 1]; e++)
            {
                double p = m.EntryValues[e];
                if (p != 0)
                {
                    yield return (m.Levels[i], m.Levels[m.EntryColumns[e]], p);
                }
            }
        }
    }
}
