using Radiomics.Analysis.Reports.Rendering;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Tests.Reports;

/// <summary>The outline drawn on a slice encloses exactly the region's voxels on that slice (counted pixel by pixel).</summary>
public sealed class SliceOverlayTests
{
    private static readonly Size3 Size = new(40, 30, 5);

    [Fact]
    public void Outline_AtOneToOne_EnclosesExactlyTheMaskVoxelsOfTheSlice()
    {
        var (image, mask, region) = Case();
        var request = Request(image, region, new PlaneLayout(2, 0, true, 1, true), 2);

        var (pixels, width, height) = SliceRenderer.Render(request, AxisScale.One, AxisScale.One);

        Assert.Equal((Size.X, Size.Y), (width, height));
        bool[] enclosed = Enclosed(pixels, width, height);
        int expected = 0;
        for (int y = 0; y < Size.Y; y++)
        {
            for (int x = 0; x < Size.X; x++)
            {
                bool inside = mask[x, y, 2] != 0;
                expected += inside ? 1 : 0;
                Assert.True(inside == enclosed[y * width + x], $"pixel ({x}, {y}): mask {inside}, enclosed {enclosed[y * width + x]}");
            }
        }

        Assert.Equal(expected, enclosed.Count(e => e));
        Assert.True(expected > 100, "the test mask should not be trivial");
        // Every outline pixel lies outside the mask, next to it.
        for (int i = 0; i < pixels.Length; i++)
        {
            if (pixels[i] == SlicePalette.Outline)
            {
                int x = i % width, y = i / width;
                Assert.Equal(0, mask[x, y, 2]);
                Assert.True(Neighbours(x, y).Any(n => n.X >= 0 && n.Y >= 0 && n.X < Size.X && n.Y < Size.Y && mask[n.X, n.Y, 2] != 0));
            }
        }
    }

    [Fact]
    public void Outline_ScaledThreeByTwo_EnclosesSixPixelsPerVoxel()
    {
        var (image, mask, region) = Case();
        var (pixels, width, height) = SliceRenderer.Render(Request(image, region, new PlaneLayout(2, 0, true, 1, true), 2), new AxisScale(3, 1), new AxisScale(2, 1));

        Assert.Equal((3 * Size.X, 2 * Size.Y), (width, height));
        Assert.Equal(6 * CountOnSlice(mask, 2), Enclosed(pixels, width, height).Count(e => e));
    }

    [Fact]
    public void Outline_Reduced_EnclosesEveryBlockTouchingTheMask()
    {
        var (image, mask, region) = Case();
        var (pixels, width, height) = SliceRenderer.Render(Request(image, region, new PlaneLayout(2, 0, true, 1, true), 2), new AxisScale(1, 2), new AxisScale(1, 2));

        int blocks = 0;
        for (int by = 0; by < height; by++)
        {
            for (int bx = 0; bx < width; bx++)
            {
                bool any = false;
                for (int y = 2 * by; y < Math.Min(2 * by + 2, Size.Y); y++)
                {
                    for (int x = 2 * bx; x < Math.Min(2 * bx + 2, Size.X); x++)
                    {
                        any |= mask[x, y, 2] != 0;
                    }
                }

                blocks += any ? 1 : 0;
            }
        }

        Assert.Equal(blocks, Enclosed(pixels, width, height).Count(e => e));
    }

    [Fact]
    public void AxialLayout_MirroredDirection_MirrorsTheColumns()
    {
        var (image, mask, region) = Case();
        AxisMap map = AxisMap.Of(new Direction3(-1, 0, 0, 0, 1, 0, 0, 0, 1));
        PlaneLayout layout = map.Layout(Radiomics.Analysis.Reports.AnatomicalPlane.Axial);
        Assert.Equal(new PlaneLayout(2, 0, false, 1, true), layout);

        var (pixels, width, height) = SliceRenderer.Render(Request(image, region, layout, 2), AxisScale.One, AxisScale.One);
        bool[] enclosed = Enclosed(pixels, width, height);
        for (int y = 0; y < Size.Y; y++)
        {
            for (int x = 0; x < Size.X; x++)
            {
                Assert.Equal(mask[Size.X - 1 - x, y, 2] != 0, enclosed[y * width + x]);
            }
        }
    }

