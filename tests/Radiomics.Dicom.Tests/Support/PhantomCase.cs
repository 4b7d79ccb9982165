using Radiomics.Configuration;
using Radiomics.Dicom.Series;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>
/// The IBSI CT phantom as a DICOM case: its series, the GTV-1 ROI of its RTSTRUCT rasterised on the series' grid, and
/// the features Radiomics.NET extracts there (original image and a LoG image, so a report has two image types).
/// Built once per test run.
/// </summary>
public sealed class PhantomCase
{
    private static readonly Lazy<PhantomCase> Shared = new(() => new PhantomCase());

    private PhantomCase()
    {
        SeriesFolder = TestData.Require("ibsi1/ct_phantom/dicom/image");
        RtStructPath = Directory.GetFiles(TestData.Require("ibsi1/ct_phantom/dicom/mask")).Single();
        Series = DicomSeriesLoader.Load(SeriesFolder);
        ImageData mask = DicomInput.LoadMask(RtStructPath, Series, roiName: "GTV-1");
        Mask = new Volume<byte>(mask.Geometry, (byte[])mask.Voxels);
        Parameters = PipelineParameters.Parse("imageType:\n  Original: {}\n  LoG:\n    sigma: [3.0]\nfeatureClass:\n  shape:\n  firstorder:\n  glcm:\n  glszm:\n", "phantom-test.yaml");
        Features = new RadiomicsExtractor(Parameters).Extract(Series.Image, mask);
    }

    /// <summary>The case, or a skip (a failure under CI) when the test data is missing.</summary>
    public static PhantomCase Get()
    {
        _ = TestData.Require("ibsi1/ct_phantom/dicom/image");
        return Shared.Value;
    }

    public string SeriesFolder { get; }

    public string RtStructPath { get; }

    public DicomSeries Series { get; }

    public Volume<byte> Mask { get; }

    public ExtractionParameters Parameters { get; }

    public FeatureResult Features { get; }
}
