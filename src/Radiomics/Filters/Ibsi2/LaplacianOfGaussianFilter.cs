using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Numerics.Simd;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 Laplacian of Gaussian (L6PA): convolution with the sampled kernel
/// <c>g(k) = −1/σ² · (2πσ²)^(−N/2) · (N − ‖k‖²/σ²) · exp(−‖k‖²/(2σ²))</c> in voxel units (σ = σ* / spacing,
/// N = 2 or 3), on a cube of 1 + 2⌊dσ + 0.5⌋ voxels per side, d being the cut-off in σ (WGPM; IBSI uses 4).
/// The sampled kernel is exactly a sum of N separable terms, <c>Σ_a h(k_a) Π_{b≠a} φ(k_b)</c> with
/// φ(x) = e^{−x²/2σ²}/(√(2π)σ) and h(x) = (x²/σ⁴ − 1/σ²) φ(x), which is how it is applied.
/// Not PyRadiomics' LoG (SimpleITK's recursive filter, scaled by σ²).
/// </summary>
public sealed record LaplacianOfGaussianFilter : Ibsi2Filter
{
    /// <summary>A Laplacian of Gaussian with scale σ* = <paramref name="sigmaMm"/> mm.</summary>
    /// <param name="sigmaMm">σ* in millimetres (41LN), positive and finite.</param>
    /// <param name="dimension">2D (slice by slice) or 3D.</param>
    /// <param name="boundary">How the image is extended beyond its border.</param>
    /// <param name="cutoffInSigma">The kernel cut-off d in units of σ (WGPM), positive and finite; IBSI uses 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">σ or d is not positive and finite.</exception>
    public LaplacianOfGaussianFilter(double sigmaMm, FilterDimension dimension, BoundaryMode boundary, double cutoffInSigma = 4)
        : base(dimension, boundary)
    {
        if (!(sigmaMm > 0) || double.IsInfinity(sigmaMm))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMm), sigmaMm, "σ (mm) must be positive and finite.");
        }

        if (!(cutoffInSigma > 0) || double.IsInfinity(cutoffInSigma))
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffInSigma), cutoffInSigma, "The kernel cut-off (in σ) must be positive and finite.");
        }

        SigmaMm = sigmaMm;
        CutoffInSigma = cutoffInSigma;
    }

    /// <summary>σ* in millimetres (41LN).</summary>
    public double SigmaMm { get; }

    /// <summary>The filter size cut-off d in units of σ (WGPM).</summary>
    public double CutoffInSigma { get; }

    /// <inheritdoc/>
    public override string Describe() => $"LoG sigma={SigmaMm}mm cutoff={CutoffInSigma} {Dimension} {Boundary}";

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        int axes = Is3D ? 3 : 2;
        var gaussian = new double[3][];
        var second = new double[3][];
        for (int a = 0; a < axes; a++)
        {
            double sigma = SigmaMm / spacing[a];
            int radius = (int)Math.Floor(CutoffInSigma * sigma + 0.5);
            gaussian[a] = new double[2 * radius + 1];
            second[a] = new double[2 * radius + 1];
            for (int t = -radius; t <= radius; t++)
            {
                double phi = Math.Exp(-t * (double)t / (2 * sigma * sigma)) / (Math.Sqrt(2 * Math.PI) * sigma);
                gaussian[a][t + radius] = phi;
                second[a][t + radius] = (t * (double)t / (sigma * sigma * sigma * sigma) - 1 / (sigma * sigma)) * phi;
            }
        }

        var result = new double[voxels.Length];
        for (int a = 0; a < axes; a++)
        {
            var kernels = new double[]?[3];
            for (int b = 0; b < axes; b++)
            {
                kernels[b] = b == a ? second[b] : gaussian[b];
            }

            double[] term = SeparableConvolution.Apply(voxels, size, kernels, Boundary, execution);
            SpanArithmetic.MultiplyAdd(term, 1.0, result);
        }

        return result;
    }
}
