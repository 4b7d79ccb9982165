using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 non-separable Simoncelli wavelet (PRT7), band-pass map of decomposition level j, applied in the Fourier
/// domain (periodic by construction): <c>ψ(ν) = cos(π/2 · log₂(2‖ν‖/ν_max))</c> for ν_max/4 ≤ ‖ν‖ ≤ ν_max,
/// 0 elsewhere, with ν_max = 2^(1−j) and ‖ν‖ the radial frequency normalised so that the Nyquist frequency is 1.
/// Frequencies follow the IBSI reference implementations' grid: bin k of an N-point axis maps to
/// <c>(((k + ⌊N/2⌋) mod N) − (N−1)/2) / ((N−1)/2)</c> (a centred index grid, half a bin off the DFT grid for even N);
/// the response is the real part of the inverse transform. Other boundary modes pad the image by half its size first.
/// </summary>
public sealed record SimoncelliWaveletFilter : Ibsi2Filter
{
    /// <summary>The Simoncelli band-pass map of decomposition level <paramref name="level"/>.</summary>
    /// <param name="level">The decomposition level j, at least 1 (ν_max = 2^(1−j)).</param>
    /// <param name="dimension">2D (slice by slice) or 3D.</param>
    /// <param name="boundary">How the image is extended (periodic by default: no padding).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below 1.</exception>
    public SimoncelliWaveletFilter(int level, FilterDimension dimension, BoundaryMode boundary = BoundaryMode.Periodic)
        : base(dimension, boundary)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        Level = level;
    }

    /// <summary>The decomposition level j (1 = the first).</summary>
    public int Level { get; }

    /// <inheritdoc/>
    public override string Describe() => $"Simoncelli level={Level} band-pass {Dimension} {Boundary}";

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution) =>
        FourierFilter.Apply(voxels, size, Is3D, Boundary, execution, (re, im, padded) => Multiply(re, im, padded, Is3D));

    private void Multiply(double[] re, double[] im, Size3 size, bool is3D)
    {
        double maximum = Math.Pow(2, 1 - Level);
        double[] gx = FourierFilter.CentredIndexGrid(size.X);
        double[] gy = FourierFilter.CentredIndexGrid(size.Y);
        double[] gz = is3D ? FourierFilter.CentredIndexGrid(size.Z) : new double[size.Z];
        int i = 0;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    double radius = Math.Sqrt(gx[x] * gx[x] + gy[y] * gy[y] + gz[z] * gz[z]);
                    double gain = radius >= maximum / 4 && radius <= maximum
                        ? Math.Cos(Math.PI / 2 * Math.Log2(2 * radius / maximum))
                        : 0;
                    re[i] *= gain;
                    im[i] *= gain;
                }
            }
        }
    }
}
