using Radiomics.Numerics;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// GLCM features of one normalised matrix, one formula each, from its <see cref="GlcmCoefficients"/> (the symbols are
/// defined there). The same formulas serve the segment-based family (<see cref="GlcmFamily"/>, the IBSI tables) and the
/// voxel-based kernels; the callers average over matrices (NaN-aware), as PyRadiomics does. ε = 2.2·10⁻¹⁶
/// (numpy.spacing(1)). Sums over <c>p(i, j)</c> visit the stored entries in row-major order and sums over p₊ and p₋
/// their keys in ascending order (the zero terms of the dense sums change nothing), so each costs O(entries).
/// </summary>
public static class GlcmFeatures
{
    /// <summary>Autocorrelation <c>Σᵢⱼ p(i,j)·i·j</c>. IBSI: QWB0. PyRadiomics: Autocorrelation.</summary>
    public static double Autocorrelation(in GlcmCoefficients m)
    {
        // Σᵢ i · (Σⱼ p(i,j)·j): one multiplication by i per row.
        ReadOnlySpan<double> levels = m.Levels, values = m.EntryValues;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
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

    /// <summary>
    /// Joint average <c>μₓ = Σᵢⱼ p(i,j)·i</c> (assumes a symmetric GLCM). IBSI: 60VM. PyRadiomics: JointAverage.
    /// PyRadiomics averages it over directions with a plain (not NaN-aware) mean; the voxel maps reproduce that
    /// after the kernels.
    /// </summary>
    public static double JointAverage(in GlcmCoefficients m) => m.MeanX;

    /// <summary>Cluster prominence <c>Σ (i + j − μₓ − μ_y)⁴ p(i,j)</c>. IBSI: AE86. PyRadiomics: ClusterProminence.</summary>
    public static double ClusterProminence(in GlcmCoefficients m) => ClusterMoment(m, 4);

    /// <summary>Cluster shade <c>Σ (i + j − μₓ − μ_y)³ p(i,j)</c>. IBSI: 7NFM. PyRadiomics: ClusterShade.</summary>
    public static double ClusterShade(in GlcmCoefficients m) => ClusterMoment(m, 3);

    /// <summary>Cluster tendency <c>Σ (i + j − μₓ − μ_y)² p(i,j)</c>. IBSI: DG8W. PyRadiomics: ClusterTendency.</summary>
    public static double ClusterTendency(in GlcmCoefficients m) => ClusterMoment(m, 2);

    /// <summary>Contrast <c>Σ (i − j)² p(i,j) = Σₖ k² p₋(k)</c>. IBSI: ACUI. PyRadiomics: Contrast.</summary>
    public static double Contrast(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += (double)k * k * pd[k];
        }

        return sum;
    }

    /// <summary>
    /// Correlation <c>Σ p(i,j)(i − μₓ)(j − μ_y) / (σₓσ_y + ε)</c>. IBSI: NI2N. PyRadiomics: Correlation.
    /// Edge case: σₓσ_y = 0 (one grey level along this direction) gives 1, as PyRadiomics.
    /// </summary>
    public static double Correlation(in GlcmCoefficients m)
    {
        double ux = m.MeanX, uy = m.MeanY;
        ReadOnlySpan<double> levels = m.Levels, values = m.EntryValues;
        double varX = MarginalVariance(m.Px, levels, ux);
        double varY = m.KnownSymmetric ? varX : MarginalVariance(m.Py, levels, uy); // symmetric: p_y = pₓ and μ_y = μₓ exactly
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
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
        return sigmas == 0 ? 1 : cov / (sigmas + MachineEpsilon.Value);
    }

    /// <summary>Difference average <c>Σₖ k·p₋(k)</c>. IBSI: TF7R. PyRadiomics: DifferenceAverage.</summary>
    public static double DifferenceAverage(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += k * pd[k];
        }

