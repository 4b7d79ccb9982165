using System.Globalization;

namespace Radiomics.Filters.Wavelets;

/// <summary>
/// The four FIR filters of a discrete wavelet, exactly as PyWavelets exposes them for its built-in wavelets
/// (<c>pywt.Wavelet(name).dec_lo</c>, <c>dec_hi</c>, <c>rec_lo</c>, <c>rec_hi</c>), for every discrete family:
/// haar, db1–db38, sym2–sym20, coif1–coif17, bior1.1 … bior6.8, rbio1.1 … rbio6.8 and dmey.
/// </summary>
/// <remarks>
/// The coefficient tables (published facts, transcribed in <see cref="WaveletCoefficientTables"/>) hold pywt's
/// reconstruction low-pass filter (and, for the biorthogonal family, its decomposition low-pass filter too);
/// the other filters follow pywt's derivation (wavelets.c):
/// <c>dec_lo[i] = table[L−1−i]</c> (orthogonal), <c>rec_hi[i] = (−1)^i · dec_lo[i]</c>,
/// <c>dec_hi[i] = (−1)^(L−1−i) · rec_lo[i]</c>; rbioN.M swaps biorN.M's decomposition and reconstruction
/// filters and reverses all four. Sign flips and reversals are exact, so the filters equal pywt's bit for bit.
/// </remarks>
public sealed class WaveletFilterBank
{
    private readonly double[] _decLo;
    private readonly double[] _decHi;
    private readonly double[] _recLo;
    private readonly double[] _recHi;

    private WaveletFilterBank(string name, WaveletFamily family, double[] decLo, double[] decHi, double[] recLo, double[] recHi)
    {
        Name = name;
        Family = family;
        _decLo = decLo;
        _decHi = decHi;
        _recLo = recLo;
        _recHi = recHi;
    }

    /// <summary>The pywt short name, for example <c>coif1</c> or <c>bior2.2</c>.</summary>
    public string Name { get; }

    /// <summary>The pywt family the wavelet belongs to (e.g. <see cref="WaveletFamily.Daubechies"/> for <c>db2</c>).</summary>
    public WaveletFamily Family { get; }

    /// <summary>True for the orthogonal families (haar, db, sym, coif, dmey): the filters are time-reversed copies.</summary>
    public bool IsOrthogonal => Family is not (WaveletFamily.Biorthogonal or WaveletFamily.ReverseBiorthogonal);

    /// <summary>Filter length (pywt <c>dec_len</c> = <c>rec_len</c>).</summary>
    public int Length => _decLo.Length;

    /// <summary>pywt <c>dec_lo</c>: decomposition low-pass filter (its taps sum to √2).</summary>
    public ReadOnlySpan<double> DecompositionLowPass => _decLo;

    /// <summary>pywt <c>dec_hi</c>: decomposition high-pass filter (its taps sum to 0).</summary>
    public ReadOnlySpan<double> DecompositionHighPass => _decHi;

    /// <summary>pywt <c>rec_lo</c>: reconstruction low-pass filter.</summary>
    public ReadOnlySpan<double> ReconstructionLowPass => _recLo;

    /// <summary>pywt <c>rec_hi</c>: reconstruction high-pass filter.</summary>
    public ReadOnlySpan<double> ReconstructionHighPass => _recHi;

