using System.Text.Json;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests;

/// <summary><c>radiomics extract --mode voxel</c>: map files, names, the sidecar, --features, --format and bad input.</summary>
public sealed class VoxelModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-voxel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Params => TestData.Require("pyradiomics-parity/voxel-digital-phantom/params.yaml");

    [Fact]
    public void VoxelMode_WritesOneNrrdPerMap_AndASidecarListingThem()
    {
        string outDir = Path.Combine(_folder, "maps");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask,
            "--mode", "voxel", "--params", Params, "--out-dir", outDir);
        Assert.True(code == 0, error);

        string[] files = Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(94, files.Length);
        Assert.Contains("original_glcm_Contrast.nrrd", files);
        Assert.Contains("original_firstorder_Mean.nrrd", files);
        Assert.Contains("voxel-maps.json", files);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(outDir));

        using JsonDocument sidecar = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "voxel-maps.json")));
        JsonElement root = sidecar.RootElement;
        Assert.Equal("voxel", root.GetProperty("mode").GetString());
        Assert.Equal(64, root.GetProperty("image").GetProperty("sha256").GetString()!.Length);
        Assert.Equal(1, root.GetProperty("settings").GetProperty("kernelRadius").GetInt32());
        Assert.Equal("nan", root.GetProperty("settings").GetProperty("initValue").GetString());
        string[] listed = root.GetProperty("maps").EnumerateArray().Select(m => m.GetProperty("file").GetString()!).ToArray();
        Assert.Equal(files.Where(f => f.EndsWith(".nrrd", StringComparison.Ordinal)), listed.Order(StringComparer.Ordinal));

        // Same grid as PyRadiomics' map (the ROI box padded by the radius).
        var map = ImageReader.Read(Path.Combine(outDir, "original_glcm_Contrast.nrrd")).ToDoubleVolume();
        var reference = ImageReader.Read(TestData.Require("pyradiomics-parity/voxel-digital-phantom/original_glcm_Contrast.nrrd")).ToDoubleVolume();
        Assert.Equal(reference.Geometry, map.Geometry);
    }

    [Fact]
    public void Features_AndNiftiFormat_RestrictAndNameTheFiles()
    {
        string outDir = Path.Combine(_folder, "some");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask,
            "--mode", "voxel", "--params", Params, "--out-dir", outDir, "--features", "firstorder_Mean,ngtdm", "--format", "nifti");
        Assert.True(code == 0, error);
        string[] maps = Directory.GetFiles(outDir, "*.nii.gz").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(
            ["original_firstorder_Mean.nii.gz", "original_ngtdm_Busyness.nii.gz", "original_ngtdm_Coarseness.nii.gz",
                "original_ngtdm_Complexity.nii.gz", "original_ngtdm_Contrast.nii.gz", "original_ngtdm_Strength.nii.gz"],
            maps);
    }

    [Theory]
    [InlineData("--mode voxel", "--mode voxel needs --out-dir")]
    [InlineData("--mode pixel --out-dir X", "--mode must be segment or voxel")]
    [InlineData("--out-dir X", "--out-dir needs --mode voxel")]
    [InlineData("--mode voxel --out-dir X --format csv", "--format must be nrrd or nifti")]
    [InlineData("--mode voxel --out-dir X --out y.csv", "--out is not available with --mode voxel")]
    [InlineData("--mode voxel --out-dir X --features glcm_Contrst", "--features: feature 'glcm_Contrst' is not enabled")]
    public void BadVoxelOptions_AreOneLineUsageErrors_AndWriteNothing(string options, string message)
    {
        string[] extra = options.Split(' ').Select(o => o == "X" ? Path.Combine(_folder, "out") : o).ToArray();
        var (code, _, error) = CliRunner.Run(["extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "--params", Params, .. extra]);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void MissingLabel_FailsWithoutLeavingTheOutputFolder()
    {
        string outDir = Path.Combine(_folder, "failed");
        var (code, _, error) = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask,
            "--mode", "voxel", "--params", Params, "--out-dir", outDir, "--label", "7");
        Assert.Equal(1, code);
        Assert.Contains("7", error);
        Assert.False(Directory.Exists(outDir));
    }
}
