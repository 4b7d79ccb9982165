using Radiomics.Cli.Tests.Batch;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.IO.Csv;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Perturbation;

public class PerturbCommandTests : IDisposable
{
    private readonly BatchWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void UnperturbedRow_EqualsExtract_BitForBit()
    {
        string parameters = _workspace.Path("chain.yaml");
        File.WriteAllText(parameters, File.ReadAllText(TestData.Require("perturbation/ct-phantom-chain.params.yaml"))
            .Replace("  noiseRepetitions: 2\n", "  noiseRepetitions: 1\n")
            .Replace("translationFractions: [0, 0.5]", "translationFractions: [0]")
            .Replace("roiAdaptSizes: [-0.2, 0, 0.2]", "roiAdaptSizes: [0]")
            .Replace("randomiseRoiRepetitions: 2", "randomiseRoiRepetitions: 0"));
        string extractOut = _workspace.Path("extract.csv"), perturbOut = _workspace.Path("perturb.csv");

        var extract = CliRunner.Run("extract", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-p", parameters, "-o", extractOut);
        var perturb = CliRunner.Run("perturb", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-p", parameters, "-o", perturbOut);

        Assert.True(extract.ExitCode == 0, extract.Error);
        Assert.True(perturb.ExitCode == 0, perturb.Error);
        Dictionary<string, string> single = Rows(extractOut)[0], zero = Rows(perturbOut)[0];
        Assert.Equal("0", zero["perturbation_Id"]);
        Assert.Equal("0;0;0", zero["perturbation_Translation"]);
        int compared = 0;
        foreach (var (name, value) in single.Where(c => c.Key is not ("Image" or "Mask")))
        {
            Assert.True(zero.TryGetValue(name, out string? variant), $"perturb lacks {name}");
            Assert.True(value == variant, $"{name}: extract {value}, perturb {variant}");
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} columns compared");
        Assert.Equal(2, Rows(perturbOut).Count); // the unperturbed row and one noisy variant
    }

    [Fact]
    public void SameSeed_SameBytes_WhateverTheJobs()
    {
        (string image, string mask) = _workspace.WriteCase("lesion", 1);
        string parameters = ChainParams("seed: 4");
        string one = _workspace.Path("one.csv"), two = _workspace.Path("two.csv"), again = _workspace.Path("again.csv");

        var first = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", parameters, "-o", one, "-j", "1");
        var second = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", parameters, "-o", two, "-j", "2");
        var third = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", parameters, "-o", again, "-j", "3");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.True(third.ExitCode == 0, third.Error);
        byte[] bytes = File.ReadAllBytes(one);
        Assert.Equal(bytes, File.ReadAllBytes(two));
        Assert.Equal(bytes, File.ReadAllBytes(again));
        List<Dictionary<string, string>> rows = Rows(one);
        Assert.Equal(1 + (2 * 8 * 3 * 2), rows.Count);
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["perturbation_Id"]));

        string otherSeed = _workspace.Path("seed5.csv");
        Assert.Equal(0, CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", ChainParams("seed: 5"), "-o", otherSeed).ExitCode);
        Assert.NotEqual(bytes, File.ReadAllBytes(otherSeed));
    }

    [Fact]
    public void Columns_PerturbationParametersThenDiagnosticsAndFeatures()
    {
        (string image, string mask) = _workspace.WriteCase("lesion", 2);
        string output = _workspace.Path("out.csv");

        var run = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", ChainParams("seed: 1"), "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        string header = File.ReadLines(output).First();
        Assert.StartsWith(
            "perturbation_Id,perturbation_NoiseRepetition,perturbation_NoiseLevel,perturbation_Rotation,perturbation_Translation,"
            + "perturbation_RoiAdaptSize,perturbation_Randomisation,perturbation_RoiAdaptDistance,perturbation_RoiVoxelRatio,diagnostics_", header);
        Dictionary<string, string> noisy = Rows(output)[1];
        Assert.Equal("7", noisy["perturbation_NoiseLevel"]);
        Assert.Equal("-1", noisy["perturbation_RoiAdaptSize"]);
        Assert.Contains("radiomics perturb: 97 variant(s), 0 failed", run.Error);
    }

    [Theory]
    [InlineData("perturbation:\n  noiseLevel: -1\n", "noiseLevel")]
    [InlineData("perturbation:\n  roiAdaptType: area\n", "roiAdaptType")]
    [InlineData("perturbation:\n  shift: [1]\n", "shift")]
    public void BadPerturbationSection_OneLineNamingTheKey(string section, string key)
    {
        (string image, string mask) = _workspace.WriteCase("lesion", 0);
        string parameters = _workspace.Path("bad.yaml");
        File.WriteAllText(parameters, section);

        var run = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", parameters, "-o", _workspace.Path("out.csv"));

        OneLine.AssertError(run, 1, key, "bad.yaml");
        Assert.False(File.Exists(_workspace.Path("out.csv")));
    }

    [Fact]
    public void MissingOut_UsageError()
    {
        (string image, string mask) = _workspace.WriteCase("lesion", 0);
        OneLine.AssertError(CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask)), 2, "--out");
        OneLine.AssertError(CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-o", _workspace.Path("x.csv"), "-j", "0"), 2, "--jobs");
        OneLine.AssertError(CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-o", _workspace.Path("x.csv"), "-f", "long"), 2, "--format");
    }

    [Fact]
    public void FailingVariant_GetsAnEmptyRowAndAnErrorLine_TheOthersGoOn()
    {
        (string image, string mask) = _workspace.WriteCase("lesion", 3);
        int voxels = Radiomics.IO.ImageReader.Read(_workspace.Path(mask)).ToBinaryMask(1).Voxels.Count((byte)1);
        string parameters = _workspace.Path("shrink.yaml");
        File.WriteAllText(parameters, $"setting:\n  minimumROISize: {voxels}\nfeatureClass:\n  firstorder:\nperturbation:\n  roiAdaptSizes: [-1.5, 0, 1.5]\n  roiAdaptMaxErosion: 0.5\n");
        string output = _workspace.Path("out.csv");

        var run = CliRunner.Run("perturb", _workspace.Path(image), _workspace.Path(mask), "-p", parameters, "-o", output);

        Assert.Equal(3, run.ExitCode);
        List<Dictionary<string, string>> rows = Rows(output);
        Assert.Equal(3, rows.Count); // unperturbed, shrunk (failed: below minimumROISize), grown
        Assert.Equal("", rows[1]["original_firstorder_Mean"]);
        Assert.NotEqual("", rows[2]["original_firstorder_Mean"]);
        string errors = File.ReadAllText(_workspace.Path("out.errors.csv"));
        Assert.Contains("variant 1", errors);
        Assert.Contains("1 failed", run.Error);
    }

    /// <summary>noise × 2 (σ 7), 8 translations, 3 volumes (mm), 2 randomisations, first-order and shape features.</summary>
    private string ChainParams(string seed)
    {
        string path = _workspace.Path($"chain-{seed.Replace(": ", "")}.yaml");
        File.WriteAllText(path, $"""
            setting:
              binWidth: 25
            featureClass:
              firstorder:
              shape:
            perturbation:
              noiseRepetitions: 2
              noiseLevel: 7
              translationFractions: [0, 0.5]
              roiAdaptSizes: [-1, 0, 1.5]
              randomiseRoiRepetitions: 2
              {seed}
            """);
        return path;
    }

    /// <summary>The data rows of a CSV as column → text.</summary>
    internal static List<Dictionary<string, string>> Rows(string path)
    {
        List<string[]> records = CsvReader.ReadAll(File.ReadAllText(path));
        string[] header = records[0];
        return records.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }
}
