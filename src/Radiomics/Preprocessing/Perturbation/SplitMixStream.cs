namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// A counter-based random stream: value <c>i</c> is the (i + 1)-th output of SplitMix64 (Steele, Lea and Flood 2014;
/// Vigna's <c>splitmix64.c</c>) started from the state <see cref="Key"/>, computed directly from <c>i</c>. Any value
/// can be drawn without the ones before it, so a voxel's noise or a supervoxel's draw depends only on the seed and its
/// own index — not on the thread that computes it, the order of computation, or which part of the image is needed.
/// </summary>
/// <remarks>
/// SplitMix64: state s advances by γ = 0x9E3779B97F4A7C15; the output is
/// <c>z = (s ^ (s &gt;&gt; 30)) · 0xBF58476D1CE4E5B9; z = (z ^ (z &gt;&gt; 27)) · 0x94D049BB133111EB; z ^ (z &gt;&gt; 31)</c>.
/// Only integer arithmetic: the same key gives the same bits on every platform.
/// </remarks>
public readonly record struct SplitMixStream(ulong Key)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The stream of <paramref name="seed"/> for one purpose (noise, randomisation, …), independent of the other purposes' streams.</summary>
    public static SplitMixStream For(long seed, ulong purpose) => new(Mix(unchecked((ulong)seed) ^ Mix(purpose * Gamma)));

    /// <summary>Value <paramref name="index"/> of the stream: 64 random bits.</summary>
    public ulong At(ulong index) => Mix(unchecked(Key + (index + 1) * Gamma));

    /// <summary>A uniform double in [0, 1): the top 53 bits of value <paramref name="index"/> times 2⁻⁵³.</summary>
    public double UniformAt(ulong index) => (At(index) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A stream keyed by value <paramref name="index"/> of this one: an independent sub-stream per variant, per voxel pair, ….</summary>
    public SplitMixStream Child(ulong index) => new(At(index));

    /// <summary>The SplitMix64 output function.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
