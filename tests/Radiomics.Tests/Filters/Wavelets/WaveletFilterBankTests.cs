using Radiomics.Filters.Wavelets;

namespace Radiomics.Tests.Filters.Wavelets;

public sealed class WaveletFilterBankTests
{
    /// <summary>
    /// The published tables carry 10–16 significant digits (sym3–sym8 about 12), so sums and inner products hold to
    /// ~1e-11. dmey is pywt's 62-tap FIR approximation of the Meyer wavelet: its high-pass sum (1.1e-3) and its
    /// orthogonality (2.2e-3) are only approximate by construction.
    /// </summary>
    private static double Tolerance(string name) => name == "dmey" ? 5e-3 : 1e-10;

    public static TheoryData<string> AllNames() => [.. WaveletFilterBank.Names];

    [Fact]
    public void Names_CoverEveryPywtDiscreteWavelet()
    {
        // pywt.wavelist(kind='discrete'): 15 bior, 17 coif, 38 db, dmey, haar, 15 rbio, 19 sym.
        Assert.Equal(106, WaveletFilterBank.Names.Count);
        Assert.Equal(WaveletFilterBank.Names.Count, WaveletFilterBank.Names.Distinct().Count());
        foreach (string expected in new[] { "haar", "db1", "db38", "sym2", "sym20", "coif1", "coif17", "bior1.1", "bior6.8", "rbio3.9", "dmey" })
        {
            Assert.Contains(expected, WaveletFilterBank.Names);
        }
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Filters_HavePublishedSumsAndLength(string name)
    {
        WaveletFilterBank bank = WaveletFilterBank.Get(name);
        Assert.Equal(name, bank.Name);
        Assert.Equal(ExpectedLength(name), bank.Length);
        Assert.Equal(Math.Sqrt(2), Sum(bank.DecompositionLowPass), Tolerance(name));
        Assert.Equal(Math.Sqrt(2), Sum(bank.ReconstructionLowPass), Tolerance(name));
        Assert.Equal(0, Sum(bank.DecompositionHighPass), Tolerance(name));
        Assert.Equal(0, Sum(bank.ReconstructionHighPass), Tolerance(name));
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void OrthogonalFilters_AreOrthonormalUnderEvenShifts(string name)
    {
        WaveletFilterBank bank = WaveletFilterBank.Get(name);
        if (!bank.IsOrthogonal)
        {
            Assert.True(name.StartsWith("bior", StringComparison.Ordinal) || name.StartsWith("rbio", StringComparison.Ordinal));
            return;
        }

        ReadOnlySpan<double> lo = bank.DecompositionLowPass;
        ReadOnlySpan<double> hi = bank.DecompositionHighPass;
        for (int shift = 0; shift < bank.Length; shift += 2)
        {
            Assert.Equal(shift == 0 ? 1 : 0, Correlate(lo, lo, shift), Tolerance(name));
            Assert.Equal(shift == 0 ? 1 : 0, Correlate(hi, hi, shift), Tolerance(name));
            Assert.Equal(0, Correlate(lo, hi, shift), Tolerance(name));
            Assert.Equal(0, Correlate(hi, lo, shift), Tolerance(name));
        }

        // Orthogonal: reconstruction filters are the time-reversed decomposition filters.
        for (int i = 0; i < bank.Length; i++)
        {
            Assert.Equal(lo[i], bank.ReconstructionLowPass[bank.Length - 1 - i]);
            Assert.Equal(hi[i], bank.ReconstructionHighPass[bank.Length - 1 - i]);
        }
    }

    [Fact]
    public void Haar_And_Db1_AreOneOverRootTwo()
    {
        double c = 1 / Math.Sqrt(2);
        foreach (string name in new[] { "haar", "db1" })
        {
            WaveletFilterBank bank = WaveletFilterBank.Get(name);
            Assert.Equal([c, c], bank.DecompositionLowPass.ToArray(), new Tolerant(2e-16));
            Assert.Equal([-c, c], bank.DecompositionHighPass.ToArray(), new Tolerant(2e-16));
            Assert.Equal([c, -c], bank.ReconstructionHighPass.ToArray(), new Tolerant(2e-16));
        }
    }

    [Fact]
    public void Db2_MatchesClosedForm()
    {
        // Daubechies' 4-tap scaling filter: (1+√3, 3+√3, 3−√3, 1−√3) / (4√2) (pywt rec_lo order).
        double s3 = Math.Sqrt(3), d = 4 * Math.Sqrt(2);
        double[] expected = [(1 + s3) / d, (3 + s3) / d, (3 - s3) / d, (1 - s3) / d];
        Assert.Equal(expected, WaveletFilterBank.Get("db2").ReconstructionLowPass.ToArray(), new Tolerant(1e-15));
        Assert.Equal(expected.Reverse(), WaveletFilterBank.Get("db2").DecompositionLowPass.ToArray(), new Tolerant(1e-15));
    }

    [Fact]
    public void Coif1_MatchesClosedForm()
    {
        // Coiflet-1 scaling filter: (1−√7, 5+√7, 14+2√7, 14−2√7, 1−√7, −3+√7) / (16√2) (pywt rec_lo order).
        double s7 = Math.Sqrt(7), d = 16 * Math.Sqrt(2);
        double[] expected = [(1 - s7) / d, (5 + s7) / d, (14 + (2 * s7)) / d, (14 - (2 * s7)) / d, (1 - s7) / d, (-3 + s7) / d];
        Assert.Equal(expected, WaveletFilterBank.Get("coif1").ReconstructionLowPass.ToArray(), new Tolerant(1e-15));
    }

    [Fact]
    public void Bior22_MatchesPublishedSplineFilters()
    {
        // CDF 5/3: decomposition low-pass (−1, 2, 6, 2, −1)·√2/8, reconstruction low-pass (1, 2, 1)·√2/4, zero-padded to 6.
        double r = Math.Sqrt(2);
        WaveletFilterBank bank = WaveletFilterBank.Get("bior2.2");
        Assert.Equal([0, -r / 8, r / 4, 3 * r / 4, r / 4, -r / 8], bank.DecompositionLowPass.ToArray(), new Tolerant(1e-15));
        Assert.Equal([0, r / 4, r / 2, r / 4, 0, 0], bank.ReconstructionLowPass.ToArray(), new Tolerant(1e-15));

        // rbio2.2 swaps analysis and synthesis, reversed.
        WaveletFilterBank rbio = WaveletFilterBank.Get("rbio2.2");
        Assert.Equal(bank.ReconstructionLowPass.ToArray().Reverse(), rbio.DecompositionLowPass.ToArray());
        Assert.Equal(bank.DecompositionHighPass.ToArray().Reverse(), rbio.ReconstructionHighPass.ToArray());
    }

    [Theory]
    [InlineData("db0")]
    [InlineData("db39")]
    [InlineData("sym1")]
    [InlineData("coif18")]
    [InlineData("bior2.3")]
    [InlineData("rbio7.7")]
    [InlineData("Haar")]
    [InlineData("morl")]
    [InlineData("")]
    public void UnknownName_Throws_ListingFamilies(string name)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => WaveletFilterBank.Get(name));
        Assert.Contains("db1–db38", error.Message, StringComparison.Ordinal);
        Assert.Contains("bior{1.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("dmey", error.Message, StringComparison.Ordinal);
    }

    private static int ExpectedLength(string name)
    {
        if (name == "haar")
        {
            return 2;
        }

        if (name == "dmey")
        {
            return 62;
        }

        if (name.StartsWith("db", StringComparison.Ordinal))
        {
            return 2 * int.Parse(name[2..]);
        }

        if (name.StartsWith("sym", StringComparison.Ordinal))
        {
            return 2 * int.Parse(name[3..]);
        }

        if (name.StartsWith("coif", StringComparison.Ordinal))
        {
            return 6 * int.Parse(name[4..]);
        }

        // biorN.M / rbioN.M: pywt pads both filters to 2M (N = 1) or 2M + 2.
        int n = name[4] - '0', m = name[6] - '0';
        return n == 1 ? 2 * m : (2 * m) + 2;
    }

    private static double Sum(ReadOnlySpan<double> filter)
    {
        double sum = 0;
        foreach (double tap in filter)
        {
            sum += tap;
        }

        return sum;
    }

    private static double Correlate(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int shift)
    {
        double sum = 0;
        for (int i = 0; i + shift < a.Length; i++)
        {
            sum += a[i] * b[i + shift];
        }

        return sum;
    }

    private sealed class Tolerant(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
