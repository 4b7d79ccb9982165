using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Ibsi;

public class IntensityStatisticsTests
{
    [Fact]
    public void EveryStatisticsFeature_MatchesIbsiDigitalPhantomReference()
    {
        var family = new IntensityStatisticsFamily();
        FeatureInput input = PhantomInput.DigitalPhantom(RadiomicsSettings.Default);
        double[] values = family.Compute(input, family.Features);
        var reference = ReferenceTable.Read(TestData.Require("ibsi1/reference_values/digital_phantom.csv"))
            .Where(r => r.Tag.StartsWith("stat_", StringComparison.Ordinal)).ToDictionary(r => r.Tag);

        Assert.Equal(reference.Keys.Order(), family.Features.Select(f => "stat_" + f.Name).Order());
        var failures = family.Features.Select((f, i) => (Row: reference["stat_" + f.Name], Value: values[i]))
            .Where(p => !p.Row.Accepts(p.Value))
            .Select(p => $"{p.Row.Tag}: reference {p.Row.ReferenceText}, ours {p.Value:R}").ToArray();
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
    }
}
