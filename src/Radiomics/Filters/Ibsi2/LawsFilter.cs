using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 Laws kernel filter (JTXT): the separable kernel named by <see cref="Kernels"/> (e.g. "E5L5S5": E5 along i,
/// L5 along j, S5 along k; two names for 2D), optionally made pseudo-rotation invariant by pooling over the right-angle
/// rotations (O1AQ: 24 in 3D, 4 in 2D), optionally followed by the texture energy map (PQSD): the mean of |response|
/// over a (2δ+1)-wide window (δ = Chebyshev distance, I176), with the filter's boundary mode.
/// </summary>
public sealed record LawsFilter : Ibsi2Filter
{
    /// <summary>A Laws filter of the kernel combination <paramref name="kernels"/>.</summary>
    /// <param name="kernels">One 1D kernel name per axis (L3, E3, S3, L5, E5, S5, R5, W5), e.g. "E5L5S5"; two for 2D.</param>
    /// <param name="dimension">2D (slice by slice) or 3D.</param>
    /// <param name="boundary">How the image is extended beyond its border (also for the energy map).</param>
    /// <param name="rotationInvariant">Pool over the right-angle rotations (24 in 3D, 4 in 2D).</param>
    /// <param name="pooling">How the rotated responses are pooled (IBSI uses the maximum).</param>
    /// <param name="energyDistance">δ of the texture energy map (voxels, Chebyshev), or null for the response map itself.</param>
    /// <exception cref="ArgumentException">A kernel name is unknown, or the number of kernels does not match the dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="energyDistance"/> is negative.</exception>
    public LawsFilter(string kernels, FilterDimension dimension, BoundaryMode boundary, bool rotationInvariant = false,
        RotationPooling pooling = RotationPooling.Max, int? energyDistance = null)
        : base(dimension, boundary)
    {
        string[] names = LawsKernels.Parse(kernels);
        int expected = dimension == FilterDimension.Volume3D ? 3 : 2;
        if (names.Length != expected)
        {
            throw new ArgumentException($"A {dimension} Laws filter needs {expected} 1D kernels; '{kernels}' has {names.Length}.", nameof(kernels));
        }

        if (energyDistance is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(energyDistance), energyDistance, "The energy distance δ must be 0 or more.");
        }

        Kernels = string.Concat(names);
        RotationInvariant = rotationInvariant;
        Pooling = pooling;
        EnergyDistance = energyDistance;
    }

    /// <summary>The kernel combination in axis order, e.g. "E5L5S5".</summary>
    public string Kernels { get; }

    /// <summary>Whether the responses of the right-angle rotations are pooled (O1AQ).</summary>
    public bool RotationInvariant { get; }

    /// <summary>How the rotated responses are pooled (used only when <see cref="RotationInvariant"/>).</summary>
    public RotationPooling Pooling { get; }

    /// <summary>δ of the energy map, or null for the plain response map.</summary>
    public int? EnergyDistance { get; }

    /// <inheritdoc/>
    public override string Describe() =>
        $"Laws {Kernels} {Dimension} {Boundary}" + (RotationInvariant ? $" rot-inv {Pooling}" : "") + (EnergyDistance is int d ? $" energy delta={d}" : "");

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        double[][] kernels = LawsKernels.Parse(Kernels).Select(LawsKernels.Get).ToArray();
        double[][][] stages = [kernels];
        double[] response = RotationInvariant
            ? RotatedSeparable.Pool(voxels, size, stages, Pooling, Boundary, execution)
            : RotatedSeparable.Cascade(voxels, size, stages, Boundary, execution);

        if (EnergyDistance is not int delta)
        {
            return response;
        }

        for (int i = 0; i < response.Length; i++)
        {
            response[i] = Math.Abs(response[i]);
        }

        return new MeanFilter(2 * delta + 1, Dimension, Boundary).Execute(response, size, spacing, execution);
    }
}
