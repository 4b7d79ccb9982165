using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- quick regions`: Stopwatch medians of the region
/// operations on the IBSI CT phantom's ROI (see <see cref="RingBenchmarks"/>), with the grid and ROI sizes.
/// </summary>
public static class RegionTimings
{
    public static void Run()
    {
        Volume<byte> roi = ImageReader.Read(BenchData.CtPhantomMask).ToBinaryMask(1);
        Volume<byte> box = RoiBoxGrownBy(roi, 5.0);
        Console.WriteLine($"CT phantom mask: grid {roi.Size}, spacing {roi.Geometry.Spacing}, ROI {RoiOperations.Grow(roi, 0).VoxelCount} voxels; ROI box + 5 mm: {box.Size}");
        Console.WriteLine($"ring 5 mm: {RoiOperations.Ring(roi, 5.0).VoxelCount} voxels");
        QuickTimings.Report("ring 5 mm around the CT phantom ROI (whole grid in and out)", () => RoiOperations.Ring(roi, 5.0), 31);
        QuickTimings.Report("inner rim 5 mm of the CT phantom ROI", () => RoiOperations.InnerRim(roi, 5.0), 31);
        QuickTimings.Report("distance transform on the ROI box + 5 mm", () => DistanceTransform.SquaredDistances(box, DistanceTarget.Inside), 31);
        QuickTimings.Report("ring 5 mm, one thread", () => RoiOperations.Ring(roi, 5.0, new ParallelOptions { MaxDegreeOfParallelism = 1 }), 31);
    }

    /// <summary>The ROI cropped to its bounding box grown by <paramref name="distanceMm"/> on every side (clipped to the grid).</summary>
    public static Volume<byte> RoiBoxGrownBy(Volume<byte> roi, double distanceMm)
    {
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        Vector3D spacing = roi.Geometry.Spacing;
        int Margin(int axis) => (int)Math.Ceiling(distanceMm / spacing[axis]);
        var lower = new Index3(Math.Max(0, box.Lower.X - Margin(0)), Math.Max(0, box.Lower.Y - Margin(1)), Math.Max(0, box.Lower.Z - Margin(2)));
        var upper = new Index3(Math.Min(roi.Size.X - 1, box.Upper.X + Margin(0)), Math.Min(roi.Size.Y - 1, box.Upper.Y + Margin(1)), Math.Min(roi.Size.Z - 1, box.Upper.Z + Margin(2)));
        var grown = new BoundingBox(lower, upper);
        return roi.Crop(grown.Lower, grown.Size);
    }
}