    [Fact]
    public void CoronalAndSagittalLayouts_PutSuperiorAtTheTop()
    {
        AxisMap map = AxisMap.Of(Direction3.Identity);
        Assert.Equal(new PlaneLayout(1, 0, true, 2, false), map.Layout(Radiomics.Analysis.Reports.AnatomicalPlane.Coronal));
        Assert.Equal(new PlaneLayout(0, 1, true, 2, false), map.Layout(Radiomics.Analysis.Reports.AnatomicalPlane.Sagittal));
    }

    /// <summary>A gradient image and an irregular mask (a disk, a bar and an L, no holes, off the border) on slice 2, a square elsewhere.</summary>
    private static (ImageData Image, Volume<byte> Mask, RegionMask Region) Case()
    {
        var geometry = new ImageGeometry(Size, new Vector3D(1, 1, 2), Vector3D.Zero, Direction3.Identity);
        var values = new double[Size.VoxelCount];
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < Size.Z; z++)
        {
            for (int y = 0; y < Size.Y; y++)
            {
                for (int x = 0; x < Size.X; x++)
                {
                    values[Size.Offset(x, y, z)] = x * 10 + y;
                    bool inside = z == 2
                        ? (x - 14) * (x - 14) + (y - 13) * (y - 13) <= 36 || (y >= 12 && y <= 14 && x >= 14 && x <= 30) || (x >= 28 && x <= 30 && y >= 5 && y <= 24) || (x == 33 && y == 20)
                        : z is 1 or 3 && x >= 10 && x <= 20 && y >= 10 && y <= 20;
                    mask[x, y, z] = (byte)(inside ? 1 : 0);
                }
            }
        }

        var image = new ImageData(geometry, VoxelType.Float64, values);
        return (image, mask, RegionMask.FromVolume(mask, default)!);
    }

    private static SliceRequest Request(ImageData image, RegionMask region, PlaneLayout layout, int slice) =>
        new(image, layout, slice, (0, Size.X - 1), (0, Size.Y - 1), region, null, 0, 400);

    /// <summary>Pixels neither outline nor reachable from the border by 4-connected steps over non-outline pixels.</summary>
    private static bool[] Enclosed(byte[] pixels, int width, int height)
    {
        var reached = new bool[pixels.Length];
        var queue = new Queue<(int X, int Y)>();
        for (int x = 0; x < width; x++)
        {
            Seed(x, 0);
            Seed(x, height - 1);
        }

        for (int y = 0; y < height; y++)
        {
            Seed(0, y);
            Seed(width - 1, y);
        }

        while (queue.Count > 0)
        {
            var (x, y) = queue.Dequeue();
            foreach (var (nx, ny) in Neighbours(x, y))
            {
                if (nx >= 0 && ny >= 0 && nx < width && ny < height)
                {
                    Seed(nx, ny);
                }
            }
        }

        return pixels.Select((p, i) => p != SlicePalette.Outline && !reached[i]).ToArray();

        void Seed(int x, int y)
        {
            int i = y * width + x;
            if (!reached[i] && pixels[i] != SlicePalette.Outline)
            {
                reached[i] = true;
                queue.Enqueue((x, y));
            }
        }
    }

    private static (int X, int Y)[] Neighbours(int x, int y) => [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)];

    private static int CountOnSlice(Volume<byte> mask, int z)
    {
        int count = 0;
        for (int y = 0; y < Size.Y; y++)
        {
            for (int x = 0; x < Size.X; x++)
            {
                count += mask[x, y, z] != 0 ? 1 : 0;
            }
        }

        return count;
    }
}
