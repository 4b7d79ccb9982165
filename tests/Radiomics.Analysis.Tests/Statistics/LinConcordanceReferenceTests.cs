using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Statistics;

/// <summary>Lin's CCC against epiR::epi.ccc(ci = "z-transform") 2.0.57 (tests/data/analysis/icc/expected_ccc.csv).</summary>
public sealed class LinConcordanceReferenceTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("close")]
    [InlineData("shifted")]
    public void Compute_MatchesEpiR(string pair)
    {
        var pairs = OracleTable.Read(TestData.Require("analysis/icc/ccc_pairs.csv"));
        var expected = OracleTable.Read(TestData.Require("analysis/icc/expected_ccc.csv"));
        double[] x = pairs.Where("pair", pair).Select(r => pairs.Number(r, "x")).ToArray();
        double[] y = pairs.Where("pair", pair).Select(r => pairs.Number(r, "y")).ToArray();
        string[] e = expected.Where("pair", pair).Single();

        ConcordanceResult result = LinConcordance.Compute(x, y);

        Assert.Equal((int)expected.Number(e, "n"), result.Pairs);
        Close.Absolute(expected.Number(e, "ccc"), result.Ccc, Tolerance, pair + " ccc");
        Close.Absolute(expected.Number(e, "ci_low"), result.CiLow, Tolerance, pair + " ci_low");
        Close.Absolute(expected.Number(e, "ci_high"), result.CiHigh, Tolerance, pair + " ci_high");
        Close.Absolute(expected.Number(e, "s_shift"), result.ScaleShift, Tolerance, pair + " s_shift");
        Close.Absolute(expected.Number(e, "l_shift"), result.LocationShift, Tolerance, pair + " l_shift");
        Close.Absolute(expected.Number(e, "C_b"), result.BiasCorrection, Tolerance, pair + " C_b");
    }
}
