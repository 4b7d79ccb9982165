namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>NGTDM features (see <see cref="NgtdmMatrix"/> for the symbols); sums run over grey levels with pᵢ &gt; 0.</summary>
public static class NgtdmFeatures
{
    /// <summary>
    /// Busyness <c>Σ pᵢsᵢ / Σᵢⱼ |i·pᵢ − j·pⱼ|</c>. IBSI: NQ30 (the IBSI denominator is restricted the same way).
    /// PyRadiomics: Busyness. Edge case: a zero denominator (one grey level) gives 0.
    /// </summary>
    public static double Busyness(NgtdmMatrix m)
    {
        double denominator = 0;
        for (int a = 0; a < m.LevelCount; a++)
        {
            for (int b = 0; b < m.LevelCount; b++)
            {
                denominator += Math.Abs(m.Levels[a] * m.Probabilities[a] - m.Levels[b] * m.Probabilities[b]);
            }
        }

        return denominator == 0 ? 0 : WeightedDifference(m) / denominator;
    }

    /// <summary>
    /// Coarseness <c>1 / Σ pᵢsᵢ</c>. IBSI: QCDE. PyRadiomics: Coarseness. Edge case: Σ pᵢsᵢ = 0 (a homogeneous
    /// region) gives 10⁶, PyRadiomics' arbitrary value.
    /// </summary>
    public static double Coarseness(NgtdmMatrix m)
    {
        double sum = WeightedDifference(m);
        return sum == 0 ? 1_000_000 : 1 / sum;
    }

    /// <summary>
    /// Complexity <c>Σᵢⱼ |i − j| (pᵢsᵢ + pⱼsⱼ)/(pᵢ + pⱼ) / N_vp</c>. IBSI: HDEZ. PyRadiomics: Complexity.
    /// </summary>
    public static double Complexity(NgtdmMatrix m)
    {
        double sum = 0;
        for (int a = 0; a < m.LevelCount; a++)
        {
            for (int b = 0; b < m.LevelCount; b++)
            {
                double pa = m.Probabilities[a], pb = m.Probabilities[b];
                sum += Math.Abs(m.Levels[a] - m.Levels[b]) * (pa * m.DifferenceSums[a] + pb * m.DifferenceSums[b]) / (pa + pb);
            }
        }

        return sum / m.VoxelTotal;
    }

    /// <summary>
    /// Contrast <c>[Σᵢⱼ pᵢpⱼ(i − j)² / (N_gp(N_gp − 1))] · Σ sᵢ / N_vp</c>. IBSI: 65HE. PyRadiomics: Contrast.
    /// Edge case: N_gp ≤ 1 gives 0.
    /// </summary>
    public static double Contrast(NgtdmMatrix m)
    {
        int ngp = m.LevelCount;
        if (ngp <= 1)
        {
            return 0;
        }

        double spread = 0;
        for (int a = 0; a < ngp; a++)
        {
            for (int b = 0; b < ngp; b++)
            {
                double d = m.Levels[a] - m.Levels[b];
                spread += m.Probabilities[a] * m.Probabilities[b] * d * d;
            }
        }

        return spread / (ngp * (ngp - 1.0)) * (m.DifferenceSums.Sum() / m.VoxelTotal);
    }

    /// <summary>
    /// Strength <c>Σᵢⱼ (pᵢ + pⱼ)(i − j)² / Σ sᵢ</c>. IBSI: 1X9X. PyRadiomics: Strength. Edge case: Σ sᵢ = 0 gives 0.
    /// </summary>
    public static double Strength(NgtdmMatrix m)
    {
        double sumS = m.DifferenceSums.Sum();
        if (sumS == 0)
        {
            return 0;
        }

        double sum = 0;
        for (int a = 0; a < m.LevelCount; a++)
        {
            for (int b = 0; b < m.LevelCount; b++)
            {
                double d = m.Levels[a] - m.Levels[b];
                sum += (m.Probabilities[a] + m.Probabilities[b]) * d * d;
            }
        }

        return sum / sumS;
    }

    private static double WeightedDifference(NgtdmMatrix m)
    {
        double sum = 0;
        for (int k = 0; k < m.LevelCount; k++)
        {
            sum += m.Probabilities[k] * m.DifferenceSums[k];
        }

        return sum;
    }
}
