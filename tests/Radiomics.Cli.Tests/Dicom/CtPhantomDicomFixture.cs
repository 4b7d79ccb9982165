using System.Text.Json;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary>
/// The IBSI CT phantom in DICOM and NIfTI, shared by a test class (the DICOM series load and a full extraction take a
/// few seconds each). The constructor touches nothing: each path is looked up with <see cref="TestData.Require"/> when a
/// test reads it, so missing data skips that test (or fails it under CI) instead of failing the fixture, and the
/// scratch folder is created on first use and deleted by <see cref="Dispose"/>.
/// </summary>
public sealed class CtPhantomDicomFixture : IDisposable
{
    private readonly Lazy<string> _folder = new(() => Directory.CreateTempSubdirectory("radiomics-dicomcli-").FullName);
    private readonly Lazy<string> _firstOrderParams;

    public CtPhantomDicomFixture()
    {
        _firstOrderParams = new(() =>
        {
            string path = PathIn("firstorder.yaml");
            File.WriteAllText(path, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\n");
            return path;
        });
    }

    public string Folder => _folder.Value;

    public string DicomImage => TestData.Require("ibsi1/ct_phantom/dicom/image");

    public string RtStruct => TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");

    public string NiftiImage => TestData.IbsiCtPhantomImage;

    public string NiftiMask => TestData.IbsiCtPhantomMask;

    public string Params => TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml");

    /// <summary>First-order features only (binWidth 25), for tests about selection rather than about every feature.</summary>
    public string FirstOrderParams => _firstOrderParams.Value;

    public string PathIn(string name) => Path.Combine(Folder, name);

    /// <summary>Runs <c>extract … --format json</c> and returns the numeric entries (diagnostics excluded).</summary>
    public static IReadOnlyDictionary<string, double> ExtractFeatures(string outPath, params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--format", "json", "--out", outPath]);
        Assert.True(code == 0, error);
        return ReadFeatures(outPath);
    }

    /// <summary>The numeric entries of a JSON result written by <c>extract --format json</c> (diagnostics excluded).</summary>
    public static IReadOnlyDictionary<string, double> ReadFeatures(string jsonPath)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        return json.RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith("diagnostics_", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }

    public void Dispose()
    {
        if (_folder.IsValueCreated)
        {
            Directory.Delete(_folder.Value, recursive: true);
        }
    }
}
