using Radiomics.Extraction;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.FirstOrder;

/// <summary>
/// The IBSI digital phantom reference values for the intensity statistics PyRadiomics defines as IBSI does.
/// PyRadiomics' Kurtosis is not excess kurtosis: IBSI's stat_kurt is compared with Kurtosis − 3.
/// </summary>
public class FirstOrderIbsiTests
{
    private static readonly (string Tag, string Feature, double Offset)[] Correspondence =
    [
        ("stat_mean", "Mean", 0), ("stat_var", "Variance", 0), ("stat_skew", "Skewness", 0), ("stat_kurt", "Kurtosis", -3),
        ("stat_median", "Median", 0), ("stat_min", "Minimum", 0), ("stat_p10", "10Percentile", 0), ("stat_p90", "90Percentile", 0),
        ("stat_max", "Maximum", 0), ("stat_iqr", "InterquartileRange", 0), ("stat_range", "Range", 0),
        ("stat_mad", "MeanAbsoluteDeviation", 0), ("stat_rmad", "RobustMeanAbsoluteDeviation", 0), ("stat_energy", "Energy", 0),
        ("stat_rms", "RootMeanSquared", 0), ("ih_entropy", "Entropy", 0), ("ih_uniformity", "Uniformity", 0),
    ];

    [Fact]
    public void FirstOrder_MatchesIbsiDigitalPhantomWhereDefinitionsCoincide()
    {
        var reference = ReferenceTable.Read(TestData.Require("ibsi1/reference_values/digital_phantom.csv")).ToDictionary(r => r.Tag);
        FeatureResult result = ParityCase.DigitalPhantom.RunClasses("firstorder");

        var failures = new List<string>();
        foreach (var (tag, feature, offset) in Correspondence)
        {
            ReferenceRow row = reference[tag];
            double value = result[$"original_firstorder_{feature}"].Number + offset;
            if (!row.Accepts(value))
            {
                failures.Add($"{tag}: reference {row.ReferenceText} ± {row.Tolerance}, ours {value:R}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
