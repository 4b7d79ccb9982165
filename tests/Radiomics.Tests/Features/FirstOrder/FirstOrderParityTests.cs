using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.FirstOrder;

public class FirstOrderParityTests
{
    public static TheoryData<string> Cases => new(ParityCase.Original.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void FirstOrder_MatchesPyRadiomicsWithin1e6Relative(string caseName)
    {
        ParityCase parity = ParityCase.Original.Single(c => c.Name == caseName);
        IReadOnlyDictionary<string, double> reference = parity.ReadReference();
        FeatureResult result = parity.RunClasses("firstorder");

        var expected = reference.Where(r => r.Key.StartsWith("original_firstorder_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(18, expected.Length);
        var failures = new List<string>();
        foreach (var (name, value) in expected)
        {
            if (!result.TryGet(name, out ResultValue actual) || !ParityReference.Close(value, actual.Number, 1e-6))
            {
                failures.Add($"{name}: expected {value:R}, got {(result.TryGet(name, out var a) ? a.ToString() : "missing")}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(expected.Length, result.Features.Count(f => f.Key.StartsWith("original_firstorder_", StringComparison.Ordinal)));
    }
}
