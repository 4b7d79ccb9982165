using System.Text.Json;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary>
/// The IBSI CT phantom in DICOM and NIfTI, extracted once per test class with the PyRadiomics parity parameters
/// (the DICOM series load and a full extraction take a few seconds each).
/// </summary>
public sealed class CtPhantomDicomFixture : IDisposable
{
    public CtPhantomDicomFixture()
    {
        Folder = Directory.CreateTempSubdirectory("radiomics-dicomcli-").FullName;
        DicomImage = TestData.Require("ibsi1/ct_phantom/dicom/image");
        RtStruct = TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        NiftiImage = TestData.IbsiCtPhantomImage;
        NiftiMask = TestData.IbsiCtPhantomMask;
        Params = TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml");
        FirstOrderParams = PathIn("firstorder.yaml");
        File.WriteAllText(FirstOrderParams, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\n");
    }

    public string Folder { get; }

    public string DicomImage { get; }

    public string RtStruct { get; }

    public string NiftiImage { get; }

    public string NiftiMask { get; }

    public string Params { get; }

    /// <summary>First-order features only (binWidth 25), for tests about selection rather than about every feature.</summary>
    public string FirstOrderParams { get; }

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

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
