using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Seeded Gaussian noise for the noise perturbation: voxel i of repetition r gets σ · z, where z is a standard normal
/// deviate determined by (seed, r, i) alone, so a repetition is the same image whatever the thread count or platform.
/// </summary>
/// <remarks>
/// Generator: voxels 2j and 2j + 1 (linear index, x fastest) share pair j. Pair j draws from its own SplitMix64
/// sub-stream (<see cref="SplitMixStream.Child"/> of the repetition's stream) uniform u, v in [−1, 1) until
/// 0 &lt; s = u² + v² &lt; 1 (Marsaglia's polar method, 1964), then z₀ = u √(−2 ln s / s), z₁ = v √(−2 ln s / s). The
/// logarithm is <see cref="PortableMath.Log"/> and the square root is IEEE's correctly rounded one, so the deviates are
/// bit-identical on every platform. MIRP draws with numpy's default generator seeded from a hash of the image; the
/// streams differ, the distribution is the same.
/// </remarks>
public static class GaussianNoise
{
    /// <summary>The purpose tag of the noise streams (see <see cref="SplitMixStream.For"/>).</summary>
    private const ulong NoisePurpose = 0x6E6F697365UL; // "noise"

    /// <summary>
    /// A copy of <paramref name="image"/> with σ · z added to every voxel (repetition <paramref name="repetition"/>,
    /// counted from 1, of seed <paramref name="seed"/>). σ = 0 returns an exact copy.
    /// </summary>
    public static Volume<double> Add(Volume<double> image, double sigma, long seed, int repetition, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!(sigma >= 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "The noise level must be a finite number ≥ 0.");
        }

        var result = new Volume<double>(image.Geometry, GC.AllocateUninitializedArray<double>(image.Length));
        SplitMixStream stream = StreamOf(seed, repetition);
        int sliceLength = image.Size.X * image.Size.Y;
        double[] source = image.Buffer, target = result.Buffer;
        Parallel.For(0, image.Size.Z, ParallelDefaults.OrDefault(parallel), z =>
        {
            int first = z * sliceLength;
            Span<double> slice = target.AsSpan(first, sliceLength);
            Deviates(stream, first, slice);
            ReadOnlySpan<double> input = source.AsSpan(first, sliceLength);
            for (int i = 0; i < slice.Length; i++)
            {
                slice[i] = input[i] + sigma * slice[i];
            }
        });
        return result;
    }

    /// <summary>The noise stream of one repetition.</summary>
    public static SplitMixStream StreamOf(long seed, int repetition) => SplitMixStream.For(seed, NoisePurpose).Child((ulong)repetition);

    /// <summary>The standard normal deviates of voxels <paramref name="first"/> … <paramref name="first"/> + length − 1 into <paramref name="target"/>.</summary>
    public static void Deviates(SplitMixStream stream, long first, Span<double> target)
    {
        long index = first;
        int at = 0;
        while (at < target.Length)
        {
            long pair = index >> 1;
            (double z0, double z1) = PolarPair(stream.Child((ulong)pair));
            if ((index & 1) == 0)
            {
                target[at++] = z0;
                index++;
                if (at == target.Length)
                {
                    break;
                }
            }

            target[at++] = z1;
            index++;
        }
    }

    /// <summary>Two independent standard normal deviates by Marsaglia's polar method from <paramref name="pair"/>'s stream.</summary>
    private static (double, double) PolarPair(SplitMixStream pair)
    {
        for (ulong attempt = 0; ; attempt += 2)
        {
            double u = 2 * pair.UniformAt(attempt) - 1;
            double v = 2 * pair.UniformAt(attempt + 1) - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1)
            {
                double factor = Math.Sqrt(-2 * PortableMath.Log(s) / s);
                return (u * factor, v * factor);
            }
        }
    }
}
