using System.Globalization;
using Radiomics.Configuration;

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

    /// <summary>Every name <see cref="Get"/> accepts: Configuration's list of discrete wavelets (<see cref="WaveletNames.All"/>).</summary>
    public static IReadOnlyList<string> Names => WaveletNames.All;

    /// <summary>
    /// The filter bank of a pywt discrete wavelet name (case-sensitive, as pywt): a name of <see cref="WaveletNames"/>,
    /// which a test checks this bank covers exactly.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a pywt discrete wavelet; the message lists the valid families.</exception>
    public static WaveletFilterBank Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!WaveletNames.IsKnown(name))
        {
            throw new ArgumentException($"Unknown wavelet '{name}'. Valid discrete wavelets: {WaveletNames.Described}.", nameof(name));
        }

        return name switch
        {
            "haar" => Orthogonal(name, WaveletFamily.Haar, WaveletCoefficientTables.Daubechies[0]),
            "dmey" => Orthogonal(name, WaveletFamily.DiscreteMeyer, WaveletCoefficientTables.DiscreteMeyer),
            _ when name.StartsWith("db", StringComparison.Ordinal) =>
                Orthogonal(name, WaveletFamily.Daubechies, WaveletCoefficientTables.Daubechies[Order(name, "db") - 1]),
            _ when name.StartsWith("sym", StringComparison.Ordinal) =>
                Orthogonal(name, WaveletFamily.Symlets, WaveletCoefficientTables.Symlets[Order(name, "sym") - WaveletNames.MinSymletOrder]),
            _ when name.StartsWith("coif", StringComparison.Ordinal) =>
                Orthogonal(name, WaveletFamily.Coiflets, WaveletCoefficientTables.Coiflets[Order(name, "coif") - 1]),
            _ when name.StartsWith("bior", StringComparison.Ordinal) => Biorthogonal(name, BiorthogonalIndex(name)),
            _ => ReverseBiorthogonal(name, BiorthogonalIndex(name)),
        };
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

    /// <summary>The order of a known name such as <c>db4</c> (the digits after <paramref name="prefix"/>).</summary>
    private static int Order(string name, string prefix) => int.Parse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The index in <see cref="WaveletNames.BiorthogonalOrders"/> of a known <c>biorN.M</c> or <c>rbioN.M</c> name.</summary>
    private static int BiorthogonalIndex(string name)
    {
        string order = name[4..];
        return WaveletNames.BiorthogonalOrders.TakeWhile(o => o != order).Count();
    }
}
