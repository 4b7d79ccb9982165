using Radiomics.Features.Shape;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Shape;

/// <summary>Every original_shape_* value of PyRadiomics 3.1 on the IBSI phantoms, to 1e-6 relative.</summary>
public class ShapeParityTests
{
    public static TheoryData<string> Cases => new() { "digital", "ct" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shape_MatchesPyRadiomics(string phantom)
    {
        (string image, string mask, string json) = phantom == "digital"
            ? (TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "pyradiomics-parity/digital-phantom.pyradiomics.json")
            : (TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "pyradiomics-parity/ct-phantom-original.pyradiomics.json");
        IReadOnlyDictionary<string, double> reference = ParityReference.Read(TestData.Require(json));
        Dictionary<string, double> actual = ShapeInputs.Compute(new ShapeFamily(), ShapeInputs.FromFiles(image, mask));

        var expectedKeys = reference.Keys.Where(k => k.StartsWith("original_shape_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expectedKeys);
        var failures = new List<string>();
        foreach (string key in expectedKeys)
        {
            string name = key["original_shape_".Length..];
            Assert.True(actual.ContainsKey(name), $"{name} is not computed");
            double expected = reference[key];
            string line = FormattableString.Invariant($"{name}: expected {expected:R}, actual {actual[name]:R}, rel {Math.Abs(actual[name] - expected) / Math.Abs(expected):E2}");
            TestContext.Current.SendDiagnosticMessage(line);
            if (!ParityReference.Close(expected, actual[name], 1e-6))
            {
                failures.Add(line);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
