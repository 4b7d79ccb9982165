using Radiomics.Cli.Tests.Analysis;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>
/// The parameter file's <c>regions:</c> section in <c>radiomics extract</c> and <c>batch</c>: a region's features equal
/// those of an extraction with the mask <c>radiomics roi</c> writes for it, bit for bit; the plain ROI's names and values
/// do not change; an empty ring is a warning and NaN features; a mask column of the case list works in a batch.
/// </summary>
public sealed class RegionExtractionTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Extract_RingRegion_EqualsExtractingWithTheRingMaskRoiWrites_BitForBit()
    {
        string ring = _work.Path("ring5.nii.gz"), withRegions = _work.Path("regions.json"), direct = _work.Path("ring.json");
        string plainParams = WriteParams("plain.yaml", "");

        Ok(CliRunner.Run("roi", RegionData.Phantom("mask.nii.gz"), "--ring", "5", "--clip", RegionData.Phantom("clip.nii.gz"), "--out", ring));
        Ok(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", RegionData.Cli("peritumoral.yaml"), "-o", withRegions));
        Ok(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), ring, "-p", plainParams, "-o", direct));

        Dictionary<string, double> region = RegionData.Features(RegionData.ReadJson(withRegions));
        Dictionary<string, double> expected = RegionData.Features(RegionData.ReadJson(direct));
        Assert.Equal(7, expected.Count);
        foreach (var (name, value) in expected)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(region[$"peritumoral_{name}"]));
        }

        Assert.Equal(RegionData.Voxels(RegionData.Phantom("ring_5mm_clipped.nii.gz")), RegionData.Voxels(ring));
        Assert.Equal(8142.0, (double)RegionData.ReadJson(withRegions)["diagnostics_Region-peritumoral_VoxelCount"]);
    }

    [Fact]
    public void Extract_WithRegions_KeepsThePlainRoisNamesValuesAndOrder()
    {
        string plain = _work.Path("plain.json"), extended = _work.Path("extended.json");
        Ok(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", WriteParams("plain.yaml", ""), "-o", plain));
        Ok(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", RegionData.Cli("peritumoral.yaml"), "-o", extended));

        Dictionary<string, object> before = RegionData.ReadJson(plain), after = RegionData.ReadJson(extended);
        string[] unchanged = [.. before.Keys.Where(k => !k.StartsWith("diagnostics_Configuration_Parameter", StringComparison.Ordinal))];
        Assert.Equal(unchanged, after.Keys.Where(unchanged.Contains));
        foreach (string key in unchanged)
        {
            Assert.Equal(before[key], after[key]);
        }

        string[] added = [.. after.Keys.Except(before.Keys)];
        Assert.All(added, k => Assert.Matches("^(diagnostics_Configuration_Regions|diagnostics_Region-(peritumoral|rim|core)_.*|(peritumoral|rim|core)_original_.*)$", k));
        Assert.Equal(3 * 7, added.Count(k => !k.StartsWith("diagnostics_", StringComparison.Ordinal)));
        Assert.Equal(1931.0, (double)after["diagnostics_Region-rim_VoxelCount"]);
    }

    [Fact]
    public void Extract_RingBelowTheSpacing_IsOneWarningAndNaNFeatures()
    {
        string yaml = WriteParams("tiny.yaml", "regions:\n  tiny: {ring: 0.3}\n");

        var run = CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", yaml, "-o", _work.Path("tiny.json"));

        Ok(run);
        string warning = Assert.Single(AnalysisData.Warnings(run.Error));
        Assert.Contains("region 'tiny'", warning);
        Assert.Contains("below the smallest voxel spacing", warning);
        Dictionary<string, object> entries = RegionData.ReadJson(_work.Path("tiny.json"));
        Assert.All(RegionData.Features(entries).Where(f => f.Key.StartsWith("tiny_", StringComparison.Ordinal)), f => Assert.True(double.IsNaN(f.Value)));
        Assert.Equal(7, RegionData.Features(entries).Count(f => f.Key.StartsWith("tiny_", StringComparison.Ordinal)));
        Assert.Contains("below the smallest voxel spacing", (string)entries["diagnostics_Region-tiny_Warnings"]);
        Assert.False(double.IsNaN((double)entries["original_firstorder_Mean"]));
    }

    [Fact]
    public void Batch_ClipMaskFromACaseListColumn_GivesTheSameRegionAsAPath()
    {
        string table = _work.Path("features.csv"), single = _work.Path("single.json");
        Ok(CliRunner.Run("batch", RegionData.Cli("phantom-cases.csv"), "-p", RegionData.Cli("peritumoral-batch.yaml"), "-o", table));
        Ok(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", RegionData.Cli("peritumoral.yaml"), "-o", single));

        var batch = AnalysisData.Read(table, "^peritumoral_", "ID");
        Dictionary<string, double> extract = RegionData.Features(RegionData.ReadJson(single));
        Assert.Equal(7, batch.FeatureCount);
        for (int j = 0; j < batch.FeatureCount; j++)
        {
            Assert.Equal(extract[batch.FeatureNames[j]], batch[0, j]);
        }
    }

    [Theory]
    [InlineData("regions:\n  x: {rign: 5}\n", 1, "regions.x.rign", "unknown key")]
    [InlineData("regions:\n  x: {ring: -1}\n", 1, "regions.x.ring", "≥ 0")]
    [InlineData("regions:\n  x: {ring: 2, grow: 3}\n", 1, "regions.x.grow", "one distance operation")]
    [InlineData("regions:\n  x_y: {ring: 2}\n", 1, "regions.x_y", "letters, digits")]
    [InlineData("regions:\n  x: {ring: 2, clip: {column: Body}}\n", 2, "regions.x.clip", "'Body'")]
    [InlineData("regions:\n  x: {ring: 2, clip: nowhere.nii.gz}\n", 1, "nowhere.nii.gz", "does not exist")]
    [InlineData("regions:\n  x: {ring: 2, clip: {path: a.nii.gz, column: B}}\n", 1, "regions.x.clip", "either")]
    public void Extract_BadRegion_IsOneLineNamingTheKey(string regions, int exitCode, string key, string problem)
    {
        var run = CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", WriteParams("bad.yaml", regions));

        OneLine.AssertError(run, exitCode, key, problem);
    }

    [Fact]
    public void Extract_ClipOnAnotherGrid_IsOneLineNamingRegionAndMask()
    {
        string yaml = WriteParams("grid.yaml", $"regions:\n  x: {{ring: 2, clip: {RegionData.Planted("mask.nii.gz")}}}\n");

        OneLine.AssertError(CliRunner.Run("extract", RegionData.Phantom("image.nii.gz"), RegionData.Phantom("mask.nii.gz"), "-p", yaml), 1, "region 'x'", "different grids");
    }

    [Fact]
    public void Batch_MaskColumnTheCaseListLacks_IsOneLineNamingTheColumn()
    {
        string cases = _work.WriteCsv("cases.csv", "ID,Image,Mask", [$"p,{RegionData.Phantom("image.nii.gz")},{RegionData.Phantom("mask.nii.gz")}"]);

        var run = CliRunner.Run("batch", cases, "-p", RegionData.Cli("peritumoral-batch.yaml"), "-o", _work.Path("out.csv"));

        OneLine.AssertError(run, 2, "regions.peritumoral.clip", "'BodyMask'");
    }

    private string WriteParams(string name, string regions)
    {
        string path = _work.Path(name);
        File.WriteAllText(path, "featureClass:\n  shape: [VoxelVolume, Sphericity]\n  firstorder: [Mean, StandardDeviation, Entropy]\n  glcm: [Contrast, JointEntropy]\n" + regions);
        return path;
    }

    private static void Ok((int ExitCode, string Output, string Error) run) => Assert.True(run.ExitCode == 0, run.Error);
}
