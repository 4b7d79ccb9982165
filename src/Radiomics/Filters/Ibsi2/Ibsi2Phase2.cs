using Radiomics.Configuration;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// The IBSI 2 phase-2 filter configurations 1.A–9.B (CONFIGURATIONS.md). "A" filters in 2D on the native CT grid,
/// "B" in 3D after isotropic 1 mm resampling; the filters read millimetre parameters against the grid they get.
/// Reference values: phase2_reference_values.csv (8.B stat_qcod has none).
/// </summary>
public static class Ibsi2Phase2
{
    private const FilterDimension D2 = FilterDimension.Slice2D;
    private const FilterDimension D3 = FilterDimension.Volume3D;
    private const BoundaryMode Mirror = BoundaryMode.Mirror;

    /// <summary>The phase-2 configurations, in the reference data's order.</summary>
    public static IReadOnlyList<Ibsi2Phase2Configuration> Configurations { get; } =
    [
        A("1.A", null),
        B("1.B", null),
        A("2.A", new MeanFilter(5, D2, Mirror)),
        B("2.B", new MeanFilter(5, D3, Mirror)),
        A("3.A", new LaplacianOfGaussianFilter(1.5, D2, Mirror, cutoffInSigma: 4)),
        B("3.B", new LaplacianOfGaussianFilter(1.5, D3, Mirror, cutoffInSigma: 4)),
        A("4.A", new LawsFilter("L5E5", D2, Mirror, rotationInvariant: true, RotationPooling.Max, energyDistance: 7)),
        B("4.B", new LawsFilter("L5E5E5", D3, Mirror, rotationInvariant: true, RotationPooling.Max, energyDistance: 7)),
        A("5.A", new GaborFilter(5, 2, 1.5, 0, D2, Mirror, orientationStep: Math.PI / 8)),
        B("5.B", new GaborFilter(5, 2, 1.5, 0, D3, Mirror, orientationStep: Math.PI / 8)),
        A("6.A", new SeparableWaveletFilter("db3", "LH", 1, D2, Mirror, rotationInvariant: true, RotationPooling.Average)),
        B("6.B", new SeparableWaveletFilter("db3", "LLH", 1, D3, Mirror, rotationInvariant: true, RotationPooling.Average)),
        A("7.A", new SeparableWaveletFilter("db3", "HH", 2, D2, Mirror, rotationInvariant: true, RotationPooling.Average)),
        B("7.B", new SeparableWaveletFilter("db3", "HHH", 2, D3, Mirror, rotationInvariant: true, RotationPooling.Average)),
        A("8.A", new SimoncelliWaveletFilter(1, D2, BoundaryMode.Periodic)),
        B("8.B", new SimoncelliWaveletFilter(1, D3, BoundaryMode.Periodic)),
        A("9.A", new SimoncelliWaveletFilter(2, D2, BoundaryMode.Periodic)),
        B("9.B", new SimoncelliWaveletFilter(2, D3, BoundaryMode.Periodic)),
    ];

    /// <summary>The configuration with id <paramref name="id"/> (e.g. "5.B").</summary>
    public static Ibsi2Phase2Configuration Get(string id) =>
        Configurations.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"No IBSI 2 phase-2 configuration '{id}'.", nameof(id));

    private static Ibsi2Phase2Configuration A(string id, Ibsi2Filter? filter) => new(id, Ibsi2Phase2Pipeline.A, filter);

    private static Ibsi2Phase2Configuration B(string id, Ibsi2Filter? filter) => new(id, Ibsi2Phase2Pipeline.B, filter);
}
