using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 Gabor filter (Q88H): the complex 2D kernel
/// <c>h(x̃, ỹ) = exp(−(x̃² + γ²ỹ²)/(2σ²)) · exp(i 2π x̃/λ)</c> with x̃ = x cosθ + y sinθ, ỹ = −x sinθ + y cosθ
/// (x along the plane's first axis, millimetres), applied in 2D planes; the response map is the modulus of the
/// complex response. σ (41LN), λ (S4N6), γ (GDR5), θ (FQER). With an orientation step Δθ (XTGK) the moduli for
/// θ, θ+Δθ, … over a full turn are averaged. <see cref="FilterDimension.Slice2D"/> filters the i–j plane only;
/// <see cref="FilterDimension.Volume3D"/> averages the i–j, i–k and j–k plane responses (IBSI's "2.5D" / 3D rotation invariance).
/// The kernel is truncated at no less than <see cref="EnvelopeCutoff"/> standard deviations of its Gaussian envelope
/// along each axis (further when the FFT size allows, never beyond the image extent).
/// </summary>
public sealed record GaborFilter : Ibsi2Filter
{
    /// <summary>A Gabor filter with the given IBSI parameters.</summary>
    /// <param name="sigmaMm">σ of the Gaussian envelope in mm (41LN), positive and finite.</param>
    /// <param name="lambdaMm">Wavelength λ in mm (S4N6), positive and finite.</param>
    /// <param name="gamma">Spatial aspect ratio γ (GDR5), positive and finite.</param>
    /// <param name="theta">Orientation θ in radians (FQER), finite.</param>
    /// <param name="dimension">2D (the i–j plane) or 3D (the three orthogonal planes averaged).</param>
    /// <param name="boundary">How the image is extended beyond its border.</param>
    /// <param name="orientationStep">Δθ in radians (XTGK), in (0, 2π], to average over θ, θ+Δθ, … a full turn; null for θ only.</param>
    /// <param name="envelopeCutoff">Minimum kernel half-width in envelope standard deviations, positive (default 3).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    public GaborFilter(double sigmaMm, double lambdaMm, double gamma, double theta, FilterDimension dimension, BoundaryMode boundary,
        double? orientationStep = null, double envelopeCutoff = 3)
        : base(dimension, boundary)
    {
        if (!(sigmaMm > 0) || double.IsInfinity(sigmaMm))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMm), sigmaMm, "σ (mm) must be positive and finite.");
        }

        if (!(lambdaMm > 0) || double.IsInfinity(lambdaMm))
        {
            throw new ArgumentOutOfRangeException(nameof(lambdaMm), lambdaMm, "λ (mm) must be positive and finite.");
        }

        if (!(gamma > 0) || double.IsInfinity(gamma))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "γ must be positive and finite.");
        }

        if (!double.IsFinite(theta))
        {
            throw new ArgumentOutOfRangeException(nameof(theta), theta, "θ must be finite.");
        }

        if (orientationStep is double step && !(step > 0 && step <= 2 * Math.PI))
        {
            throw new ArgumentOutOfRangeException(nameof(orientationStep), orientationStep, "The orientation step Δθ must lie in (0, 2π].");
        }

        if (!(envelopeCutoff > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(envelopeCutoff), envelopeCutoff, "The envelope cut-off must be positive.");
        }

        SigmaMm = sigmaMm;
        LambdaMm = lambdaMm;
        Gamma = gamma;
        Theta = theta;
        OrientationStep = orientationStep;
        EnvelopeCutoff = envelopeCutoff;
    }

    /// <summary>σ of the Gaussian envelope in millimetres (41LN).</summary>
    public double SigmaMm { get; }

    /// <summary>Wavelength λ in millimetres (S4N6).</summary>
    public double LambdaMm { get; }

    /// <summary>Spatial aspect ratio γ (GDR5): the envelope's width across the wave relative to along it.</summary>
    public double Gamma { get; }

    /// <summary>θ in radians, from the plane's first axis toward its second.</summary>
    public double Theta { get; }

    /// <summary>Δθ in radians for orientation averaging, or null for the single orientation θ.</summary>
    public double? OrientationStep { get; }

    /// <summary>Minimum kernel half-width, in standard deviations of the Gaussian envelope along each axis.</summary>
    public double EnvelopeCutoff { get; }

    /// <inheritdoc/>
    public override string Describe() =>
        $"Gabor sigma={SigmaMm}mm lambda={LambdaMm}mm gamma={Gamma} theta={Theta}" +
        (OrientationStep is double s ? $" dtheta={s}" : "") + $" {Dimension} {Boundary}";

    /// <summary>The orientations averaged: θ + nΔθ over a full turn, halved when the set is closed under θ → θ + π (same modulus).</summary>
    public IReadOnlyList<double> Orientations()
    {
        if (OrientationStep is not double step)
        {
            return [Theta];
        }

        int count = (int)Math.Ceiling(2 * Math.PI / step - 1e-9);
        if (count % 2 == 0 && Math.Abs(count * step - 2 * Math.PI) < 1e-9)
        {
            count /= 2;
        }

        return Enumerable.Range(0, count).Select(n => Theta + n * step).ToArray();
    }

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        var result = new double[voxels.Length];
        GaborExecutor.FilterPlanes(this, voxels, size, spacing, 0, 1, result, accumulate: false, execution);
        if (!Is3D)
        {
            return result;
        }

        // The three plane families add into one buffer (as adding three separate maps would, value for value).
        GaborExecutor.FilterPlanes(this, voxels, size, spacing, 0, 2, result, accumulate: true, execution);
        GaborExecutor.FilterPlanes(this, voxels, size, spacing, 1, 2, result, accumulate: true, execution);
        for (int i = 0; i < result.Length; i++)
        {
            result[i] /= 3;
        }

        return result;
    }
}
