using Radiomics.Configuration.Perturbation;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Tests.Perturbation;

public class VolumeAdaptationTests
{
    private static readonly Vector3D Spacing = new(0.75, 0.9, 3.0);

    [Theory]
    [InlineData(2.0)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    public void Grow_AnisotropicGrid_EqualsPhysicalDistanceBruteForce(double distance)
    {
        Volume<byte> roi = Blob(new Size3(48, 40, 16));
        AdaptedRoi grown = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, distance);

        Volume<byte> expected = BruteForceGrow(roi, distance);
        Assert.Equal(expected.Voxels.ToArray(), grown.Mask.Voxels.ToArray());
        Assert.Equal(distance, grown.DistanceMm);
        Assert.Equal((double)Count(expected) / Count(roi), grown.VoxelRatio);
    }

    [Fact]
    public void Shrink_WithinTheErosionLimit_IsTheComplementsGrowth()
    {
        Volume<byte> roi = Blob(new Size3(48, 40, 16));
        AdaptedRoi shrunk = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, -1.0, maxErosion: 0.5);

        // Brute force: an ROI voxel leaves when some grid voxel outside the ROI lies within 1 mm of it.
        double[] depth = BruteForceDepths(roi);
        for (int i = 0; i < depth.Length; i++)
        {
            bool kept = roi.Voxels[i] != 0 && !(Math.Sqrt(depth[i]) <= 1.0);
            Assert.Equal(kept ? 1 : 0, shrunk.Mask.Voxels[i]);
        }

        Assert.Equal(-1.0, shrunk.DistanceMm);
        Assert.True(shrunk.VoxelRatio >= 0.5);
    }

    [Fact]
    public void Shrink_BeyondTheErosionLimit_StopsAtTheLastLevelThatKeepsIt()
    {
        Volume<byte> roi = Blob(new Size3(48, 40, 16));
        long original = Count(roi);
        AdaptedRoi shrunk = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, -10.0, maxErosion: 0.8);

        Assert.True(shrunk.VoxelRatio >= 0.8, $"ratio {shrunk.VoxelRatio}");
        Assert.True(shrunk.DistanceMm > -10.0 && shrunk.DistanceMm < 0, $"distance {shrunk.DistanceMm}");
        double[] depth = BruteForceDepths(roi);
        double level = shrunk.DistanceMm * shrunk.DistanceMm;
        // The result is exactly the ROI voxels deeper than the level used…
        for (int i = 0; i < depth.Length; i++)
        {
            Assert.Equal(roi.Voxels[i] != 0 && depth[i] > level ? 1 : 0, shrunk.Mask.Voxels[i]);
        }

        // …and the next depth level would have gone below 80% of the ROI.
        double next = depth.Where((d, i) => roi.Voxels[i] != 0 && d > level).Min();
        long keptAtNext = depth.Where((d, i) => roi.Voxels[i] != 0 && d > next).LongCount();
        Assert.True(keptAtNext < 0.8 * original, $"{keptAtNext} of {original}");
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(-0.2)]
    [InlineData(0.5)]
    public void Fraction_TakesTheDistanceLevelNearestToTheTargetVolume(double fraction)
    {
        Volume<byte> roi = Blob(new Size3(48, 40, 16));
        long original = Count(roi);
        AdaptedRoi adapted = VolumeAdaptation.Apply(roi, RoiAdaptType.Fraction, fraction);

        // Every achievable count: whole distance levels of the voxels joining (or leaving), brute force.
        double[] distances = fraction > 0 ? BruteForceOutsideDistances(roi) : BruteForceDepths(roi);
        double[] candidates = distances.Where((d, i) => (roi.Voxels[i] != 0) == fraction < 0 && !double.IsInfinity(d)).Order().ToArray();
        double target = (1 + fraction) * original;
        long best = original;
        foreach (double level in candidates.Distinct())
        {
            long changed = candidates.LongCount(d => d <= level);
            long count = fraction > 0 ? original + changed : original - changed;
            if (count > 0 && Math.Abs(count - target) < Math.Abs(best - target))
            {
                best = count;
            }
        }

        Assert.Equal(best, Count(adapted.Mask));
        Assert.Equal(Math.Sign(fraction), Math.Sign(adapted.DistanceMm));
        Assert.Equal((double)best / original, adapted.VoxelRatio);
    }

    [Fact]
    public void ZeroSize_ReturnsTheRoiUnchanged()
    {
        Volume<byte> roi = Blob(new Size3(20, 20, 6));
        AdaptedRoi same = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, 0);
        Assert.Same(roi, same.Mask);
        Assert.Equal(1.0, same.VoxelRatio);
    }

    /// <summary>An irregular blob: two overlapping ellipsoids, well inside the grid.</summary>
    internal static Volume<byte> Blob(Size3 size)
    {
        var roi = new Volume<byte>(new ImageGeometry(size, Spacing, Vector3D.Zero, Direction3.Identity));
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    double px = (x - size.X / 2.0) * Spacing.X, py = (y - size.Y / 2.0) * Spacing.Y, pz = (z - size.Z / 2.0) * Spacing.Z;
                    bool first = (px * px / 64) + (py * py / 36) + (pz * pz / 81) <= 1;
                    bool second = ((px - 5) * (px - 5) / 16) + ((py + 4) * (py + 4) / 25) + (pz * pz / 49) <= 1;
                    roi[x, y, z] = first || second ? (byte)1 : (byte)0;
                }
            }
        }

        return roi;
    }

    private static Volume<byte> BruteForceGrow(Volume<byte> roi, double distance)
    {
        double[] squared = BruteForceOutsideDistances(roi);
        var result = new Volume<byte>(roi.Geometry);
        for (int i = 0; i < squared.Length; i++)
        {
            result.Voxels[i] = Math.Sqrt(squared[i]) <= distance ? (byte)1 : (byte)0;
        }

        return result;
    }

    /// <summary>Squared distance (mm²) from every voxel to the nearest ROI voxel, by trying every ROI voxel.</summary>
    private static double[] BruteForceOutsideDistances(Volume<byte> roi) => BruteForce(roi, towardsRoi: true);

    /// <summary>Squared distance (mm²) from every voxel to the nearest grid voxel outside the ROI.</summary>
    private static double[] BruteForceDepths(Volume<byte> roi) => BruteForce(roi, towardsRoi: false);

    private static double[] BruteForce(Volume<byte> roi, bool towardsRoi)
    {
        Size3 size = roi.Size;
        var targets = new List<(int X, int Y, int Z)>();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if ((roi[x, y, z] != 0) == towardsRoi)
                    {
                        targets.Add((x, y, z));
                    }
                }
            }
        }

        var result = new double[size.VoxelCount];
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if (!towardsRoi && roi[x, y, z] == 0)
                    {
                        continue; // outside voxels are at depth 0
                    }

                    double best = double.PositiveInfinity;
                    foreach (var (tx, ty, tz) in targets)
                    {
                        double dx = (x - tx) * Spacing.X, dy = (y - ty) * Spacing.Y, dz = (z - tz) * Spacing.Z;
                        best = Math.Min(best, ((dx * dx) + (dy * dy)) + (dz * dz));
                    }

                    result[size.Offset(x, y, z)] = best;
                }
            }
        }

        return result;
    }

    private static long Count(Volume<byte> mask) => mask.Voxels.Length - mask.Voxels.Count((byte)0);
}
