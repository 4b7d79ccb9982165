using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary>
/// <c>extract</c> with a DICOM SEG (dcmqi's partial_overlaps.dcm on its 3-slice CT): a segment chosen by number or by
/// label equals dcmqi's own NRRD export of that segment.
/// </summary>
public class DicomSegExtractTests : IDisposable
{
    private const string Root = "dicom/dcmqi-seg/";
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-dicomseg-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Extract_SegSegmentByNumberOrLabel_EqualsDcmqisNrrdOfThatSegment()
    {
        string image = TestData.Require(Root + "ct-3slice"), seg = TestData.Require(Root + "partial_overlaps.dcm");
        string nrrd = TestData.Require(Root + "partial_overlaps-3.nrrd"); // segment 3 ('PURPLE'), voxels = 3
        string parameters = Path.Combine(_folder, "params.yaml");
        File.WriteAllText(parameters, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\n  shape:\n");

        var byNumber = CtPhantomDicomFixture.ExtractFeatures(Path.Combine(_folder, "n.json"), "extract", image, seg, "--label", "3", "--params", parameters);
        var byLabel = CtPhantomDicomFixture.ExtractFeatures(Path.Combine(_folder, "l.json"), "extract", image, seg, "--roi", "purple", "--params", parameters);
        var reference = CtPhantomDicomFixture.ExtractFeatures(Path.Combine(_folder, "r.json"), "extract", image, nrrd, "--label", "3", "--params", parameters);

        Assert.True(reference.Count > 20);
        Assert.Equal(reference, byNumber);
        Assert.Equal(reference, byLabel);
    }
}