    /// <summary>Every name <see cref="Get"/> accepts, in pywt's <c>wavelist(kind='discrete')</c> family order.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>
    /// The filter bank of a pywt discrete wavelet name (case-sensitive, as pywt).
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a pywt discrete wavelet; the message lists the valid families.</exception>
    public static WaveletFilterBank Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == "haar")
        {
            return Orthogonal(name, WaveletFamily.Haar, WaveletCoefficientTables.Daubechies[0]);
        }

        if (name == "dmey")
        {
            return Orthogonal(name, WaveletFamily.DiscreteMeyer, WaveletCoefficientTables.DiscreteMeyer);
        }

        if (TryOrder(name, "db", 1, WaveletCoefficientTables.Daubechies.Length, out int db))
        {
            return Orthogonal(name, WaveletFamily.Daubechies, WaveletCoefficientTables.Daubechies[db - 1]);
        }

        if (TryOrder(name, "sym", 2, WaveletCoefficientTables.Symlets.Length + 1, out int sym))
        {
            return Orthogonal(name, WaveletFamily.Symlets, WaveletCoefficientTables.Symlets[sym - 2]);
        }

        if (TryOrder(name, "coif", 1, WaveletCoefficientTables.Coiflets.Length, out int coif))
        {
            return Orthogonal(name, WaveletFamily.Coiflets, WaveletCoefficientTables.Coiflets[coif - 1]);
        }

        if (name.StartsWith("bior", StringComparison.Ordinal) && BiorthogonalIndex(name[4..]) is int bior)
        {
            return Biorthogonal(name, bior);
        }

        if (name.StartsWith("rbio", StringComparison.Ordinal) && BiorthogonalIndex(name[4..]) is int rbio)
        {
            return ReverseBiorthogonal(name, rbio);
        }

        throw new ArgumentException(
            $"Unknown wavelet '{name}'. Valid discrete wavelets: haar, db1–db38, sym2–sym20, coif1–coif17, " +
            $"bior{{{string.Join(", ", WaveletCoefficientTables.BiorthogonalOrders)}}}, " +
            $"rbio{{{string.Join(", ", WaveletCoefficientTables.BiorthogonalOrders)}}}, dmey.",
            nameof(name));
    }

    private static WaveletFilterBank Orthogonal(string name, WaveletFamily family, double[] recLo)
    {
        int length = recLo.Length;
        var decLo = new double[length];
        for (int i = 0; i < length; i++)
        {
            decLo[i] = recLo[length - 1 - i];
        }

        return FromLowPass(name, family, decLo, (double[])recLo.Clone());
    }

    private static WaveletFilterBank Biorthogonal(string name, int index) =>
        FromLowPass(
            name,
            WaveletFamily.Biorthogonal,
            (double[])WaveletCoefficientTables.BiorthogonalDecompositionLowPass[index].Clone(),
            (double[])WaveletCoefficientTables.BiorthogonalReconstructionLowPass[index].Clone());

    private static WaveletFilterBank ReverseBiorthogonal(string name, int index)
    {
        WaveletFilterBank bior = Biorthogonal(name, index);
        return new WaveletFilterBank(
            name,
            WaveletFamily.ReverseBiorthogonal,
            decLo: Reversed(bior._recLo),
            decHi: Reversed(bior._recHi),
            recLo: Reversed(bior._decLo),
            recHi: Reversed(bior._decHi));
    }

    /// <summary>pywt's quadrature-mirror derivation of the high-pass filters from the two low-pass filters.</summary>
    private static WaveletFilterBank FromLowPass(string name, WaveletFamily family, double[] decLo, double[] recLo)
    {
        int length = decLo.Length;
        var decHi = new double[length];
        var recHi = new double[length];
        for (int i = 0; i < length; i++)
        {
            recHi[i] = i % 2 == 1 ? -decLo[i] : decLo[i];
            decHi[i] = (length - 1 - i) % 2 == 1 ? -recLo[i] : recLo[i];
        }

        return new WaveletFilterBank(name, family, decLo, decHi, recLo, recHi);
    }

    private static double[] Reversed(double[] filter)
    {
        var reversed = (double[])filter.Clone();
        Array.Reverse(reversed);
        return reversed;
    }

    private static bool TryOrder(string name, string prefix, int min, int max, out int order)
    {
        order = 0;
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length)
        {
            return false;
        }

        ReadOnlySpan<char> digits = name.AsSpan(prefix.Length);
        if (digits[0] == '0' || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out order))
        {
            return false;
        }

        return order >= min && order <= max;
    }

    private static int? BiorthogonalIndex(string order)
    {
        int index = Array.IndexOf(WaveletCoefficientTables.BiorthogonalOrders, order);
        return index >= 0 ? index : null;
    }

    private static string[] BuildNames()
    {
        var names = new List<string> { "haar" };
        for (int n = 1; n <= WaveletCoefficientTables.Daubechies.Length; n++)
        {
            names.Add("db" + n.ToString(CultureInfo.InvariantCulture));
        }

        for (int n = 2; n <= WaveletCoefficientTables.Symlets.Length + 1; n++)
        {
            names.Add("sym" + n.ToString(CultureInfo.InvariantCulture));
        }

        for (int n = 1; n <= WaveletCoefficientTables.Coiflets.Length; n++)
        {
            names.Add("coif" + n.ToString(CultureInfo.InvariantCulture));
        }

        names.AddRange(WaveletCoefficientTables.BiorthogonalOrders.Select(o => "bior" + o));
        names.AddRange(WaveletCoefficientTables.BiorthogonalOrders.Select(o => "rbio" + o));
        names.Add("dmey");
        return [.. names];
    }
}
