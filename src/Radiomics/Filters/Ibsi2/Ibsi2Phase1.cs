using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// The IBSI 2 phase-1 configurations that have a consensus response map (33 of the 36 tests; 9.b.2, 10.a and 10.b.2
/// have none), as tabulated in the IBSI 2 reference data's CONFIGURATIONS.md. All phantoms are 64³ at 2 mm.
/// Letters of separable kernels and Riesz orders follow the axes (i, j, k).
/// </summary>
public static class Ibsi2Phase1
{
    private const FilterDimension D2 = FilterDimension.Slice2D;
    private const FilterDimension D3 = FilterDimension.Volume3D;

    /// <summary>The 33 configurations, in the reference data's order (test ids 1.a.1 … 10.b.1).</summary>
    public static IReadOnlyList<Ibsi2Phase1Configuration> Configurations { get; } =
    [
        new("1_a_1", "checkerboard", new MeanFilter(15, D3, BoundaryMode.Zero)),
        new("1_a_2", "checkerboard", new MeanFilter(15, D3, BoundaryMode.Nearest)),
        new("1_a_3", "checkerboard", new MeanFilter(15, D3, BoundaryMode.Periodic)),
        new("1_a_4", "checkerboard", new MeanFilter(15, D3, BoundaryMode.Mirror)),
        new("1_b_1", "impulse", new MeanFilter(15, D2, BoundaryMode.Zero)),
        new("2_a", "impulse", new LaplacianOfGaussianFilter(3, D3, BoundaryMode.Zero, cutoffInSigma: 4)),
        new("2_b", "checkerboard", new LaplacianOfGaussianFilter(5, D3, BoundaryMode.Mirror, cutoffInSigma: 4)),
        new("2_c", "checkerboard", new LaplacianOfGaussianFilter(5, D2, BoundaryMode.Mirror, cutoffInSigma: 4)),
        new("3_a_1", "impulse", new LawsFilter("E5L5S5", D3, BoundaryMode.Zero)),
        new("3_a_2", "impulse", new LawsFilter("E5L5S5", D3, BoundaryMode.Zero, rotationInvariant: true, RotationPooling.Max)),
        new("3_a_3", "impulse", new LawsFilter("E5L5S5", D3, BoundaryMode.Zero, rotationInvariant: true, RotationPooling.Max, energyDistance: 7)),
        new("3_b_1", "checkerboard", new LawsFilter("E3W5R5", D3, BoundaryMode.Mirror)),
        new("3_b_2", "checkerboard", new LawsFilter("E3W5R5", D3, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max)),
        new("3_b_3", "checkerboard", new LawsFilter("E3W5R5", D3, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max, energyDistance: 7)),
        new("3_c_1", "checkerboard", new LawsFilter("L5S5", D2, BoundaryMode.Mirror)),
        new("3_c_2", "checkerboard", new LawsFilter("L5S5", D2, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max)),
        new("3_c_3", "checkerboard", new LawsFilter("L5S5", D2, BoundaryMode.Mirror, rotationInvariant: true, RotationPooling.Max, energyDistance: 7)),
        new("4_a_1", "impulse", new GaborFilter(10, 4, 0.5, Math.PI / 3, D2, BoundaryMode.Zero)),
        new("4_a_2", "impulse", new GaborFilter(10, 4, 0.5, 0, D3, BoundaryMode.Zero, orientationStep: Math.PI / 4)),
        new("4_b_1", "sphere", new GaborFilter(20, 8, 2.5, 5 * Math.PI / 4, D2, BoundaryMode.Mirror)),
        new("4_b_2", "sphere", new GaborFilter(20, 8, 2.5, 0, D3, BoundaryMode.Mirror, orientationStep: Math.PI / 8)),
        new("5_a_1", "impulse", new SeparableWaveletFilter("db2", "LHL", 1, D3, BoundaryMode.Zero)),
        new("5_a_2", "impulse", new SeparableWaveletFilter("db2", "LHL", 1, D3, BoundaryMode.Zero, rotationInvariant: true)),
        new("6_a_1", "sphere", new SeparableWaveletFilter("coif1", "HHL", 1, D3, BoundaryMode.Periodic)),
        new("6_a_2", "sphere", new SeparableWaveletFilter("coif1", "HHL", 1, D3, BoundaryMode.Periodic, rotationInvariant: true)),
        new("7_a_1", "checkerboard", new SeparableWaveletFilter("haar", "LLL", 2, D3, BoundaryMode.Mirror, rotationInvariant: true)),
        new("7_a_2", "checkerboard", new SeparableWaveletFilter("haar", "HHH", 2, D3, BoundaryMode.Mirror, rotationInvariant: true)),
        new("8_a_1", "checkerboard", new SimoncelliWaveletFilter(1, D3)),
        new("8_a_2", "checkerboard", new SimoncelliWaveletFilter(2, D3)),
        new("8_a_3", "checkerboard", new SimoncelliWaveletFilter(3, D3)),
        new("9_a", "impulse", new RieszTransformedFilter(new LaplacianOfGaussianFilter(3, D3, BoundaryMode.Zero), [1, 0, 0])),
        new("9_b_1", "sphere", new RieszTransformedFilter(new LaplacianOfGaussianFilter(3, D3, BoundaryMode.Zero), [0, 2, 0])),
        new("10_b_1", "pattern_1", new RieszTransformedFilter(new SimoncelliWaveletFilter(1, D3, BoundaryMode.Nearest), [0, 2, 0])),
    ];

    /// <summary>The configuration with id <paramref name="id"/> (e.g. "4_b_2").</summary>
    public static Ibsi2Phase1Configuration Get(string id) =>
        Configurations.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"No IBSI 2 phase-1 configuration '{id}'.", nameof(id));

    /// <summary>The response map of <paramref name="configuration"/> for its phantom, on the phantom's grid.</summary>
    public static Volume<double> Compute(Ibsi2Phase1Configuration configuration, Volume<double> phantom, FilterExecution? execution = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.Filter.Apply(phantom, execution);
    }
}
