using Radiomics.Dicom.Series;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

public sealed class IbsiCtPhantomTests
{
    private static string ImageFolder => TestData.Require("ibsi1/ct_phantom/dicom/image");

    [Fact]
    public void LoadSeries_IbsiCtPhantom_EqualsNiftiVoxelForVoxel()
    {
        DicomSeries series = DicomSeriesLoader.Load(ImageFolder);
        ImageData nifti = ImageReader.Read(TestData.IbsiCtPhantomImage);

        Assert.Equal(nifti.Geometry.Size, series.Image.Geometry.Size);
        AssertGeometryClose(nifti.Geometry, series.Image.Geometry);
        Volume<double> expected = nifti.ToDoubleVolume();
        Volume<double> actual = series.Image.ToDoubleVolume();
        for (int i = 0; i < expected.Length; i++)
        {
            // The NIfTI stores float32: compare at float32 precision.
            Assert.Equal((float)expected.Voxels[i], (float)actual.Voxels[i]);
        }
    }

    internal static void AssertGeometryClose(ImageGeometry expected, ImageGeometry actual)
    {
        for (int a = 0; a < 3; a++)
        {
            Assert.Equal(expected.Spacing[a], actual.Spacing[a], 1e-5 * Math.Max(1, Math.Abs(expected.Spacing[a])));
            Assert.Equal(expected.Origin[a], actual.Origin[a], 1e-5 * Math.Max(1, Math.Abs(expected.Origin[a])));
        }

        Assert.True(expected.Direction.ApproximatelyEquals(actual.Direction, 1e-6), $"direction {actual.Direction} vs {expected.Direction}");
    }
}
