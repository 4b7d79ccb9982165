using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Tests.Preprocessing.Regions;

public class RoiOperationsTests
{
    private static readonly ImageGeometry Grid = new(new Size3(9, 8, 6), new Vector3D(1.0, 1.0, 2.0), Vector3D.Zero, Direction3.Identity);

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(4.2)]
    public void GrowAndShrink_EqualTheirDefinitionsOnARandomMask(double distance)
    {
        Volume<byte> roi = DistanceTransformTests.RandomMask(new Size3(12, 10, 6), 17, 0.3);
        Volume<byte> grown = RoiOperations.Grow(roi, distance).Mask;
        Volume<byte> shrunk = RoiOperations.Shrink(roi, distance).Mask;
        Volume<byte> ring = RoiOperations.Ring(roi, distance).Mask;
        Volume<byte> rim = RoiOperations.InnerRim(roi, distance).Mask;
        Vector3D s = roi.Geometry.Spacing;
        Size3 size = roi.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    bool inside = roi[x, y, z] != 0;
                    double toRoi = double.PositiveInfinity, toOutside = double.PositiveInfinity;
                    for (int k = 0; k < size.Z; k++)
                    {
                        for (int j = 0; j < size.Y; j++)
                        {
                            for (int i = 0; i < size.X; i++)
                            {
                                double d = Math.Sqrt(Math.Pow((i - x) * s.X, 2) + Math.Pow((j - y) * s.Y, 2) + Math.Pow((k - z) * s.Z, 2));
                                if (roi[i, j, k] != 0)
                                {
                                    toRoi = Math.Min(toRoi, d);
                                }
                                else
                                {
                                    toOutside = Math.Min(toOutside, d);
                                }
                            }
                        }
                    }

                    Assert.Equal(inside || toRoi <= distance, grown[x, y, z] == 1);
                    Assert.Equal(!inside && toRoi <= distance, ring[x, y, z] == 1);
                    Assert.Equal(inside && toOutside > distance, shrunk[x, y, z] == 1);
                    Assert.Equal(inside && toOutside <= distance, rim[x, y, z] == 1);
                }
            }
        }
    }

    [Fact]
    public void Ring_VoxelExactlyAtTheDistance_IsInside()
    {
        var roi = new Volume<byte>(Grid);
        roi[4, 4, 2] = 1;
        RegionResult ring = RoiOperations.Ring(roi, 2.0);
        Assert.Equal(1, ring.Mask[4, 4, 3]); // 2 mm along z
        Assert.Equal(1, ring.Mask[6, 4, 2]); // 2 mm along x
        Assert.Equal(0, ring.Mask[6, 4, 3]); // √8 mm
        Assert.Equal(0, ring.Mask[4, 4, 2]); // the ROI itself
    }

    [Fact]
    public void Shrink_IsTheComplementOfGrowingTheComplement()
    {
        Volume<byte> roi = DistanceTransformTests.RandomMask(new Size3(14, 12, 8), 23, 0.7);
        Volume<byte> complement = roi.Map(v => v == 0 ? (byte)1 : (byte)0);
        Volume<byte> shrunk = RoiOperations.Shrink(roi, 2.0).Mask;
        Volume<byte> grownComplement = RoiOperations.Grow(complement, 2.0).Mask;
        Span<byte> s = shrunk.Voxels, g = grownComplement.Voxels;
        for (int i = 0; i < s.Length; i++)
        {
            Assert.Equal(s[i] == 1, g[i] == 0);
        }
    }

    [Fact]
    public void Shrink_RoiFillingTheGrid_KeepsEveryVoxel()
    {
        var roi = new Volume<byte>(Grid);
        roi.Voxels.Fill(1);
        Assert.Equal(roi.Length, RoiOperations.Shrink(roi, 3.0).VoxelCount);
        Assert.Equal(0, RoiOperations.InnerRim(roi, 3.0).VoxelCount);
    }

    [Fact]
    public void Shrink_BeyondTheRoiDepth_IsEmptyWithAWarning()
    {
        var roi = new Volume<byte>(Grid);
        roi[4, 4, 2] = roi[5, 4, 2] = 1;
        RegionResult shrunk = RoiOperations.Shrink(roi, 1.0);
        Assert.Equal(0, shrunk.VoxelCount);
        Assert.Contains(shrunk.Warnings, w => w.Contains("leaves no voxel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ring_InvalidDistance_IsAnErrorNamingIt(double distance)
    {
        var roi = new Volume<byte>(Grid);
        var error = Assert.Throws<RegionException>(() => RoiOperations.Ring(roi, distance));
        Assert.Contains("ring", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intersect_DifferentGrids_IsAnErrorNamingBoth()
    {
        var roi = new Volume<byte>(Grid);
        var other = new Volume<byte>(Grid with { Spacing = new Vector3D(1.0, 1.0, 2.5) });
        var error = Assert.Throws<RegionException>(() => RoiOperations.Intersect(roi, other, "ring.nii.gz", "body.nii.gz"));
        Assert.Contains("ring.nii.gz", error.Message, StringComparison.Ordinal);
        Assert.Contains("body.nii.gz", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void IntersectAndSubtract_SplitTheRegion()
    {
        Volume<byte> a = DistanceTransformTests.RandomMask(new Size3(8, 7, 5), 1, 0.5);
        Volume<byte> b = DistanceTransformTests.RandomMask(new Size3(8, 7, 5), 2, 0.5);
        RegionResult both = RoiOperations.Intersect(a, b);
        RegionResult onlyA = RoiOperations.Subtract(a, b);
        Span<byte> av = a.Voxels, bv = b.Voxels, i = both.Mask.Voxels, s = onlyA.Mask.Voxels;
        for (int v = 0; v < av.Length; v++)
        {
            Assert.Equal(av[v] == 1 && bv[v] == 1, i[v] == 1);
            Assert.Equal(av[v] == 1 && bv[v] == 0, s[v] == 1);
        }
    }

    [Fact]
    public void FillHoles_FillsAnEnclosedCavityButNotOneOpenToTheEdge()
    {
        var roi = new Volume<byte>(new ImageGeometry(new Size3(7, 7, 7), Vector3D.One, Vector3D.Zero, Direction3.Identity));
        for (int z = 1; z <= 5; z++)
        {
            for (int y = 1; y <= 5; y++)
            {
                for (int x = 1; x <= 5; x++)
                {
                    roi[x, y, z] = 1;
                }
            }
        }

        roi[3, 3, 3] = 0; // enclosed
        roi[2, 2, 2] = 0; // enclosed, face-adjacent to nothing else
        for (int x = 0; x <= 3; x++)
        {
            roi[x, 4, 4] = 0; // a tunnel from the edge
        }

        RegionResult filled = RoiOperations.FillHoles(roi);
        Assert.Equal(1, filled.Mask[3, 3, 3]);
        Assert.Equal(1, filled.Mask[2, 2, 2]);
        Assert.Equal(0, filled.Mask[2, 4, 4]);
        Assert.Equal(roi.Voxels.Length - roi.Voxels.Count((byte)0) + 2, filled.VoxelCount);
    }

    [Fact]
    public void FillHoles_SingleSlice_DiagonalWallClosesAHoleOnlyForAFullyConnectedRoi()
    {
        var roi = new Volume<byte>(new ImageGeometry(new Size3(5, 5, 1), Vector3D.One, Vector3D.Zero, Direction3.Identity));
        roi[2, 1, 0] = roi[1, 2, 0] = roi[3, 2, 0] = roi[2, 3, 0] = 1; // a diamond around (2, 2)
        RegionResult full = RoiOperations.FillHoles(roi, Connectivity.Full);
        RegionResult face = RoiOperations.FillHoles(roi, Connectivity.Face);
        Assert.Equal(1, full.Mask[2, 2, 0]);
        Assert.Equal(5, full.VoxelCount);
        Assert.Equal(0, face.Mask[2, 2, 0]);
        Assert.Equal(4, face.VoxelCount);
    }

    [Fact]
    public void ConnectedRegions_CountAgreesWithTheCoreCounter()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            Volume<byte> mask = DistanceTransformTests.RandomMask(new Size3(11, 9, 7), seed, 0.25);
            Assert.Equal(ConnectedComponents.Count(mask, fullyConnected: true), ConnectedRegions.Label(mask, Connectivity.Full).Count);
            Assert.Equal(ConnectedComponents.Count(mask, fullyConnected: false), ConnectedRegions.Label(mask, Connectivity.Face).Count);
            RegionLabels labels = ConnectedRegions.Label(mask, Connectivity.FaceEdge);
            Assert.Equal(mask.Voxels.Length - mask.Voxels.Count((byte)0), labels.Sizes.Sum());
        }
    }
}
