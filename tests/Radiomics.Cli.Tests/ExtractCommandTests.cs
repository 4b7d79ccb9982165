using System.Text.Json;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests;

public class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Extract_JsonFormat_WritesOneFlatObjectWithNumbers()
    {
        string outPath = Path.Combine(_folder, "out.json");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask,
            "--setting", "binWidth:1", "--format", "json", "--out", outPath);
        Assert.True(code == 0, error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        JsonElement mean = json.RootElement.GetProperty("original_firstorder_Mean");
        Assert.Equal(JsonValueKind.Number, mean.ValueKind);
        Assert.All(json.RootElement.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Extract_CsvFormat_WritesHeaderAndOneRowStartingWithImageAndMask()
    {
        string outPath = Path.Combine(_folder, "out.csv");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--out", outPath);
        Assert.True(code == 0, error);
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Image,Mask,diagnostics_", lines[0]);
        Assert.Equal(CountFields(lines[0]), CountFields(lines[1]));
    }

    [Fact]
    public void Extract_DefaultOutput_IsReadableTableOnConsole()
    {
        var (code, output, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask);
        Assert.True(code == 0, error);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("original_firstorder_Mean ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MissingLabel_ExitsNonZeroWithOneLineNamingLabel()
    {
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--label", "7");
        Assert.Equal(1, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("label 7", error);
        Assert.Contains("mask.nii.gz", error);
    }

    [Fact]
    public void Extract_MissingFile_ExitsNonZeroNamingTheFile()
    {
        string missing = Path.Combine(_folder, "nope.nii.gz");
        var (code, _, error) = CliRunner.Run("extract", missing, missing);
        Assert.Equal(1, code);
        Assert.Contains("nope.nii.gz", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Extract_UnknownSettingKey_IsRejectedNamingTheKey()
    {
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--setting", "binwidth:3");
        Assert.NotEqual(0, code);
        Assert.Contains("'binwidth'", error);
        Assert.Contains("binWidth", error);
    }

    [Fact]
    public void Extract_OutOfRangeSetting_IsRejectedWithAllowedRange()
    {
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--setting", "binWidth:-2");
        Assert.NotEqual(0, code);
        Assert.Contains("binWidth", error);
        Assert.Contains("> 0", error);
    }

    [Fact]
    public void Extract_ExportMatrices_WritesEachTextureMatrixPerImageType()
    {
        string folder = Path.Combine(_folder, "matrices");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask,
            "--setting", "binWidth:1", "--format", "json", "--out", Path.Combine(_folder, "f.json"), "--export-matrices", folder);
        Assert.True(code == 0, error);
        foreach (string family in new[] { "glcm", "glrlm", "glszm", "gldm", "ngtdm" })
        {
            Assert.True(File.Exists(Path.Combine(folder, "original", family + "_matrices.csv")), family);
            Assert.True(File.Exists(Path.Combine(folder, "original", family + "_matrices.json")), family);
        }

        Assert.False(File.Exists(Path.Combine(folder, "original", "firstorder_matrices.csv")));
    }

    [Fact]
    public void Example_RunsWithoutInputFiles()
    {
        var (code, output, error) = CliRunner.Run("example", "--format", "json");
        Assert.True(code == 0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("diagnostics_Mask-original_VoxelNum").GetDouble() > 1000);
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageCode()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command", error);
    }

    private static int CountFields(string line)
    {
        int count = 1;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) count++;
        }

        return count;
    }
}
