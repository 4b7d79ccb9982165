using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.IO;

public class NiftiSmokeTests
{
    [Fact]
    public void IbsiPhantoms_ReadWithExpectedGeometry()
    {
        ImageData digital = ImageReader.Read(TestData.IbsiDigitalPhantomImage);
        Assert.Equal(new Size3(5, 4, 4), digital.Geometry.Size);
        ImageData ct = ImageReader.Read(TestData.IbsiCtPhantomImage);
        Assert.Equal(new Size3(204, 201, 60), ct.Geometry.Size);
        ImageData mask = ImageReader.Read(TestData.IbsiCtPhantomMask);
        Assert.Equal(ct.Geometry.Size, mask.Geometry.Size);
        TestContext.Current.SendDiagnosticMessage($"digital {digital.Geometry} {digital.VoxelType}; ct {ct.Geometry} {ct.VoxelType}; mask {mask.Geometry} {mask.VoxelType}");
        Console.WriteLine($"digital {digital.Geometry} {digital.VoxelType}; ct {ct.Geometry} {ct.VoxelType}; mask {mask.Geometry} {mask.VoxelType}");
    }
}
