using Radiomics.Numerics;

namespace Radiomics.Features.FirstOrder;

/// <summary>
/// The first-order (intensity statistics) features of PyRadiomics, one formula each, from the
/// <see cref="FirstOrderCoefficients"/> (where the symbols are defined) of a ROI or of a voxel's kernel.
/// </summary>
public static class FirstOrderFeatures
{
    /// <summary>Energy = Σ (X(i) + c)². IBSI: N8CA (with c = 0). PyRadiomics: Energy.</summary>
    public static double Energy(in FirstOrderCoefficients s) => s.ShiftedSumOfSquares;

    /// <summary>Total energy = V_voxel · Σ (X(i) + c)². No IBSI counterpart. PyRadiomics: TotalEnergy.</summary>
    public static double TotalEnergy(in FirstOrderCoefficients s) => s.ShiftedSumOfSquares * s.VoxelVolume;

    /// <summary>
    /// Entropy = −Σ p(i) log₂(p(i) + ε), ε = 2.2·10⁻¹⁶ (numpy.spacing(1)). IBSI: TLU2 (intensity histogram entropy).
    /// PyRadiomics: Entropy. Depends on the discretisation.
    /// </summary>
    public static double Entropy(in FirstOrderCoefficients s)
    {
        double sum = 0;
        foreach (double p in s.Probabilities)
        {
            sum += p * Math.Log2(p + MachineEpsilon.Value);
        }

        return -sum;
    }

    /// <summary>Minimum intensity. IBSI: 1GSF. PyRadiomics: Minimum.</summary>
    public static double Minimum(in FirstOrderCoefficients s) => s.Minimum;

    /// <summary>10th percentile (numpy linear interpolation). IBSI: QG58. PyRadiomics: 10Percentile.</summary>
    public static double Percentile10(in FirstOrderCoefficients s) => s.Percentile10;

    /// <summary>90th percentile (numpy linear interpolation). IBSI: 8DWT. PyRadiomics: 90Percentile.</summary>
    public static double Percentile90(in FirstOrderCoefficients s) => s.Percentile90;

    /// <summary>Maximum intensity. IBSI: 84IY. PyRadiomics: Maximum.</summary>
    public static double Maximum(in FirstOrderCoefficients s) => s.Maximum;

    /// <summary>Mean = (1/N_p) Σ X(i). IBSI: Q4LE. PyRadiomics: Mean.</summary>
    public static double Mean(in FirstOrderCoefficients s) => s.Mean;

    /// <summary>Median (50th percentile). IBSI: Y12H. PyRadiomics: Median.</summary>
    public static double Median(in FirstOrderCoefficients s) => s.Median;

    /// <summary>Interquartile range = P75 − P25. IBSI: SALO. PyRadiomics: InterquartileRange.</summary>
    public static double InterquartileRange(in FirstOrderCoefficients s) => s.Percentile75 - s.Percentile25;

    /// <summary>Range = max − min. IBSI: 2OJQ. PyRadiomics: Range.</summary>
    public static double Range(in FirstOrderCoefficients s) => s.Maximum - s.Minimum;

    /// <summary>Mean absolute deviation = (1/N_p) Σ |X(i) − X̄|. IBSI: 4FUA. PyRadiomics: MeanAbsoluteDeviation.</summary>
    public static double MeanAbsoluteDeviation(in FirstOrderCoefficients s) => s.MeanAbsoluteDeviation;

    /// <summary>
    /// Robust mean absolute deviation: the MAD of the voxels with P10 ≤ X ≤ P90, about their own mean.
    /// IBSI: 1128. PyRadiomics: RobustMeanAbsoluteDeviation.
    /// </summary>
    public static double RobustMeanAbsoluteDeviation(in FirstOrderCoefficients s) => s.RobustMeanAbsoluteDeviation;

    /// <summary>RMS = √((1/N_p) Σ (X(i) + c)²). IBSI: 5ZWQ (with c = 0). PyRadiomics: RootMeanSquared.</summary>
    public static double RootMeanSquared(in FirstOrderCoefficients s) => Math.Sqrt(s.ShiftedSumOfSquares / s.Count);

    /// <summary>
    /// Standard deviation = √μ₂ (population). No IBSI counterpart (correlated with variance). PyRadiomics:
    /// StandardDeviation, deprecated: computed only when requested by name.
    /// </summary>
    public static double StandardDeviation(in FirstOrderCoefficients s) => Math.Sqrt(s.Moment2);

    /// <summary>
    /// Skewness = μ₃ / μ₂^1.5. IBSI: KE2A. PyRadiomics: Skewness. A flat ROI (μ₂ = 0) gives 0, as in PyRadiomics.
    /// </summary>
    public static double Skewness(in FirstOrderCoefficients s) => s.Moment2 == 0 ? s.Moment3 : s.Moment3 / Math.Pow(s.Moment2, 1.5);

    /// <summary>
    /// Kurtosis = μ₄ / μ₂² (not excess: IBSI's IPH6 is this minus 3). PyRadiomics: Kurtosis.
    /// A flat ROI (μ₂ = 0) gives 0, as in PyRadiomics.
    /// </summary>
    public static double Kurtosis(in FirstOrderCoefficients s) => s.Moment2 == 0 ? s.Moment4 : s.Moment4 / (s.Moment2 * s.Moment2);

    /// <summary>Variance = μ₂ = (1/N_p) Σ (X(i) − X̄)². IBSI: ECT3. PyRadiomics: Variance.</summary>
    public static double Variance(in FirstOrderCoefficients s) => s.Moment2;

    /// <summary>Uniformity = Σ p(i)². IBSI: BJ5W (intensity histogram uniformity). PyRadiomics: Uniformity.</summary>
    public static double Uniformity(in FirstOrderCoefficients s)
    {
        double sum = 0;
        foreach (double p in s.Probabilities)
        {
            sum += p * p;
        }

        return sum;
    }
}
