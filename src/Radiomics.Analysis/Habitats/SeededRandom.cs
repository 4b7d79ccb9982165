namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The seeded generator every random choice of the habitat code uses: xoshiro256** (Blackman and Vigna 2018), its
/// state filled from the 64-bit seed by SplitMix64. Written out here so a seed gives the same stream on every platform
/// and .NET version (<see cref="System.Random"/> makes no such promise).
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
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

    /// <summary>A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="count"/>): the high 64 bits of a 64 × 64-bit product (bias below count / 2⁶⁴).</summary>
    public int NextInt(int count) => (int)(((UInt128)NextUInt64() * (ulong)count) >> 64);

    /// <summary><paramref name="count"/> distinct indices of [0, <paramref name="population"/>), ascending (a partial Fisher–Yates shuffle).</summary>
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

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
