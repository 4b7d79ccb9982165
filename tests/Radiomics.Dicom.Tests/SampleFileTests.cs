using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Seg;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>The classic public samples: each parses whole, then loads as an image, reads as a mask object, or is refused with a clear message.</summary>
public sealed class SampleFileTests
{
    private static string Sample(string name) => TestData.Require("dicom/samples/" + name);

    [Theory]
    [InlineData("CT_Explicit_Little.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("CT_Implicit_Little_Headless_Retired.dcm", "1.2.840.10008.1.2")]
    [InlineData("CT_JPEG70.dcm", "1.2.840.10008.1.2.4.70")]
    [InlineData("MG_Explicit_Little.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("MR_Explicit_Little_MultiFrame.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("MR_Implicit_Little.dcm", "1.2.840.10008.1.2")]
    [InlineData("MR_UnspecifiedLength.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("OT_Implicit_Little_Headless.dcm", "1.2.840.10008.1.2")]
    [InlineData("US_Explicit_Big_RGB.dcm", "1.2.840.10008.1.2.2")]
    [InlineData("rtstruct.dcm", "1.2.840.10008.1.2")]
    public void Read_Sample_ParsesWholeFileInItsTransferSyntax(string name, string syntaxUid)
    {
        DicomFile file = DicomFile.Read(Sample(name));
        Assert.Equal(syntaxUid, file.TransferSyntax.Uid);
        Assert.NotNull(file.Dataset.GetString(DicomTags.Modality) ?? file.Dataset.GetString(DicomTags.SopClassUid));
        Assert.True(file.Dataset.Count > 20, $"only {file.Dataset.Count} elements read");
    }

    [Theory]
    [InlineData("CT_Explicit_Little.dcm", 512, 512, 1)]
    [InlineData("CT_Implicit_Little_Headless_Retired.dcm", 512, 512, 1)]
    [InlineData("CT_JPEG70.dcm", 512, 400, 1)]
    [InlineData("MG_Explicit_Little.dcm", 512, 512, 1)]
    [InlineData("MR_Explicit_Little_MultiFrame.dcm", 256, 256, 16)]
    [InlineData("MR_Implicit_Little.dcm", 256, 256, 1)]
    [InlineData("OT_Implicit_Little_Headless.dcm", 512, 512, 1)]
    public void LoadSeries_GreyscaleSample_LoadsWithItsSize(string name, int x, int y, int z)
    {
        DicomSeries series = DicomSeriesLoader.Load(Sample(name));
        Assert.Equal(new Size3(x, y, z), series.Image.Geometry.Size);
        Volume<double> values = series.Image.ToDoubleVolume();
        Assert.True(values.Voxels.ToArray().Distinct().Count() > 1, "the image is constant");
    }

    [Fact]
    public void LoadSeries_JpegLosslessSample_DecodesASmoothImage()
    {
        // A wrong predictor or Huffman decode shows as noise or streaks: neighbours of a decoded radiograph are close.
        Volume<double> v = DicomSeriesLoader.Load(Sample("CT_JPEG70.dcm")).Image.ToDoubleVolume();
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        long n = 0;
        for (int y = 0; y < v.Size.Y; y++)
        {
            for (int x = 1; x < v.Size.X; x++)
            {
                sum += Math.Abs(v[x, y, 0] - v[x - 1, y, 0]);
                n++;
                min = Math.Min(min, v[x, y, 0]);
                max = Math.Max(max, v[x, y, 0]);
            }
        }

        Assert.True(sum / n < 0.03 * (max - min), $"mean neighbour difference {sum / n} over a range of {max - min}");
    }

    [Fact]
    public void LoadSeries_RgbUltrasound_RefusedAsColour()
    {
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(Sample("US_Explicit_Big_RGB.dcm")));
        Assert.Equal(DicomProblem.Unsupported, e.Problem);
        Assert.Contains("colour", e.Message);
        Assert.Contains("US_Explicit_Big_RGB.dcm", e.Message);
    }

    [Theory]
    [InlineData("rtstruct.dcm")]
    [InlineData("MR_UnspecifiedLength.dcm")]
    public void LoadSeries_MaskObject_RefusedAsNotAnImage(string name)
    {
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(Sample(name)));
        Assert.Equal(DicomProblem.NoSeries, e.Problem);
        Assert.Contains("load those as masks", e.Message);
    }

    [Fact]
    public void ReadSegmentation_UnspecifiedLengthSample_IsASegWithFrames()
    {
        DicomSegmentation seg = DicomSegmentation.Read(Sample("MR_UnspecifiedLength.dcm"));
        Assert.NotEmpty(seg.Segments);
        Volume<byte> map = seg.ToLabelMap(null, null, new List<string>());
        Assert.True(map.Voxels.ContainsAnyExcept((byte)0));
    }

    [Fact]
    public void ReadStructureSet_Sample_ListsNamedStructuresWithContours()
    {
        RtStructureSet set = RtStructureSet.Read(Sample("rtstruct.dcm"));
        Assert.NotEmpty(set.Structures);
        Assert.All(set.Structures, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.Contains(set.Structures, s => s.ContourCount > 0);
    }
}
