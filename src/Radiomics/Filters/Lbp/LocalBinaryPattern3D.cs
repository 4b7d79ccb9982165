using System.Numerics;
using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// PyRadiomics' spherical-harmonics 3D local binary pattern (<c>imageoperations.getLBP3DImage</c>, after Banerjee et
/// al. 2013) with its exact steps; no IBSI identifier. For every ROI voxel p:
/// <list type="number">
/// <item>Sample the image at the icosphere vertices v around p (<see cref="Icosphere"/>; vertex component 0 is added to
/// the numpy z index, 1 to y, 2 to x, in voxel units) by cubic B-spline interpolation (<see cref="CubicBSplineSampler"/>).</item>
/// <item>Kurtosis map: scipy's <c>kurtosis</c> of the samples (Fisher, biased: m₄/m₂² − 3; NaN when m₂ is 0 up to
/// scipy's resolution test).</item>
/// <item>Binarise: <c>f_v = sample_v ≥ image(p)</c>.</item>
/// <item>With <c>θ = arccos(v₂/R)</c>, <c>φ = atan2(v₁, v₀)</c> and <c>Y = sph_harm(m, n, θ, φ)</c> (scipy's argument
/// order, θ as azimuth: reproduced as PyRadiomics calls it), <c>c_nm = Σ_v f_v Y_nm(v)</c> (no conjugate),
/// <c>F_n(v) = Σ_m c_nm Y_nm(v)</c>, and level n's value is <c>Re √(Σ_v F_n(v)²)</c> with complex squares and
/// principal square root, as numpy computes it.</item>
/// </list>
/// Voxels outside the ROI are 0 (PyRadiomics leaves them uninitialised; no feature reads them).
/// </summary>
internal static class LocalBinaryPattern3D
{
    /// <summary>Computes the <paramref name="levels"/> level maps and the kurtosis map.</summary>
    public static (Volume<double>[] Levels, Volume<double> Kurtosis) Compute(
        Volume<double> image, Volume<byte> mask, int levels, double radius, int subdivisions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        if (image.Size != mask.Size)
        {
            throw new ArgumentException("Image and mask must have the same size.", nameof(mask));
        }

        double[][] vertices = Icosphere.Vertices(subdivisions, radius);
        int nv = vertices.Length;

        // Y[v][j] for j over (n = 0, m = 0), then n = 1 … levels − 1, m = −n … n; degree[j] = n.
        var degrees = new List<int> { 0 };
        for (int n = 1; n < levels; n++)
        {
            for (int m = -n; m <= n; m++)
            {
                degrees.Add(n);
            }
        }

        int nh = degrees.Count;
        var harmonics = new Complex[nv, nh];
        for (int v = 0; v < nv; v++)
        {
            double theta = Math.Acos(vertices[v][2] / radius);
            double phi = Math.Atan2(vertices[v][1], vertices[v][0]);
            int j = 0;
            harmonics[v, j++] = SphericalHarmonics.Y(0, 0, theta, phi);
            for (int n = 1; n < levels; n++)
            {
                for (int m = -n; m <= n; m++)
                {
                    harmonics[v, j++] = SphericalHarmonics.Y(m, n, theta, phi);
                }
            }
        }

        var sampler = new CubicBSplineSampler(image);
        Volume<double>[] maps = [.. Enumerable.Range(0, levels).Select(_ => new Volume<double>(image.Geometry))];
        var kurtosis = new Volume<double>(image.Geometry);
        Size3 size = image.Size;
        byte[] roi = mask.Buffer;
        double[] intensities = image.Buffer;
        int[] voxels = [.. Enumerable.Range(0, roi.Length).Where(i => roi[i] != 0)];

        // ROI voxels are independent: parallel over them, each result computed by one thread (thread-count invariant).
        Parallel.For(0, voxels.Length, ParallelDefaults.Options(), () => (Samples: new double[nv], Coefficients: new Complex[nh]), (r, _, scratch) =>
        {
            int i = voxels[r];
            Index3 p = size.IndexOf(i);
            double[] samples = scratch.Samples;
            for (int v = 0; v < nv; v++)
            {
                samples[v] = sampler.Sample(p.X + vertices[v][2], p.Y + vertices[v][1], p.Z + vertices[v][0]);
            }

            kurtosis.Buffer[i] = Kurtosis(samples);
            Complex[] coefficients = scratch.Coefficients;
            Array.Clear(coefficients);
            double centre = intensities[i];
            for (int v = 0; v < nv; v++)
            {
                if (samples[v] >= centre)
                {
                    for (int j = 0; j < nh; j++)
                    {
                        coefficients[j] += harmonics[v, j];
                    }
                }
            }

            for (int n = 0; n < levels; n++)
            {
                Complex squares = Complex.Zero;
                for (int v = 0; v < nv; v++)
                {
                    Complex f = Complex.Zero;
                    for (int j = 0; j < nh; j++)
                    {
                        if (degrees[j] == n)
                        {
                            f += coefficients[j] * harmonics[v, j];
                        }
                    }

                    squares += f * f;
                }

                maps[n].Buffer[i] = Complex.Sqrt(squares).Real;
            }

            return scratch;
        }, _ => { });

        return (maps, kurtosis);
    }

    /// <summary>scipy.stats.kurtosis(fisher=True, bias=True): m₄/m₂² − 3, NaN when m₂ ≤ (resolution · mean)².</summary>
    internal static double Kurtosis(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (double x in values)
        {
            mean += x;
        }

        mean /= values.Length;
        double m2 = 0, m4 = 0;
        foreach (double x in values)
        {
            double d = (x - mean) * (x - mean);
            m2 += d;
            m4 += d * d;
        }

        m2 /= values.Length;
        m4 /= values.Length;
        const double resolution = 1e-15; // numpy finfo(float64).resolution
        if (m2 <= (resolution * mean) * (resolution * mean))
        {
            return double.NaN;
        }

        return (m4 / (m2 * m2)) - 3;
    }
}