        return sum;
    }

    /// <summary>Difference entropy <c>−Σₖ p₋(k) log₂(p₋(k) + ε)</c>. IBSI: NTRS. PyRadiomics: DifferenceEntropy.</summary>
    public static double DifferenceEntropy(in GlcmCoefficients m) => Entropy(m.DifferenceDistribution, m.DifferenceKeys);

    /// <summary>Difference variance <c>Σₖ (k − DA)² p₋(k)</c>, DA the difference average. IBSI: D3YU. PyRadiomics: DifferenceVariance.</summary>
    public static double DifferenceVariance(in GlcmCoefficients m)
    {
        double average = DifferenceAverage(m);
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += (k - average) * (k - average) * pd[k];
        }

        return sum;
    }

    /// <summary>
    /// Dissimilarity <c>Σ |i − j| p(i,j)</c>. IBSI: 8S9J. PyRadiomics: Dissimilarity (deprecated there: equal to
    /// DifferenceAverage, and PyRadiomics computes no value); computed here only when requested by name.
    /// </summary>
    public static double Dissimilarity(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> levels = m.Levels, values = m.EntryValues;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        double sum = 0;
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                sum += Math.Abs(levels[i] - levels[columns[e]]) * values[e];
            }
        }

        return sum;
    }

    /// <summary>
    /// Homogeneity 1 <c>Σ p(i,j) / (1 + |i − j|)</c>. IBSI: IB1Z (inverse difference). PyRadiomics: Homogeneity1
    /// (deprecated: equal to Id); computed only when requested by name.
    /// </summary>
    public static double Homogeneity1(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> levels = m.Levels, values = m.EntryValues;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        double sum = 0;
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                sum += values[e] / (1 + Math.Abs(levels[i] - levels[columns[e]]));
            }
        }

        return sum;
    }

    /// <summary>
    /// Homogeneity 2 <c>Σ p(i,j) / (1 + |i − j|²)</c>. IBSI: WF0Z (inverse difference moment). PyRadiomics:
    /// Homogeneity2 (deprecated: equal to Idm); computed only when requested by name.
    /// </summary>
    public static double Homogeneity2(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> levels = m.Levels, values = m.EntryValues;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        double sum = 0;
        for (int i = 0; i < m.Size; i++)
        {
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                double d = levels[i] - levels[columns[e]];
                sum += values[e] / (1 + d * d);
            }
        }

        return sum;
    }

    /// <summary>Inverse difference <c>Σₖ p₋(k) / (1 + k)</c>. IBSI: IB1Z. PyRadiomics: Id.</summary>
    public static double Id(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += pd[k] * (1.0 / (1 + k));
        }

        return sum;
    }

    /// <summary>Inverse difference moment <c>Σₖ p₋(k) / (1 + k²)</c>. IBSI: WF0Z. PyRadiomics: Idm.</summary>
    public static double Idm(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += pd[k] * (1.0 / (1 + (double)k * k));
        }

        return sum;
    }

    /// <summary>
    /// Normalised inverse difference moment <c>Σₖ p₋(k) / (1 + k²/N_g²)</c>, N_g the highest grey level in the ROI
    /// (in voxel mode the whole ROI's, not the kernel's). IBSI: 1QCO (there N_g is the number of bins; equal for
    /// IBSI's discretisations). PyRadiomics: Idmn.
    /// </summary>
    public static double Idmn(in GlcmCoefficients m)
    {
        double ng2 = (double)m.MaxLevel * m.MaxLevel;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += pd[k] * (1.0 / (1 + (double)k * k / ng2));
        }

        return sum;
    }

    /// <summary>
    /// Normalised inverse difference <c>Σₖ p₋(k) / (1 + k/N_g)</c>, N_g as in <see cref="Idmn"/>. IBSI: NDRX (there
    /// N_g is the number of bins). PyRadiomics: Idn.
    /// </summary>
    public static double Idn(in GlcmCoefficients m)
    {
        double ng = m.MaxLevel;
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            sum += pd[k] * (1.0 / (1 + k / ng));
        }

        return sum;
    }

    /// <summary>
    /// Informational measure of correlation 1 <c>(HXY − HXY1) / max(HX, HY)</c> (see <see cref="GlcmCoefficients"/>).
    /// IBSI: R8DG. PyRadiomics: Imc1. Edge case: HX = HY = 0 gives 0.
    /// </summary>
    public static double Imc1(in GlcmCoefficients m)
    {
        double div = Math.Max(m.HX, m.HY);
        return div == 0 ? 0 : (m.JointEntropy - m.HXY1) / div;
    }

    /// <summary>
    /// Informational measure of correlation 2 <c>√(1 − e^(−2(HXY2 − HXY)))</c>. IBSI: JN9H. PyRadiomics: Imc2.
    /// Edge cases: HXY2 = HXY gives 0; HXY &gt; HXY2 (rounding) gives NaN, which averaging skips, as PyRadiomics.
    /// </summary>
    public static double Imc2(in GlcmCoefficients m)
    {
        double hxy2 = m.HXY2;
        if (hxy2 == m.JointEntropy)
        {
            return 0;
        }

        double inner = 1 - Math.Exp(-2 * (hxy2 - m.JointEntropy));
        return inner < 0 ? double.NaN : Math.Sqrt(inner);
    }

    /// <summary>Inverse variance <c>Σ_{k≥1} p₋(k) / k²</c>. IBSI: E8JP. PyRadiomics: InverseVariance.</summary>
    public static double InverseVariance(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> pd = m.DifferenceDistribution;
        double sum = 0;
        foreach (int k in m.DifferenceKeys)
        {
            if (k > 0)
            {
                sum += pd[k] / ((double)k * k);
            }
        }

        return sum;
    }

    /// <summary>Joint energy (angular second moment) <c>Σ p(i,j)²</c>. IBSI: 8ZQL. PyRadiomics: JointEnergy.</summary>
    public static double JointEnergy(in GlcmCoefficients m)
    {
        double sum = 0;
        foreach (double p in m.EntryValues)
        {
            sum += p * p;
        }

        return sum;
    }

    /// <summary>Joint entropy <c>−Σ p(i,j) log₂(p(i,j) + ε)</c>. IBSI: TU9B. PyRadiomics: JointEntropy.</summary>
    public static double JointEntropy(in GlcmCoefficients m) => m.JointEntropy;

    /// <summary>
    /// Maximal correlation coefficient <c>√λ₂</c>, λ₂ the second largest eigenvalue of
    /// <c>Q(i,j) = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k) + ε)</c>. No IBSI identifier. PyRadiomics: MCC. Computed as
    /// <see cref="MaximalCorrelationCoefficient"/> describes. Edge case: a ROI of one grey level is handled by the
    /// callers (PyRadiomics returns 1); a matrix of one grey level in a ROI of several gives 0.
    /// </summary>
    public static double Mcc(in GlcmCoefficients m) => MaximalCorrelationCoefficient.Compute(m, allowSymmetricShortcut: true);

    /// <summary>Maximum probability (joint maximum) <c>max p(i,j)</c>. IBSI: GYBY. PyRadiomics: MaximumProbability.</summary>
    public static double MaximumProbability(in GlcmCoefficients m)
    {
        double max = 0;
        foreach (double p in m.EntryValues)
        {
            max = Math.Max(max, p);
        }

        return max;
    }

    /// <summary>Sum average <c>Σₖ k·p₊(k)</c>. IBSI: ZGXS. PyRadiomics: SumAverage.</summary>
    public static double SumAverage(in GlcmCoefficients m)
    {
        ReadOnlySpan<double> ps = m.SumDistribution;
        double sum = 0;
        foreach (int k in m.SumKeys)
        {
            sum += k * ps[k];
        }

        return sum;
    }

    /// <summary>Sum entropy <c>−Σₖ p₊(k) log₂(p₊(k) + ε)</c>. IBSI: P6QZ. PyRadiomics: SumEntropy.</summary>
    public static double SumEntropy(in GlcmCoefficients m) => Entropy(m.SumDistribution, m.SumKeys);

    /// <summary>Sum of squares (joint variance) <c>Σ (i − μₓ)² p(i,j) = Σᵢ (i − μₓ)² pₓ(i)</c>. IBSI: UR99. PyRadiomics: SumSquares.</summary>
    public static double SumSquares(in GlcmCoefficients m) => MarginalVariance(m.Px, m.Levels, m.MeanX);

    /// <summary>
    /// Sum variance <c>Σₖ (k − SA)² p₊(k)</c>, SA the sum average. IBSI: OEEB. PyRadiomics: SumVariance (deprecated:
    /// equal to ClusterTendency); computed only when requested by name.
    /// </summary>
    public static double SumVariance(in GlcmCoefficients m)
    {
        double average = SumAverage(m);
        ReadOnlySpan<double> ps = m.SumDistribution;
        double sum = 0;
        foreach (int k in m.SumKeys)
        {
            sum += (k - average) * (k - average) * ps[k];
        }

        return sum;
    }

    /// <summary><c>Σᵢⱼ (i + j − μₓ − μ_y)ⁿ p(i,j) = Σₖ (k − μₓ − μ_y)ⁿ p₊(k)</c>.</summary>
    private static double ClusterMoment(in GlcmCoefficients m, int power)
    {
        double shift = m.MeanX + m.MeanY;
        ReadOnlySpan<double> ps = m.SumDistribution;
        double sum = 0;
        foreach (int k in m.SumKeys)
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

    /// <summary><c>−Σ q(k) log₂(q(k) + ε)</c> over the keys of a distribution.</summary>
    private static double Entropy(ReadOnlySpan<double> distribution, ReadOnlySpan<int> keys)
    {
        double sum = 0;
        foreach (int k in keys)
        {
            double p = distribution[k];
            sum -= p * Math.Log2(p + MachineEpsilon.Value);
        }

        return sum;
    }
}
