using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Tests.Preprocessing.Regions;

public class DistanceTransformTests
{
    private static readonly Vector3D Spacing = new(0.75, 0.8999999761581421, 3.0);

    [Theory]
    [InlineData(DistanceTarget.Inside, 3)]
    [InlineData(DistanceTarget.Outside, 11)]
    public void SquaredDistances_EqualBruteForceMinimum(DistanceTarget target, int seed)
    {
        Volume<byte> mask = RandomMask(new Size3(13, 9, 7), seed, 0.15);
        Volume<double> squared = DistanceTransform.SquaredDistances(mask, target);
        Size3 size = mask.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    double expected = BruteForce(mask, x, y, z, target == DistanceTarget.Inside);
                    double actual = squared[x, y, z];
                    Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Max(1, expected), $"({x}, {y}, {z}): {actual} vs {expected}");
                }
            }
        }
    }

    [Fact]
    public void SquaredDistances_NoTargetVoxel_InfiniteEverywhere()
    {
        var mask = new Volume<byte>(new ImageGeometry(new Size3(4, 3, 2), Spacing, Vector3D.Zero, Direction3.Identity));
        Assert.All(DistanceTransform.SquaredDistances(mask, DistanceTarget.Inside).Voxels.ToArray(), v => Assert.True(double.IsPositiveInfinity(v)));
        mask.Voxels.Fill(1);
        // Voxels beyond the grid's edge do not count as outside.
        Assert.All(DistanceTransform.SquaredDistances(mask, DistanceTarget.Outside).Voxels.ToArray(), v => Assert.True(double.IsPositiveInfinity(v)));
    }

    [Fact]
    public void SquaredDistances_SingleVoxel_AreTheSquaredPhysicalOffsets()
    {
        var mask = new Volume<byte>(new ImageGeometry(new Size3(5, 5, 5), Spacing, Vector3D.Zero, Direction3.Identity));
        mask[2, 1, 3] = 1;
        Volume<double> squared = DistanceTransform.SquaredDistances(mask, DistanceTarget.Inside);
        double dx = (4 - 2) * Spacing.X, dy = (0 - 1) * Spacing.Y, dz = (0 - 3) * Spacing.Z;
        Assert.Equal(((dx * dx) + (dy * dy)) + (dz * dz), squared[4, 0, 0]);
        Assert.Equal(0.0, squared[2, 1, 3]);
    }

    [Fact]
    public void SquaredDistances_SameWhateverTheThreadCount()
    {
        Volume<byte> mask = RandomMask(new Size3(31, 17, 12), 5, 0.05);
        double[] one = DistanceTransform.SquaredDistances(mask, DistanceTarget.Inside, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Voxels.ToArray();
        double[] many = DistanceTransform.SquaredDistances(mask, DistanceTarget.Inside, new ParallelOptions { MaxDegreeOfParallelism = 3 }).Voxels.ToArray();
        Assert.Equal(one, many);
    }

    internal static Volume<byte> RandomMask(Size3 size, int seed, double fraction)
    {
        var mask = new Volume<byte>(new ImageGeometry(size, Spacing, new Vector3D(1, 2, 3), Direction3.Identity));
        var random = new Random(seed);
        Span<byte> voxels = mask.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() < fraction ? (byte)1 : (byte)0;
        }

        return mask;
    }

    private static double BruteForce(Volume<byte> mask, int x, int y, int z, bool toNonZero)
    {
        Size3 size = mask.Size;
        double best = double.PositiveInfinity;
        for (int k = 0; k < size.Z; k++)
        {
            for (int j = 0; j < size.Y; j++)
            {
                for (int i = 0; i < size.X; i++)
                {
                    if ((mask[i, j, k] != 0) != toNonZero)
                    {
                        continue;
                    }

                    double dx = (i - x) * Spacing.X, dy = (j - y) * Spacing.Y, dz = (k - z) * Spacing.Z;
                    best = Math.Min(best, ((dx * dx) + (dy * dy)) + (dz * dz));
                }
            }
        }

        return best;
    }
}
