using Radiomics.Extraction;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// End to end: PyRadiomics' own parameter files, run unchanged through the extractor, give every value of
/// PyRadiomics' output within 1e-6 relative, and exactly its set of feature names.
/// </summary>
public class PyRadiomicsParityTests
{
    public static TheoryData<string> Cases => new(ParityCase.Original.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void OriginalImage_AllClasses_MatchPyRadiomics(string caseName)
    {
        ParityCase parity = ParityCase.Original.Single(c => c.Name == caseName);
        IReadOnlyDictionary<string, double> reference = parity.ReadReference();
        FeatureResult result = parity.Run();

        var ours = result.Features.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        var failures = reference.Where(r => !ParityReference.Close(r.Value, ours[r.Key], 1e-6))
            .Select(r => $"{r.Key}: PyRadiomics {r.Value:R}, ours {ours[r.Key]:R}").ToArray();
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
    }
}
