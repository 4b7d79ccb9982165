using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>SEGs written by <see cref="DicomSegWriter"/>: read back voxel for voxel, and valid by dciodvfy.</summary>
public sealed class SegWriterTests
{
    private const string CtPhantom = "ibsi1/ct_phantom/dicom/image";

    [Fact]
    public void Write_IbsiCtPhantomGtv_ReadsBackVoxelForVoxel()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> mask = PhantomMaskOnSeriesGrid(series);
        string path = temp.Sub("gtv.seg.dcm");

        SegWriteResult result = DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), mask)]);

        ImageData back = DicomInput.LoadMask(path, series, label: 1);
        Assert.Equal(mask.Voxels.ToArray(), (byte[])back.Voxels);
        Assert.Equal(26, result.Segments[0].FrameCount);
        File.Copy(path, "/tmp/interop_gtv.seg.dcm", true);
        var (errors, warnings) = DicomTools.Validate(path);
        TestContext.Current.SendDiagnosticMessage(string.Join("\n", warnings));
        Assert.Empty(errors);
    }

    /// <summary>The IBSI NIfTI mask of the phantom, which lies on the DICOM series' grid.</summary>
    internal static Volume<byte> PhantomMaskOnSeriesGrid(DicomSeries series)
    {
        Volume<byte> mask = ImageReader.Read(TestData.IbsiCtPhantomMask).ToBinaryMask(1);
        Assert.True(mask.Geometry.Matches(series.Image.Geometry, 1e-3), $"{mask.Geometry} vs {series.Image.Geometry}");
        return mask.WithGeometry(series.Image.Geometry);
    }
}
