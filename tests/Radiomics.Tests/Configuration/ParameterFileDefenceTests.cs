using System.Text;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Tests.IO;

namespace Radiomics.Tests.Configuration;

/// <summary>
/// Parameter files are parsed defensively: nesting, size and alias expansion are bounded, keys must be unique names,
/// any encoding with a byte-order mark is read, and combinations that cannot run are refused when bound, each with one
/// message naming the file or key.
/// </summary>
public sealed class ParameterFileDefenceTests
{
    [Theory]
    [InlineData("p.yaml")]
    [InlineData("p.json")]
    public void Parse_NestingBeyondTheLimit_Refused(string source)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(new string('[', 100_000), source));
        Assert.Contains("64", error.Message, StringComparison.Ordinal);
        Assert.Throws<ParameterException>(() => PipelineParameters.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 50_000)), source));
    }

    [Fact]
    public void Parse_NestingWithinTheLimit_ReachesTheBinder()
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse("setting: {x: " + new string('[', 60) + new string(']', 60) + "}", "p.yaml"));
        Assert.Contains("unknown setting 'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_RefusedWithoutExpanding()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++)
        {
            text.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(text.ToString(), "laughs.yaml"));
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 << 20);
    }

    [Fact]
    public void Parse_AliasOfAValue_SharesIt()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("setting:\n  binWidth: &w 10\n  voxelArrayShift: *w\n", "p.yaml");
        Assert.Equal(10, parameters.Settings.Discretisation.BinWidth);
        Assert.Equal(10, parameters.Settings.Features.VoxelArrayShift);
    }

    [Theory]
    [InlineData("setting:\n  binWidth: 5\n  binWidth: 6\n", "p.yaml", "appears twice")]
    [InlineData("{\"setting\": {\"binWidth\": 5, \"binWidth\": 6}}", "p.json", "appears twice")]
    [InlineData("setting:\n  ? [a, b]\n  : 5\n", "p.yaml", "must be a name")]
    [InlineData("setting: {binWidth: *nothing}\n", "p.yaml", "names no anchor")]
    [InlineData("{\"setting\": {\"binWidth\": NaN}}", "p.json", "not valid JSON")]
    public void Parse_MalformedStructure_OneLineNamingTheProblem(string text, string source, string problem)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(text, source));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_Utf16WithByteOrderMark_ReadAsText_InvalidUtf8Refused()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("u16.yaml"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("setting:\n  binWidth: 5\n")]);
        Assert.Equal(5, PipelineParameters.Load(scratch.File("u16.yaml")).Settings.Discretisation.BinWidth);

        File.WriteAllBytes(scratch.File("bad.yaml"), [.. "setting:\n  label: "u8, 0xC3, 0x28]);
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Load(scratch.File("bad.yaml")));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LargerThanTheLimit_RefusedBeforeParsing()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("big.yaml"), new byte[ParameterFile.MaxFileBytes + 1]);
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Load(scratch.File("big.yaml")));
        Assert.Contains($"at most {ParameterFile.MaxFileBytes} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeviceOrPipe_RefusedWithoutReading()
    {
        Assert.SkipUnless(SpecialFileSupport.Available && File.Exists("/dev/zero"), "needs /dev/zero and named pipes");
        using var scratch = new ScratchFolder();
        string fifo = SpecialFileSupport.Fifo(scratch.File("p.yaml"));
        foreach (string path in new[] { "/dev/zero", "/dev/urandom", fifo })
        {
            var error = SpecialFileSupport.WithinSeconds(() => Record.Exception(() => PipelineParameters.Load(path)));
            Assert.IsType<ParameterException>(error);
        }
    }

    [Theory]
    [InlineData("setting: {wavelet: foo}\n", "'wavelet'")]
    [InlineData("setting: {sigma: [1, 1]}\n", "distinct")]
    [InlineData("setting: {ibsiLoGSigma: [2, 2]}\n", "distinct")]
    public void Parse_ValueNoFilterCanUse_RefusedNamingTheKey(string text, string key)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(text, "p.yaml"));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractor_Shape2DWithoutForce2D_RefusedWhenBound_AcceptedWithIt()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("featureClass: {shape2D: ~}\n", "p.yaml");
        var error = Assert.Throws<ParameterException>(() => new RadiomicsExtractor(parameters));
        Assert.Contains("force2D: true", error.Message, StringComparison.Ordinal);
        _ = new RadiomicsExtractor(parameters.WithSettingOverrides([new("force2D", ParameterValue.FromText("true"))]));
    }

    [Fact]
    public void Extractor_ResamplingWithAnUnsupportedInterpolator_RefusedWhenBound()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("setting: {resampledPixelSpacing: [1, 1, 1], interpolator: sitkWelchWindowedSinc}\n", "p.yaml");
        var error = Assert.Throws<ParameterException>(() => new RadiomicsExtractor(parameters));
        Assert.Contains("'interpolator'", error.Message, StringComparison.Ordinal);
    }
}
