using Radiomics.Cli.Tests.Dicom;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// The IBSI CT phantom's inputs (<see cref="CtPhantomDicomFixture"/>: DICOM series, RTSTRUCT, NIfTI pair, parameter
/// files) and one report written from them as a user would: <c>extract … -p ct-phantom-original.params.yaml --dicom-sr
/// report.dcm --uid-seed phantom --format json --out features.json</c>, so that the SR and the JSON come from the same
/// extraction.
/// </summary>
public sealed class PhantomReportFixture : IDisposable
{
    private readonly CtPhantomDicomFixture _inputs = new();

    public PhantomReportFixture()
    {
        Report = PathIn("report.dcm");
        Segmentation = PathIn("report.seg.dcm");
        FeaturesJson = PathIn("features.json");
        Run = CliRunner.Run("extract", DicomImage, RtStruct, "--roi", "GTV-1", "-p", Params, "--dicom-sr", Report, "--uid-seed", "phantom",
            "--format", "json", "--out", FeaturesJson);
    }

    public string Folder => _inputs.Folder;

    public string DicomImage => _inputs.DicomImage;

    public string RtStruct => _inputs.RtStruct;

    public string NiftiImage => _inputs.NiftiImage;

    public string NiftiMask => _inputs.NiftiMask;

    /// <summary>The PyRadiomics parity parameters of the phantom (every default feature class, original image).</summary>
    public string Params => _inputs.Params;

    /// <summary>First-order features only, for the tests about options rather than values.</summary>
    public string FirstOrderParams => _inputs.FirstOrderParams;

    public string Report { get; }

    public string Segmentation { get; }

    public string FeaturesJson { get; }

    /// <summary>The extract run that wrote <see cref="Report"/>, <see cref="Segmentation"/> and <see cref="FeaturesJson"/>.</summary>
    public (int ExitCode, string Output, string Error) Run { get; }

    public string PathIn(string name) => _inputs.PathIn(name);

    /// <summary>The numeric feature values of <see cref="FeaturesJson"/> (diagnostics left out).</summary>
    public IReadOnlyDictionary<string, double> JsonFeatures()
    {
        Assert.True(Run.ExitCode == 0, Run.Error);
        return CtPhantomDicomFixture.ReadFeatures(FeaturesJson);
    }

    public void Dispose() => _inputs.Dispose();
}
