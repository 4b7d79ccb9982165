using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

public class RoiMaskTests
{
    private static readonly ImageGeometry Grid = new ImageGeometry(new Size3(9, 8, 6), new Vector3D(0.5, 0.6, 1.5), new Vector3D(10, -4, 7), Direction3.Identity);

    private static Volume<byte> WholeRoi()
    {
        var roi = new Volume<byte>(Grid);
        var random = new Random(5);
        for (int z = 2; z <= 4; z++)
        {
            for (int y = 1; y <= 5; y++)
            {
                for (int x = 3; x <= 7; x++)
                {
                    roi[x, y, z] = (byte)(random.Next(3) == 0 ? 0 : 1);
                }
            }
        }

        roi[3, 1, 2] = roi[7, 5, 4] = 1;
        return roi;
    }

    [Fact]
    public void Crop_AnyBox_EqualsTheWholeRoiCropped()
    {
        Volume<byte> whole = WholeRoi();
        BoundingBox extent = BoundingBox.Of(whole)!.Value;
        var roi = new RoiMask(Grid, extent, whole.Crop(extent.Lower, extent.Size));
        BoundingBox[] boxes =
        [
            extent,
            new(new Index3(0, 0, 0), new Index3(8, 7, 5)),
            new(new Index3(1, 0, 3), new Index3(5, 7, 5)),
            new(new Index3(5, 3, 0), new Index3(8, 4, 2)),
            new(new Index3(0, 0, 0), new Index3(2, 7, 5)), // outside the ROI
        ];
        foreach (BoundingBox box in boxes)
        {
            Volume<byte> expected = whole.Crop(box.Lower, box.Size);
            Volume<byte> actual = roi.Crop(box);
            Assert.Equal(expected.Geometry, actual.Geometry);
            Assert.Equal(expected.Voxels.ToArray(), actual.Voxels.ToArray());
        }

        Assert.Equal(whole.Voxels.ToArray(), roi.WholeVolume.Voxels.ToArray());
        Assert.Equal(whole.Geometry, roi.WholeVolume.Geometry);
        Assert.Equal(extent, roi.Bounds());
        Assert.Equal(whole.Voxels.Length - whole.Voxels.Count((byte)0), roi.Count());
    }

    [Fact]
    public void Crop_IntoPooledBuffers_ClearsStaleValuesAndEqualsThePlainCrop()
    {
        Volume<byte> whole = WholeRoi();
        BoundingBox extent = BoundingBox.Of(whole)!.Value;
        var roi = new RoiMask(Grid, extent, whole.Crop(extent.Lower, extent.Size));
        var pool = new ExactLengthArrayPool();
        BoundingBox[] boxes =
        [
            new(new Index3(0, 0, 0), new Index3(8, 7, 5)),
            new(new Index3(1, 0, 3), new Index3(5, 7, 5)),
            new(new Index3(0, 0, 0), new Index3(2, 7, 5)), // outside the ROI: all zero
        ];
        byte[]? lastRented = null;
        foreach (BoundingBox box in boxes)
        {
            byte[] stale = pool.Rent<byte>(checked((int)box.Size.VoxelCount));
            Array.Fill(stale, (byte)7);
            pool.Return(stale);

            using var lease = new BufferLease(pool);
            Volume<byte> actual = roi.Crop(box, lease);

            Assert.Same(stale, actual.Buffer);
            Assert.Equal(roi.Crop(box).Voxels.ToArray(), actual.Voxels.ToArray());
            lastRented = actual.Buffer;
        }

        // Each lease handed its crop back when it ended: the pool gives the last one out again.
        Assert.Same(lastRented, pool.Rent<byte>(lastRented!.Length));

        using var wholeLease = new BufferLease(pool);
        Assert.Same(roi.Voxels, roi.Crop(extent, wholeLease)); // the stored voxels: nothing rented
    }

    [Fact]
    public void Whole_HoldsTheVolumeItself()
    {
        Volume<byte> whole = WholeRoi();
        RoiMask roi = RoiMask.Whole(whole);
        Assert.True(roi.IsWhole);
        Assert.Same(whole, roi.WholeVolume);
        Assert.Equal(BoundingBox.Of(whole), roi.Bounds());
    }
}
