using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// <c>scipy.stats.kurtosis(f, axis=1)</c> (Fisher, biased: m₄/m₂² − 3) of one voxel's spherical samples, in the
/// precision scipy computes it: the samples' array type, which is the image's (<see cref="MapCoordinatesOutput"/>).
/// For float32 images every step is a float32 numpy operation (mean and moments by numpy's pairwise summation,
/// <c>a − mean</c>, squares, the ratio); for every other type the samples are float64 or integers, which numpy averages
/// in float64. NaN where m₂ ≤ (resolution · mean)², scipy's test for a constant sample (resolution 1e-6 for float32,
/// 1e-15 for float64).
/// </summary>
internal static class SphericalKurtosis
{
    /// <summary>The kurtosis of <paramref name="samples"/> (already stored as <paramref name="type"/>); <paramref name="scratch"/> holds at least as many floats.</summary>
    public static double Of(ReadOnlySpan<double> samples, VoxelType type, Span<float> scratch) =>
        type == VoxelType.Float32 ? Float32(samples, scratch[..samples.Length]) : Float64(samples);

    /// <summary>In double, summed in order (PyRadiomics' float64 path to about 1e-15 relative).</summary>
    internal static double Float64(ReadOnlySpan<double> values)
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

    /// <summary>scipy 1.10's <c>kurtosis</c> on a float32 row, operation by operation in float32.</summary>
    internal static double Float32(ReadOnlySpan<double> values, Span<float> work)
    {
        float n = values.Length;
        for (int i = 0; i < values.Length; i++)
        {
            work[i] = (float)values[i];
        }

        float mean = PairwiseSum(work) / n;
        for (int i = 0; i < work.Length; i++)
        {
            float d = work[i] - mean;
            work[i] = d * d; // a_zero_mean ** 2
        }

        float m2 = PairwiseSum(work) / n;
        for (int i = 0; i < work.Length; i++)
        {
            work[i] *= work[i]; // s ** 2
        }

        float m4 = PairwiseSum(work) / n;
        float scale = 1e-6f * mean; // numpy finfo(float32).resolution · mean
        if (m2 <= scale * scale)
        {
            return double.NaN;
        }

        float ratio = m4 / (m2 * m2);
        return ratio - 3f;
    }

    /// <summary>numpy's pairwise summation of a contiguous float32 run (<c>FLOAT_pairwise_sum</c>, blocks of 128, 8 lanes).</summary>
    internal static float PairwiseSum(ReadOnlySpan<float> a)
    {
        int n = a.Length;
        if (n < 8)
        {
            float sum = 0f;
            for (int i = 0; i < n; i++)
            {
                sum += a[i];
            }

            return sum;
        }

        if (n <= 128)
        {
            Span<float> r = stackalloc float[8];
            a[..8].CopyTo(r);
            int i = 8;
            for (; i < n - (n % 8); i += 8)
            {
                for (int k = 0; k < 8; k++)
                {
                    r[k] += a[i + k];
                }
            }

            float result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++)
            {
                result += a[i];
            }

            return result;
        }

        int half = n / 2;
        half -= half % 8;
        return PairwiseSum(a[..half]) + PairwiseSum(a[half..]);
    }
}
