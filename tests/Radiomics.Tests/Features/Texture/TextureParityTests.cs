using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// Every texture value PyRadiomics 3.1 gives for the IBSI phantoms (pyradiomics-parity/*.json) is reproduced
/// within 1e-6 relative, and every feature of each family has a reference value.
/// </summary>
public class TextureParityTests
{
    public static TheoryData<string> Families => new(TextureFamilies.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Families))]
    public void DigitalPhantom_MatchesPyRadiomics(string family) =>
        AssertParity(family, TextureTestInputs.DigitalPhantom(), "pyradiomics-parity/digital-phantom.pyradiomics.json");

    [Theory]
    [MemberData(nameof(Families))]
    public void CtPhantom_MatchesPyRadiomics(string family) =>
        AssertParity(family, TextureTestInputs.CtPhantom(), "pyradiomics-parity/ct-phantom-original.pyradiomics.json");

    private static void AssertParity(string familyName, FeatureInput input, string referencePath)
    {
        IReadOnlyDictionary<string, double> reference = ParityReference.Read(TestData.Require(referencePath));
        IFeatureFamily family = TextureFamilies.All.Single(f => f.Name == familyName);
        Dictionary<string, double> actual = TextureTestInputs.ComputeAll(family, input);

        var failures = new List<string>();
        foreach ((string name, double value) in actual)
        {
            string key = $"original_{familyName}_{name}";
            if (!reference.TryGetValue(key, out double expected))
            {
                failures.Add($"{key}: no reference value");
            }
            else if (!ParityReference.Close(expected, value, 1e-6))
            {
                failures.Add($"{key}: expected {expected:R}, got {value:R}");
            }
        }

        int referenced = reference.Keys.Count(k => k.StartsWith($"original_{familyName}_", StringComparison.Ordinal));
        Assert.Equal(referenced, actual.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
