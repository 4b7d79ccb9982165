using System.Text.Json;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Preprocessing.Regions;

/// <summary>
/// Rings, grown and shrunk ROIs, inner rims and clipped rings of the anisotropic phantom (0.75 × 0.9 × 3.0 mm) against
/// scipy's distance_transform_edt (tests/data/analysis/regions/phantom, README there): voxel sets identical.
/// </summary>
public class RegionPhantomTests
{
    private const string Folder = "analysis/regions/phantom";

    public static TheoryData<string, double> OutwardCases => new()
    {
        { "ring", 2.0 }, { "ring", 5.0 }, { "ring", 10.0 },
        { "grow", 2.0 }, { "grow", 5.0 }, { "grow", 10.0 },
    };

    public static TheoryData<string, double> InwardCases => new()
    {
        { "shrink", 2.0 }, { "shrink", 5.0 }, { "rim", 2.0 }, { "rim", 5.0 },
    };

    [Theory]
    [MemberData(nameof(OutwardCases))]
    public void RingAndGrow_MatchScipyVoxelForVoxel(string operation, double distance)
    {
        Volume<byte> roi = ReadMask("mask");
        RegionResult result = operation == "ring" ? RoiOperations.Ring(roi, distance) : RoiOperations.Grow(roi, distance);
        AssertSameRegion($"{operation}_{distance:0}mm", result);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [MemberData(nameof(InwardCases))]
    public void ShrinkAndRim_MatchScipyVoxelForVoxel(string operation, double distance)
    {
        Volume<byte> roi = ReadMask("mask");
        RegionResult result = operation == "rim" ? RoiOperations.InnerRim(roi, distance) : RoiOperations.Shrink(roi, distance);
        AssertSameRegion($"{operation}_{distance:0}mm", result);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    public void RingClippedToBody_MatchesScipy(double distance)
    {
        Volume<byte> roi = ReadMask("mask");
        RegionResult ring = RoiOperations.Ring(roi, distance);
        RegionResult clipped = RoiOperations.Intersect(ring.Mask, ReadMask("clip"), "ring", "clip.nii.gz");
        AssertSameRegion($"ring_{distance:0}mm_clipped", clipped);
        Assert.True(clipped.VoxelCount < ring.VoxelCount);
    }

    [Fact]
    public void DistanceBelowSmallestSpacing_GivesEmptyRingAndRimWithAWarning()
    {
        Volume<byte> roi = ReadMask("mask");
        double distance = Expected().GetProperty("below_spacing").GetProperty("d_mm").GetDouble();
        RegionResult ring = RoiOperations.Ring(roi, distance);
        RegionResult rim = RoiOperations.InnerRim(roi, distance);
        Assert.Equal(0, ring.VoxelCount);
        Assert.Equal(0, rim.VoxelCount);
        Assert.Contains(ring.Warnings, w => w.Contains("below the smallest voxel spacing", StringComparison.Ordinal));
        Assert.Contains(rim.Warnings, w => w.Contains("below the smallest voxel spacing", StringComparison.Ordinal));
        Assert.Equal(roi.Voxels.ToArray(), RoiOperations.Grow(roi, distance).Mask.Voxels.ToArray());
    }

    [Fact]
    public void LargestComponent_DropsTheSatelliteLesion()
    {
        Volume<byte> roi = ReadMask("mask");
        JsonElement mask = Expected().GetProperty("mask");
        Assert.Equal(mask.GetProperty("connected_components_26").GetInt32(), ConnectedRegions.Label(roi, Connectivity.Full).Count);
        RegionResult largest = RoiOperations.LargestComponent(roi);
        // The README: the satellite lesion has 91 voxels.
        Assert.Equal(mask.GetProperty("voxels").GetInt32() - 91, largest.VoxelCount);
        Assert.Single(largest.Warnings);
        Assert.Equal(1, ConnectedRegions.Label(largest.Mask, Connectivity.Full).Count);
    }

    [Fact]
    public void Ring_SameVoxelsWhateverTheThreadCount()
    {
        Volume<byte> roi = ReadMask("mask");
        byte[] one = RoiOperations.Ring(roi, 5.0, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Mask.Voxels.ToArray();
        byte[] many = RoiOperations.Ring(roi, 5.0, new ParallelOptions { MaxDegreeOfParallelism = 4 }).Mask.Voxels.ToArray();
        Assert.Equal(one, many);
    }

    private static void AssertSameRegion(string name, RegionResult actual)
    {
        Volume<byte> expected = ReadMask(name);
        JsonElement reference = Expected().GetProperty("regions").GetProperty(name);
        Assert.Equal(expected.Geometry, actual.Mask.Geometry);
        int differing = 0;
        ReadOnlySpan<byte> a = actual.Mask.Voxels, e = expected.Voxels;
        for (int i = 0; i < a.Length; i++)
        {
            differing += (a[i] != 0) != (e[i] != 0) ? 1 : 0;
        }

        Assert.Equal(0, differing);
        Assert.Equal(reference.GetProperty("voxels").GetInt32(), actual.VoxelCount);
        double volume = reference.GetProperty("volume_mm3").GetDouble();
        Assert.True(Math.Abs(actual.VolumeMm3 - volume) <= 1e-12 * volume, $"{name}: volume {actual.VolumeMm3} vs {volume}");
    }

    private static Volume<byte> ReadMask(string name) =>
        ImageReader.Read(TestData.Require($"{Folder}/{name}.nii.gz")).ToDoubleVolume().Map(v => v != 0 ? (byte)1 : (byte)0);

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(TestData.Require($"{Folder}/expected.json"))).RootElement;
}
