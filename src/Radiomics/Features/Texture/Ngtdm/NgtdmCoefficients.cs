using System.Runtime.CompilerServices;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// The coefficients of one neighbourhood grey tone difference matrix that the NGTDM features draw on, computed once
/// per matrix by <see cref="Compute"/> from the grey levels i present (<c>pᵢ &gt; 0</c>), their probabilities
/// <c>pᵢ = nᵢ / N_vp</c> and difference sums <c>sᵢ</c> (symbols as in <see cref="NgtdmMatrix"/>). The segment-based
/// family (through <see cref="NgtdmMatrix"/>) and the voxel-based kernel compute them with the same code, so one
/// formula set (<see cref="NgtdmFeatures"/>) serves both.
/// </summary>
/// <remarks>The double sums run over every ordered pair (i, j) of levels, i outer, both ascending.</remarks>
public readonly record struct NgtdmCoefficients
{
    /// <summary>N_gp, the number of grey levels present.</summary>
    public int LevelCount { get; init; }

    /// <summary>N_vp = Σ nᵢ.</summary>
    public double VoxelTotal { get; init; }

    /// <summary>Σᵢ pᵢsᵢ.</summary>
    public double WeightedDifference { get; init; }

    /// <summary>Σᵢ sᵢ.</summary>
    public double DifferenceSum { get; init; }

    /// <summary>Σᵢⱼ |i·pᵢ − j·pⱼ| (busyness' denominator).</summary>
    public double BusynessDenominator { get; init; }

    /// <summary>Σᵢⱼ |i − j| (pᵢsᵢ + pⱼsⱼ)/(pᵢ + pⱼ).</summary>
    public double ComplexitySum { get; init; }

    /// <summary>Σᵢⱼ pᵢpⱼ(i − j)².</summary>
    public double Spread { get; init; }

    /// <summary>Σᵢⱼ (pᵢ + pⱼ)(i − j)².</summary>
    public double StrengthSum { get; init; }

    /// <summary>The coefficients of the levels present, their probabilities and difference sums (equal lengths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NgtdmCoefficients Compute(ReadOnlySpan<double> levels, ReadOnlySpan<double> probabilities,
        ReadOnlySpan<double> differenceSums, double voxelTotal)
    {
        int n = levels.Length;
        double weighted = 0, sumS = 0;
        for (int k = 0; k < n; k++)
        {
            weighted += probabilities[k] * differenceSums[k];
            sumS += differenceSums[k];
        }

        double spread = 0, busyness = 0, complexity = 0, strength = 0;
        for (int a = 0; a < n; a++)
        {
            double pa = probabilities[a], ia = levels[a], sa = differenceSums[a];
            for (int b = 0; b < n; b++)
            {
                double pb = probabilities[b], ib = levels[b];
                double d = ia - ib;
                spread += pa * pb * d * d;
                busyness += Math.Abs(ia * pa - ib * pb);
                complexity += Math.Abs(d) * (pa * sa + pb * differenceSums[b]) / (pa + pb);
                strength += (pa + pb) * d * d;
            }
        }

        return new NgtdmCoefficients
        {
            LevelCount = n,
            VoxelTotal = voxelTotal,
            WeightedDifference = weighted,
            DifferenceSum = sumS,
            BusynessDenominator = busyness,
            ComplexitySum = complexity,
            Spread = spread,
            StrengthSum = strength,
        };
    }
}
