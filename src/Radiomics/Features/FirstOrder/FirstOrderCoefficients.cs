namespace Radiomics.Features.FirstOrder;

/// <summary>
/// The quantities every first-order feature draws on, for one set of intensities <c>X</c> (a ROI or a voxel's kernel):
/// count <c>N_p</c>, extremes, mean, central moments, percentiles, mean absolute deviations, <c>Σ (X + c)²</c> with
/// <c>c</c> the <c>voxelArrayShift</c>, the voxel volume and the probabilities <c>p(i)</c> of the grey levels present.
/// The segment-based family takes them from <see cref="FirstOrderStatistics"/> (which discretises for
/// <see cref="Probabilities"/> on first use only), the voxel-based kernel from its kernel; one formula set
/// (<see cref="FirstOrderFeatures"/>) serves both.
/// </summary>
public readonly ref struct FirstOrderCoefficients
{
    private readonly FirstOrderStatistics? _statistics;
    private readonly ReadOnlySpan<double> _probabilities;

    /// <summary>Coefficients with the grey-level probabilities <paramref name="probabilities"/> (levels present, ascending).</summary>
    public FirstOrderCoefficients(ReadOnlySpan<double> probabilities)
    {
        _probabilities = probabilities;
    }

    /// <summary>A ROI's coefficients, its probabilities taken from <paramref name="statistics"/> when a formula asks.</summary>
    internal FirstOrderCoefficients(FirstOrderStatistics statistics)
    {
        _statistics = statistics;
        Count = statistics.Count;
        Minimum = statistics.Minimum;
        Maximum = statistics.Maximum;
        Mean = statistics.Mean;
        Moment2 = statistics.Moment2;
        Moment3 = statistics.Moment3;
        Moment4 = statistics.Moment4;
        MeanAbsoluteDeviation = statistics.MeanAbsoluteDeviation;
        RobustMeanAbsoluteDeviation = statistics.RobustMeanAbsoluteDeviation;
        Percentile10 = statistics.Percentile10;
        Percentile25 = statistics.Percentile25;
        Median = statistics.Median;
        Percentile75 = statistics.Percentile75;
        Percentile90 = statistics.Percentile90;
        ShiftedSumOfSquares = statistics.ShiftedSumOfSquares;
        VoxelVolume = statistics.VoxelVolume;
    }

    /// <summary>N_p, the number of intensities.</summary>
    public int Count { get; init; }

    /// <summary>The lowest intensity.</summary>
    public double Minimum { get; init; }

    /// <summary>The highest intensity.</summary>
    public double Maximum { get; init; }

    /// <summary>X̄ = (1/N_p) Σ X.</summary>
    public double Mean { get; init; }

    /// <summary>Central moments μ₂, μ₃, μ₄ (population, 1/N_p).</summary>
    public double Moment2 { get; init; }

    /// <summary>μ₃ = (1/N_p) Σ (X − X̄)³.</summary>
    public double Moment3 { get; init; }

    /// <summary>μ₄ = (1/N_p) Σ (X − X̄)⁴.</summary>
    public double Moment4 { get; init; }

    /// <summary>(1/N_p) Σ |X − X̄|.</summary>
    public double MeanAbsoluteDeviation { get; init; }

    /// <summary>The mean absolute deviation of the intensities in [P10, P90] about their own mean.</summary>
    public double RobustMeanAbsoluteDeviation { get; init; }

    /// <summary>Percentiles (numpy's linear interpolation).</summary>
    public double Percentile10 { get; init; }

    /// <summary>P25, the 25th percentile (numpy's linear interpolation).</summary>
    public double Percentile25 { get; init; }

    /// <summary>The median, P50 (numpy's linear interpolation).</summary>
    public double Median { get; init; }

    /// <summary>P75, the 75th percentile (numpy's linear interpolation).</summary>
    public double Percentile75 { get; init; }

    /// <summary>P90, the 90th percentile (numpy's linear interpolation).</summary>
    public double Percentile90 { get; init; }

    /// <summary>Σ (X + c)².</summary>
    public double ShiftedSumOfSquares { get; init; }

    /// <summary>V_voxel, the volume of one voxel.</summary>
    public double VoxelVolume { get; init; }

    /// <summary>p(i), the fraction of the intensities in grey level i, for the levels present, ascending.</summary>
    public ReadOnlySpan<double> Probabilities => _statistics is null ? _probabilities : _statistics.Probabilities;
}
