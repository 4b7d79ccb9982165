using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Preprocessing;

/// <summary>
/// <see cref="Discretisation.Digitize"/> for (nearly) evenly spaced edges, counting each level: a guess from the first
/// bin's width, accepted only when the edges themselves confirm it (<c>edges[k − 1] ≤ x &lt; edges[k]</c>), corrected
/// otherwise, so every level is exactly numpy.digitize's, in O(1) per value.
/// </summary>
/// <remarks>
/// <para>
/// Four values at a time where 256-bit vectors are native: the guesses and the checks against the edges in vectors,
/// the counts in four histograms (value i into histogram i mod 4, added up in <see cref="CompleteCounts"/>), so that a
/// run of equal levels is not one chain of increments of the same counter. Levels and counts are integers: the result
/// is the scalar loop's whatever the vector width.
/// </para>
/// <para>
/// Most guesses need no edge at all. With <c>t(x) = (x − edges[0])·(1/w)</c> as computed (two rounded operations, each
/// monotone in x), <c>t(edges[k−1]) &lt; t(x) &lt; t(edges[k])</c> implies <c>edges[k−1] &lt; x &lt; edges[k]</c>. The
/// constructor measures how far the computed <c>t(edges[k])</c> stray from k (D, typically a few ulps); a value whose
/// fractional part <c>f = t − ⌊t⌋</c> (exact) lies in <c>[2D + 2⁻³⁰, 1 − 2D − 2⁻³⁰]</c> is then strictly between
/// <c>t(edges[g−1])</c> and <c>t(edges[g])</c> for its guess g, so g is its level. Values close to an edge (integer data
/// on edges that are multiples of the bin width, for one) take the checked path.
/// </para>
/// </remarks>
internal readonly ref struct UniformDigitizer
{
    private const int Lanes = 4;

    /// <summary>The most levels counted in per-lane histograms (beyond, the lanes count into one histogram).</summary>
    private const int MaxLaneLevels = 1 << 12;

    private readonly ReadOnlySpan<double> _edges;
    private readonly Span<int> _counts;
    private readonly int[]? _laneCounts;
    private readonly bool _vectorised;
    private readonly double _first;
    private readonly double _inverseWidth;
    private readonly bool _guessesProvable;
    private readonly double _margin;
    private readonly int _highestProvable;

    /// <summary>A digitizer for <paramref name="edges"/> (ascending) counting into <paramref name="counts"/> (edges.Length + 1 entries).</summary>
    public UniformDigitizer(ReadOnlySpan<double> edges, Span<int> counts)
        : this(edges, counts, Vector256.IsHardwareAccelerated)
    {
    }

    /// <summary>As the public constructor, the vector path on only when <paramref name="vectorise"/> (tests compare the two).</summary>
    internal UniformDigitizer(ReadOnlySpan<double> edges, Span<int> counts, bool vectorise)
    {
        if (counts.Length != edges.Length + 1)
        {
            throw new ArgumentException("The counts need one entry per level, 0 … edges.Length.", nameof(counts));
        }

        _edges = edges;
        _counts = counts;
        _first = edges[0];
        _inverseWidth = edges.Length > 1 ? 1.0 / (edges[1] - edges[0]) : 0;
        _vectorised = vectorise && edges.Length >= 2;
        _laneCounts = _vectorised && counts.Length <= MaxLaneLevels ? new int[Lanes * counts.Length] : null;
        (_guessesProvable, _margin, _highestProvable) = _vectorised && Avx.IsSupported ? ProvableGuesses(edges, _first, _inverseWidth) : (false, 0, 0);
    }

    /// <summary>
    /// Whether a guess can be accepted from its fractional part alone (see the remarks), the margin it must keep from
    /// 0 and 1, and the highest level so accepted: levels 1 … edges.Length − 2, whose two edges are not the last one
    /// (the fixed bin count raises the last edge by 1, far off the grid).
    /// </summary>
    private static (bool Provable, double Margin, int Highest) ProvableGuesses(ReadOnlySpan<double> edges, double first, double inverseWidth)
    {
        int highest = edges.Length - 2;
        if (highest < 1 || !double.IsFinite(inverseWidth) || !(inverseWidth > 0))
        {
            return (false, 0, 0);
        }

        // D = max |t(edges[k]) − k| over the edges of levels 1 … highest. Each difference is exact while t(edges[k]) is
        // within a quarter of k ≥ 1 (Sterbenz), and t(edges[0]) = 0.
        double deviation = 0;
        for (int k = 0; k <= highest; k++)
        {
            double position = (edges[k] - first) * inverseWidth;
            deviation = Math.Max(deviation, Math.Abs(position - k));
        }

        // f ≥ margin > D, and f ≤ 1 − margin (rounded: within 2⁻⁵³ of it) < 1 − D.
        double margin = (2 * deviation) + (1.0 / (1 << 30));
        return deviation < 0.125 ? (true, margin, highest) : (false, 0, 0);
    }

    /// <summary>
    /// Digitizes <paramref name="values"/> into <paramref name="levels"/> and counts each level (the counts are complete
    /// after <see cref="CompleteCounts"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called once per ROI run: no slow first tier
    public void DigitizeAndCount(ReadOnlySpan<double> values, Span<int> levels)
    {
        levels = levels[..values.Length];
        int i = 0;
        if (_vectorised)
        {
            ref double edge = ref MemoryMarshal.GetReference(_edges);
            ref int count = ref _laneCounts is null ? ref MemoryMarshal.GetReference(_counts) : ref MemoryMarshal.GetArrayDataReference(_laneCounts);
            int stride = _laneCounts is null ? 0 : _counts.Length;
            Vector256<double> first = Vector256.Create(_first), inverseWidth = Vector256.Create(_inverseWidth);
            Vector256<double> lowest = Vector256<double>.One, highest = Vector256.Create((double)(_edges.Length - 1));
            Vector256<double> margin = Vector256.Create(_margin), upperMargin = Vector256.Create(1 - _margin);
            Vector256<double> highestProvable = Vector256.Create((double)_highestProvable);
            ref int level = ref MemoryMarshal.GetReference(levels);
            for (; i <= values.Length - Lanes; i += Lanes)
            {
                Vector256<double> x = Vector256.Create(values.Slice(i, Lanes));
                if (_guessesProvable)
                {
                    Vector256<double> t = (x - first) * inverseWidth;
                    Vector256<double> whole = Vector256.Floor(t);
                    Vector256<double> fraction = t - whole;
                    Vector256<double> provable = whole + lowest;
                    Vector256<double> accepted = Vector256.GreaterThanOrEqual(fraction, margin) & Vector256.LessThanOrEqual(fraction, upperMargin)
                        & Vector256.GreaterThanOrEqual(provable, lowest) & Vector256.LessThanOrEqual(provable, highestProvable);
                    if (Vector256.EqualsAll(accepted.AsInt64(), Vector256<long>.AllBitsSet))
                    {
                        Vector128<int> proven = Avx.ConvertToVector128Int32WithTruncation(provable);
                        proven.StoreUnsafe(ref level, (nuint)i);
                        Unsafe.Add(ref count, proven.ToScalar())++;
                        Unsafe.Add(ref count, stride + proven.GetElement(1))++;
                        Unsafe.Add(ref count, (2 * stride) + proven.GetElement(2))++;
                        Unsafe.Add(ref count, (3 * stride) + proven.GetElement(3))++;
                        continue;
                    }
                }

                // Clamped to 1 … edges.Length − 1, so that both edges around each guess exist (every index below is in range).
                Vector256<double> guess = Vector256.Min(Vector256.Max(Vector256.Floor((x - first) * inverseWidth) + lowest, lowest), highest);
                int k0 = (int)guess.GetElement(0), k1 = (int)guess.GetElement(1), k2 = (int)guess.GetElement(2), k3 = (int)guess.GetElement(3);
                Vector256<double> below = Vector256.Create(
                    Unsafe.Add(ref edge, k0 - 1), Unsafe.Add(ref edge, k1 - 1), Unsafe.Add(ref edge, k2 - 1), Unsafe.Add(ref edge, k3 - 1));
                Vector256<double> above = Vector256.Create(Unsafe.Add(ref edge, k0), Unsafe.Add(ref edge, k1), Unsafe.Add(ref edge, k2), Unsafe.Add(ref edge, k3));
                if (!(Vector256.LessThanOrEqualAll(below, x) && Vector256.LessThanAll(x, above)))
                {
                    k0 = Level(values[i]);
                    k1 = Level(values[i + 1]);
                    k2 = Level(values[i + 2]);
                    k3 = Level(values[i + 3]);
                }

                levels[i] = k0;
                levels[i + 1] = k1;
                levels[i + 2] = k2;
                levels[i + 3] = k3;
                Unsafe.Add(ref count, k0)++;
                Unsafe.Add(ref count, stride + k1)++;
                Unsafe.Add(ref count, (2 * stride) + k2)++;
                Unsafe.Add(ref count, (3 * stride) + k3)++;
            }
        }

        for (; i < values.Length; i++)
        {
            int k = Level(values[i]);
            levels[i] = k;
            _counts[k]++;
        }
    }

    /// <summary>Adds the per-lane histograms into the counts: call once, after the last <see cref="DigitizeAndCount"/>.</summary>
    public void CompleteCounts()
    {
        if (_laneCounts is null)
        {
            return;
        }

        int levels = _counts.Length;
        for (int lane = 0; lane < Lanes; lane++)
        {
            ReadOnlySpan<int> laneCounts = _laneCounts.AsSpan(lane * levels, levels);
            for (int k = 0; k < levels; k++)
            {
                _counts[k] += laneCounts[k];
            }
        }
    }

    /// <summary>The level of <paramref name="x"/>: the guess, then corrected until <c>edges[k − 1] ≤ x &lt; edges[k]</c>.</summary>
    private int Level(double x)
    {
        ReadOnlySpan<double> edges = _edges;
        double guess = Math.Floor((x - _first) * _inverseWidth) + 1;
        if (!(guess >= 0 && guess <= edges.Length))
        {
            return Discretisation.Digitize(x, edges);
        }

        // Invariant sought: edges[k − 1] ≤ x < edges[k] (k = 0 below the first edge, k = Length at or above the last).
        int k = (int)guess;
        while (k > 0 && edges[k - 1] > x)
        {
            k--;
        }

        while (k < edges.Length && edges[k] <= x)
        {
            k++;
        }

        return k;
    }
}
