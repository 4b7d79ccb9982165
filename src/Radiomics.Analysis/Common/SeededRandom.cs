namespace Radiomics.Analysis.Common;

/// <summary>
/// The analysis layer's one pseudo-random generator, behind every seeded choice (cross-validation folds, bootstrap
/// resamples, k-means++ seeds, silhouette samples, the bundle's check case): xoshiro256** (Blackman and Vigna, 2018)
/// with its 256-bit state filled by SplitMix64 from the 64-bit seed. Written here rather than taken from
/// <see cref="Random"/>, whose algorithm .NET may change, so a seed gives the same stream on every platform and release.
/// </summary>
/// <remarks>
/// Integers below a bound use Lemire's multiply-and-reject method: the high 64 bits of the 64 × 64-bit product of a
/// draw and the bound, the draw rejected (and redrawn) only when the low bits fall below 2⁶⁴ mod bound, so the result is
/// unbiased; for any bound used here that happens with probability below 2⁻³², so in practice one draw gives one integer.
/// Not thread-safe: give each worker its own generator.
/// </remarks>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits of a draw scaled by 2⁻⁵³.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) (Lemire's method, unbiased).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not positive.</exception>
    public int NextInt(int bound)
    {
        if (bound <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound must be positive.");
        }

        ulong b = (ulong)bound;
        ulong threshold = (0UL - b) % b;
        while (true)
        {
            ulong high = Math.BigMul(NextUInt64(), b, out ulong low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates, last position first).</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>
    /// <paramref name="count"/> distinct indices of [0, <paramref name="population"/>), ascending: a partial
    /// Fisher–Yates shuffle (first position first) of the first <paramref name="count"/> positions, then sorted.
    /// </summary>
    public int[] Sample(int population, int count)
    {
        int[] order = new int[population];
        for (int i = 0; i < population; i++)
        {
            order[i] = i;
        }

        for (int i = 0; i < count; i++)
        {
            int j = i + NextInt(population - i);
            (order[i], order[j]) = (order[j], order[i]);
        }

        int[] chosen = order[..count];
        Array.Sort(chosen);
        return chosen;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        ulong z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
