using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

public sealed class IbsiCtPhantomMaskTests
{
    [Fact]
    public void RasteriseGtv1_IbsiCtPhantom_DiceAtLeast098AgainstNiftiMask()
    {
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require("ibsi1/ct_phantom/dicom/image"));
        string rtstruct = Directory.GetFiles(TestData.Require("ibsi1/ct_phantom/dicom/mask")).Single();
        RtStructureSet set = RtStructureSet.Read(rtstruct);
        RtStructure gtv = set.Find("GTV-1");
        Volume<byte> mask = RtStructMaskBuilder.Build(set, gtv, series.Image.Geometry, series.SeriesInstanceUid, series.FrameOfReferenceUid, new List<string>());

        ImageData reference = ImageReader.Read(TestData.IbsiCtPhantomMask);
        IbsiCtPhantomTests.AssertGeometryClose(reference.Geometry, mask.Geometry);
        Volume<double> expected = reference.ToDoubleVolume();
        long both = 0, inExpected = 0, inActual = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            bool e = expected.Voxels[i] != 0, a = mask.Voxels[i] != 0;
            both += e && a ? 1 : 0;
            inExpected += e ? 1 : 0;
            inActual += a ? 1 : 0;
        }

        double dice = 2.0 * both / (inExpected + inActual);
        TestContext.Current.SendDiagnosticMessage($"GTV-1 Dice {dice:F5} ({inActual} voxels rasterised, {inExpected} in the NIfTI mask, {both} shared)");
        Assert.True(dice >= 0.98, $"Dice {dice:F5}");
    }
}
