using System.Text.Json;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// The IBSI CT phantom's DICOM series and RTSTRUCT (ROI GTV-1), and one report written from them as a user would:
/// <c>extract … -p ct-phantom-original.params.yaml --dicom-sr report.dcm --uid-seed phantom --format json --out
/// features.json</c>, so that the SR and the JSON come from the same extraction.
/// </summary>
public sealed class PhantomReportFixture : IDisposable
{
    public PhantomReportFixture()
    {
        Folder = Directory.CreateTempSubdirectory("radiomics-dicomout-").FullName;
        DicomImage = TestData.Require("ibsi1/ct_phantom/dicom/image");
        RtStruct = TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        NiftiImage = TestData.IbsiCtPhantomImage;
        NiftiMask = TestData.IbsiCtPhantomMask;
        Params = TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml");
        FirstOrderParams = PathIn("firstorder.yaml");
        File.WriteAllText(FirstOrderParams, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\n");
        Report = PathIn("report.dcm");
        Segmentation = PathIn("report.seg.dcm");
        FeaturesJson = PathIn("features.json");
        Run = CliRunner.Run("extract", DicomImage, RtStruct, "--roi", "GTV-1", "-p", Params, "--dicom-sr", Report, "--uid-seed", "phantom",
            "--format", "json", "--out", FeaturesJson);
    }

    public string Folder { get; }

    public string DicomImage { get; }

    public string RtStruct { get; }

    public string NiftiImage { get; }

    public string NiftiMask { get; }

    /// <summary>The PyRadiomics parity parameters of the phantom (every default feature class, original image).</summary>
    public string Params { get; }

    /// <summary>First-order features only, for the tests about options rather than values.</summary>
    public string FirstOrderParams { get; }

    public string Report { get; }

    public string Segmentation { get; }

    public string FeaturesJson { get; }

    /// <summary>The extract run that wrote <see cref="Report"/>, <see cref="Segmentation"/> and <see cref="FeaturesJson"/>.</summary>
    public (int ExitCode, string Output, string Error) Run { get; }

    public string PathIn(string name) => Path.Combine(Folder, name);

    /// <summary>The numeric feature values of <see cref="FeaturesJson"/> as its text holds them (diagnostics left out).</summary>
    public IReadOnlyDictionary<string, double> JsonFeatures()
    {
        Assert.True(Run.ExitCode == 0, Run.Error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(FeaturesJson));
        return json.RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith("diagnostics_", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
