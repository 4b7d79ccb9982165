using System.Text.Json;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests;

/// <summary>
/// A JSON result records its whole configuration (settings, image types with their own settings, feature classes), so
/// <c>radiomics extract IMAGE MASK --params RESULT.json</c> re-runs it exactly: the same features, bit for bit.
/// </summary>
public class ResultAsParamsTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("digital-phantom", "ibsi1/digital_phantom/nifti/image/phantom.nii.gz", "ibsi1/digital_phantom/nifti/mask/mask.nii.gz")]
    [InlineData("ct-phantom-filters", "ibsi1/ct_phantom/nifti/image/phantom.nii.gz", "ibsi1/ct_phantom/nifti/mask/mask.nii.gz")]
    public void ResultJson_AsParams_ReproducesEveryValueBitForBit(string parameters, string image, string mask)
    {
        string imagePath = TestData.Require(image), maskPath = TestData.Require(mask);
        string first = _work.Path("first.json"), second = _work.Path("second.json");

        var run = CliRunner.Run("extract", imagePath, maskPath, "--params", TestData.Require($"pyradiomics-parity/{parameters}.params.yaml"), "-o", first);
        Assert.True(run.ExitCode == 0, run.Error);
        var rerun = CliRunner.Run("extract", imagePath, maskPath, "--params", first, "-o", second);
        Assert.True(rerun.ExitCode == 0, rerun.Error);

        Dictionary<string, string> original = Entries(first), repeated = Entries(second);
        Assert.Equal(original.Keys, repeated.Keys);
        Assert.True(original.Keys.Count(k => !k.StartsWith("diagnostics_", StringComparison.Ordinal)) > 100);
        foreach (var (key, value) in original.Where(e => !e.Key.StartsWith("diagnostics_Configuration_Parameter", StringComparison.Ordinal)))
        {
            Assert.True(value == repeated[key], $"{key}: {value} then {repeated[key]}"); // round-trip number text: equal bits
        }

        Assert.Equal(first, JsonDocument.Parse(File.ReadAllText(second)).RootElement.GetProperty("diagnostics_Configuration_ParameterSource").GetString());
    }

    [Fact]
    public void ResultJson_AsParams_KeepsTheCommandLineOverridesItRecorded()
    {
        var (image, mask) = _work.Case();
        string first = _work.Path("first.json");
        Assert.Equal(0, CliRunner.Run("extract", image, mask, "--params", _work.Params(), "-s", "binWidth:7", "-s", "distances:[1,2]", "-o", first).ExitCode);

        var rerun = CliRunner.Run("extract", image, mask, "--params", first, "-f", "json");

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Dictionary<string, string> original = Entries(first);
        using JsonDocument repeated = JsonDocument.Parse(rerun.Output);
        Assert.Equal(original["diagnostics_Configuration_Settings"], repeated.RootElement.GetProperty("diagnostics_Configuration_Settings").GetRawText());
        Assert.Equal(original["original_firstorder_Entropy"], repeated.RootElement.GetProperty("original_firstorder_Entropy").GetRawText());
    }

    [Fact]
    public void ResultWithoutDiagnostics_AsParams_IsRefusedInOneLineNamingAdditionalInfo()
    {
        var (image, mask) = _work.Case();
        string first = _work.Path("first.json");
        Assert.Equal(0, CliRunner.Run("extract", image, mask, "--params", _work.Params(), "-s", "additionalInfo:false", "-o", first).ExitCode);

        var rerun = CliRunner.Run("extract", image, mask, "--params", first);

        Assert.Equal(1, rerun.ExitCode);
        Assert.Contains("additionalInfo", rerun.Error, StringComparison.Ordinal);
        Assert.Single(rerun.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>Every entry of a JSON result, name → its value's JSON text.</summary>
    private static Dictionary<string, string> Entries(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
    }
}
