using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

/// <summary>
/// The separable resampling paths (axis-aligned grids) against ITK's point-by-point walk, which the
/// non-aligned case still uses.
/// </summary>
public class SeparableResamplingTests
{
    private static readonly ParallelOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions TwoThreads = new() { MaxDegreeOfParallelism = 2 };

    private static Volume<double> RandomImage(ImageGeometry geometry, int seed)
    {
        var random = new Random(seed);
        var image = new Volume<double>(geometry);
        Span<double> voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() * 2000 - 1000;
        }

        return image;
    }

    /// <summary>A CT-like input (0.98 × 0.98 × 3 mm) and a 1 mm grid that reaches past its edges on every axis.</summary>
    private static (Volume<double> Image, ImageGeometry Grid) CtLikeCase(Direction3 direction)
    {
        var input = new ImageGeometry(new Size3(23, 19, 9), new Vector3D(0.977, 0.977, 3.0), new Vector3D(-11.2, 4.7, 30.0), direction);
        var grid = new ImageGeometry(new Size3(26, 21, 31), new Vector3D(1.0, 1.0, 1.0), new Vector3D(-12.3, 3.9, 28.4), direction);
        return (RandomImage(input, 11), grid);
    }

    private static Direction3 Rotation(double angle) =>
        new(Math.Cos(angle), -Math.Sin(angle), 0, Math.Sin(angle), Math.Cos(angle), 0, 0, 0, 1);

    [Fact]
    public void BSpline_Separable_MatchesItksPointwiseSum_ToRounding()
    {
        (Volume<double> image, ImageGeometry grid) = CtLikeCase(Direction3.Identity);
        Assert.NotNull(AxisAlignedMapping.TryCreate(grid, image.Geometry));
        Volume<double> separable = Resampler.ResampleImage(image, grid, Interpolator.BSpline);
        Volume<double> pointwise = Resampler.ResamplePointwise(image, grid, Interpolator.BSpline, VoxelType.Float64, OneThread);
        int outside = 0;
        for (int i = 0; i < separable.Length; i++)
        {
            if (pointwise.Voxels[i] == 0)
            {
                outside++;
            }

            Assert.True(Math.Abs(separable.Voxels[i] - pointwise.Voxels[i]) <= 1e-12 * 1000, $"voxel {i}: {separable.Voxels[i]} vs {pointwise.Voxels[i]}");
        }

        Assert.True(outside > 0, "the grid must reach outside the input so the inside test is exercised");
    }

    [Fact]
    public void BSpline_Separable_Float32Output_DiffersFromPointwiseByAtMostOneUlp()
    {
        (Volume<double> image, ImageGeometry grid) = CtLikeCase(Direction3.Identity);
        Volume<double> separable = Resampler.ResampleImage(image, grid, Interpolator.BSpline, VoxelType.Float32);
        Volume<double> pointwise = Resampler.ResamplePointwise(image, grid, Interpolator.BSpline, VoxelType.Float32, OneThread);
        for (int i = 0; i < separable.Length; i++)
        {
            float a = (float)separable.Voxels[i], b = (float)pointwise.Voxels[i];
            Assert.True(a == b || MathF.BitIncrement(a) == b || MathF.BitDecrement(a) == b, $"voxel {i}: {a} vs {b}");
        }
    }

    [Fact]
    public void BSpline_Separable_IsBitIdenticalForAnyThreadCount()
    {
        (Volume<double> image, ImageGeometry grid) = CtLikeCase(Direction3.Identity);
        Volume<double> one = Resampler.ResampleImage(image, grid, Interpolator.BSpline, VoxelType.Float64, OneThread);
        Volume<double> two = Resampler.ResampleImage(image, grid, Interpolator.BSpline, VoxelType.Float64, TwoThreads);
        Assert.True(one.Voxels.SequenceEqual(two.Voxels));
    }

    [Fact]
    public void BSpline_SameObliqueDirection_IsSeparableAndMatchesPointwise()
    {
        (Volume<double> image, ImageGeometry grid) = CtLikeCase(Rotation(0.3));
        Assert.NotNull(AxisAlignedMapping.TryCreate(grid, image.Geometry));
        Volume<double> separable = Resampler.ResampleImage(image, grid, Interpolator.BSpline);
        Volume<double> pointwise = Resampler.ResamplePointwise(image, grid, Interpolator.BSpline, VoxelType.Float64, OneThread);
        for (int i = 0; i < separable.Length; i++)
        {
            Assert.True(Math.Abs(separable.Voxels[i] - pointwise.Voxels[i]) <= 1e-12 * 1000, $"voxel {i}: {separable.Voxels[i]} vs {pointwise.Voxels[i]}");
        }
    }

    [Fact]
    public void RotatedGrid_IsNotAxisAligned_AndUsesThePointwiseWalk()
    {
        (Volume<double> image, ImageGeometry grid) = CtLikeCase(Direction3.Identity);
        ImageGeometry rotated = grid with { Direction = Rotation(0.3) };
        Assert.Null(AxisAlignedMapping.TryCreate(rotated, image.Geometry));
        Volume<double> viaPublicEntry = Resampler.ResampleImage(image, rotated, Interpolator.BSpline, VoxelType.Float64, OneThread);
        Volume<double> pointwise = Resampler.ResamplePointwise(image, rotated, Interpolator.BSpline, VoxelType.Float64, OneThread);
        Assert.True(viaPublicEntry.Voxels.SequenceEqual(pointwise.Voxels));
    }

    [Fact]
    public void Mask_Separable_EqualsPointwise_AndAnyThreadCount()
    {
        var input = new ImageGeometry(new Size3(23, 19, 9), new Vector3D(0.977, 0.977, 3.0), new Vector3D(-11.2, 4.7, 30.0), Direction3.Identity);
        var mask = new Volume<byte>(input);
        var random = new Random(5);
        Span<byte> voxels = mask.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (byte)(random.Next(3) == 0 ? 1 : 0);
        }

        var grid = new ImageGeometry(new Size3(26, 21, 31), new Vector3D(1.0, 1.0, 1.0), new Vector3D(-12.3, 3.9, 28.4), Direction3.Identity);
        Volume<byte> separable = Resampler.ResampleMask(mask, grid, OneThread);
        Volume<byte> twoThreads = Resampler.ResampleMask(mask, grid, TwoThreads);
        Volume<byte> pointwise = Resampler.ResampleMaskPointwise(mask, grid, OneThread);
        Assert.True(separable.Voxels.SequenceEqual(pointwise.Voxels));
        Assert.True(twoThreads.Voxels.SequenceEqual(pointwise.Voxels));
        Assert.Contains((byte)1, separable.Voxels.ToArray());
    }
}
