using Radiomics.Dicom.RtStruct;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Dicom.Tests;

public sealed class ContourRasteriserTests
{
    [Fact]
    public void Rasterise_IntoAReturnedPoolBuffer_ClearsItAndDrawsTheSameMask()
    {
        var geometry = new ImageGeometry(new Size3(10, 8, 3), new Vector3D(1, 1, 2), Vector3D.Zero, Direction3.Identity);
        RtContour square = new("CLOSED_PLANAR", [1.5, 1.5, 2, 6.5, 1.5, 2, 6.5, 5.5, 2, 1.5, 5.5, 2]);
        Volume<byte> expected = ContourRasteriser.Rasterise([square], geometry, [], "rs.dcm");
        var pool = new VoxelBufferPool(1);
        var stale = (byte[])pool.Rent(VoxelType.UInt8, geometry.Size.VoxelCount);
        Array.Fill(stale, (byte)7);
        pool.Return(new ImageData(geometry, VoxelType.UInt8, stale));

        Volume<byte> mask = ContourRasteriser.Rasterise([square], geometry, [], "rs.dcm", pool);

        Assert.Same(stale, ImageData.FromVolume(mask).Voxels);
        Assert.Equal(20, expected.Voxels.ToArray().Count(v => v == 1)); // centres x 2..6, y 2..5 on slice 1
        Assert.Equal(expected.Voxels.ToArray(), mask.Voxels.ToArray());
    }
}
