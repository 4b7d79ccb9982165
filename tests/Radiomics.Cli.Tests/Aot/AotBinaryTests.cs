using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Aot;

/// <summary>
/// The CLI tests' key scenarios run through the ahead-of-time compiled tool (<see cref="AotBinary"/>): each gives the
/// same exit code and byte-identical output files as the same command run in process (the JIT build the other CLI
/// tests use), so YAML, JSON, Parquet, NIfTI, DICOM and the feature registries all hold without reflection.
/// </summary>
public sealed class AotBinaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-aot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string OriginalParams => TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml");

    [Fact]
    public void Extract_CtPhantomOriginal_WritesTheSameCsvAsInProcess()
    {
        var (expected, actual) = RunBoth("out.csv", path =>
            ["extract", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-p", OriginalParams, "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Extract_DigitalPhantomWithSettings_WritesTheSameJsonAsInProcess()
    {
        var (expected, actual) = RunBoth("out.json", path =>
            ["extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "-s", "binWidth:1", "-s", "resampledPixelSpacing:[2,2,2]", "-s", "interpolator:sitkLinear", "--format", "json", "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Extract_DicomSeriesAndRtstruct_WritesTheSameCsvAsInProcess()
    {
        string image = TestData.Require("ibsi1/ct_phantom/dicom/image");
        string rtstruct = TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        var (expected, actual) = RunBoth("dicom.csv", path =>
            ["extract", image, rtstruct, "--roi", "GTV-1", "-p", OriginalParams, "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Extract_CtPhantomFiltered_WritesTheSameCsvAsInProcess()
    {
        // B-spline resampling, LoG, wavelets and the intensity transforms: the vectorised filter paths.
        string filtered = TestData.Require("pyradiomics-parity/ct-phantom-filters.params.yaml");
        var (expected, actual) = RunBoth("filtered.csv", path =>
            ["extract", TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, "-p", filtered, "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void Batch_TwoCases_WritesTheSameOutputAsInProcess(string format)
    {
        string cases = Path.Combine(_folder, "cases.csv");
        File.WriteAllText(cases, $"Image,Mask\n{TestData.IbsiCtPhantomImage},{TestData.IbsiCtPhantomMask}\n{TestData.IbsiDigitalPhantomImage},{TestData.IbsiDigitalPhantomMask}\n");
        var (expected, actual) = RunBoth("batch." + format, path =>
            ["batch", cases, "-p", OriginalParams, "--jobs", "2", "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ModelTrain_WritesTheSameModelJsonAsInProcess()
    {
        string table = TestData.Require("analysis/models/bc_wisconsin_folds.csv");
        var (expected, actual) = RunBoth("model.json", path =>
            ["model", "train", table, "--outcome", "y", "--folds", "fold", "--out", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Icc_WritesTheSameJsonTableAsInProcess()
    {
        string table = TestData.Require("analysis/icc/testretest20x2_long.csv");
        var (expected, actual) = RunBoth("icc.json", path =>
            ["icc", table, "--subject", "Subject", "--rater", "Session", "-o", path]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void DicomLs_Json_PrintsTheSameAsInProcess()
    {
        string folder = TestData.Require("ibsi1/ct_phantom/dicom");
        var inProcess = CliRunner.Run("dicom", "ls", folder, "--format", "json");
        var aot = AotBinary.Run("dicom", "ls", folder, "--format", "json");
        Assert.True(aot.ExitCode == 0, aot.Error);
        Assert.Equal(inProcess.ExitCode, aot.ExitCode);
        Assert.Equal(inProcess.Output, aot.Output);
    }

    [Fact]
    public void Extract_MissingMask_FailsWithTheSameOneLineError()
    {
        string missing = Path.Combine(_folder, "no-such-mask.nii.gz");
        var inProcess = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, missing);
        var aot = AotBinary.Run("extract", TestData.IbsiDigitalPhantomImage, missing);
        Assert.NotEqual(0, aot.ExitCode);
        Assert.Equal(inProcess.ExitCode, aot.ExitCode);
        Assert.Equal(inProcess.Error, aot.Error);
        Assert.Single(aot.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Version_IsTheSameAsInProcess()
    {
        var inProcess = CliRunner.Run("--version");
        var aot = AotBinary.Run("--version");
        Assert.Equal(0, aot.ExitCode);
        Assert.Equal(inProcess.Output, aot.Output);
    }

    /// <summary>
    /// Runs the command in process and through the AOT binary, each writing its own file named after
    /// <paramref name="name"/>; returns both files' contents (Base64 for Parquet).
    /// </summary>
    private (string Expected, string Actual) RunBoth(string name, Func<string, string[]> command)
    {
        string aotPath = Path.Combine(_folder, "aot-" + name);
        string jitPath = Path.Combine(_folder, "jit-" + name);
        var aot = AotBinary.Run(command(aotPath));
        Assert.True(aot.ExitCode == 0, aot.Error);
        var jit = CliRunner.Run(command(jitPath));
        Assert.True(jit.ExitCode == 0, jit.Error);
        return (Contents(jitPath), Contents(aotPath));
    }

    private static string Contents(string path) =>
        path.EndsWith(".parquet", StringComparison.Ordinal) ? Convert.ToBase64String(File.ReadAllBytes(path)) : File.ReadAllText(path);
}
