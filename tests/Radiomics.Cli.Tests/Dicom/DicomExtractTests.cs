using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary><c>radiomics extract</c> and <c>batch</c> on the IBSI CT phantom in DICOM agree with its NIfTI version.</summary>
public class DicomExtractTests(CtPhantomDicomFixture phantom) : IClassFixture<CtPhantomDicomFixture>
{
    /// <summary>
    /// The DICOM series and the rasterised GTV-1 equal the NIfTI pair voxel for voxel; only the slice spacing differs in
    /// the last bits (2.9999999999998486 from the DICOM positions vs 3 stored in float32 by NIfTI), which moves the
    /// shape features and TotalEnergy by ~1e-14 relative.
    /// </summary>
    private const double RelativeTolerance = 1e-12;

    [Fact]
    public void Extract_DicomSeriesAndRtStructRoi_GivesTheNiftiPairsFeatures()
    {
        var dicom = CtPhantomDicomFixture.ExtractFeatures(phantom.PathIn("dicom.json"),
            "extract", phantom.DicomImage, phantom.RtStruct, "--roi", "GTV-1", "--params", phantom.Params);
        var nifti = CtPhantomDicomFixture.ExtractFeatures(phantom.PathIn("nifti.json"),
            "extract", phantom.NiftiImage, phantom.NiftiMask, "--params", phantom.Params);

        Assert.True(nifti.Count > 100, $"only {nifti.Count} features");
        Assert.Equal(nifti.Keys.Order(), dicom.Keys.Order());
        var differing = nifti.Where(f => !ParityReference.Close(f.Value, dicom[f.Key], RelativeTolerance))
            .Select(f => $"{f.Key}: NIfTI {f.Value:R}, DICOM {dicom[f.Key]:R}").ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void Extract_RtStructRoiByNumber_EqualsByName()
    {
        var byName = CtPhantomDicomFixture.ExtractFeatures(phantom.PathIn("byname.json"),
            "extract", phantom.DicomImage, phantom.RtStruct, "--roi", "gtv-*", "--params", phantom.FirstOrderParams);
        var byNumber = CtPhantomDicomFixture.ExtractFeatures(phantom.PathIn("bynumber.json"),
            "extract", phantom.DicomImage, phantom.RtStruct, "--label", "1", "--params", phantom.FirstOrderParams);

        Assert.True(byName.Count > 10);
        Assert.Equal(byName, byNumber);
    }

    [Fact]
    public void Batch_DicomRowWithRoiColumn_MatchesNiftiRow()
    {
        string parameters = phantom.FirstOrderParams;
        string csv = phantom.PathIn("cases.csv");
        File.WriteAllText(csv,
            $"ID,Image,Mask,ROI\ndicom,{phantom.DicomImage},{phantom.RtStruct},GTV-1\nnifti,{phantom.NiftiImage},{phantom.NiftiMask},\n");
        string outPath = phantom.PathIn("batch.csv");

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", outPath, "--jobs", "1");

        Assert.True(code == 0, error + (File.Exists(outPath) ? File.ReadAllText(outPath) : ""));
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal(3, lines.Length);
        string[] header = lines[0].Split(',');
        Assert.Equal(["ID", "Image", "Mask", "ROI"], header[..4]);
        int mean = Array.IndexOf(header, "original_firstorder_Mean");
        int entropy = Array.IndexOf(header, "original_firstorder_Entropy");
        Assert.True(mean > 0 && entropy > 0, lines[0]);
        string[] dicomRow = lines[1].Split(','), niftiRow = lines[2].Split(',');
        Assert.Equal("GTV-1", dicomRow[3]);
        Assert.Equal(niftiRow[mean], dicomRow[mean]);
        Assert.Equal(niftiRow[entropy], dicomRow[entropy]);
    }
}
