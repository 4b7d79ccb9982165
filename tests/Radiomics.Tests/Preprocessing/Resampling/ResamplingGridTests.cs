using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

/// <summary>The resampled grid follows PyRadiomics' resampleImage formulas (expected values worked out by hand).</summary>
public class ResamplingGridTests
{
    [Fact]
    public void Grid_AxisAligned_WithZeroKeepingAnAxis()
    {
        // Mask 100×80×30, spacing (0.5, 0.5, 2), origin (10, 20, 30); ROI from (40, 30, 10), size (20, 10, 5).
        var mask = new ImageGeometry(new Size3(100, 80, 30), new Vector3D(0.5, 0.5, 2), new Vector3D(10, 20, 30), Direction3.Identity);
        var roi = new BoundingBox(new Index3(40, 30, 10), new Index3(59, 39, 14));
        Vector3D spacing = ResamplingGrid.EffectiveSpacing(mask, roi, [1, 1, 0]);
        Assert.Equal(new Vector3D(1, 1, 2), spacing);

        ImageGeometry grid = ResamplingGrid.Compute(mask, roi, spacing, padDistance: 5);
        // x: r = 0.5; lower = ⌊39.5·0.5 − 5⌋ = ⌊14.75⌋ = 14; upper = ⌈59.5·0.5 + 5⌉ = ⌈34.75⌉ = 35 → 22 voxels.
        // y: lower = ⌊29.5·0.5 − 5⌋ = 9; upper = ⌈39.5·0.5 + 5⌉ = ⌈24.75⌉ = 25 → 17 voxels.
        // z: r = 1; lower = ⌊9.5 − 5⌋ = 4; upper = ⌈14.5 + 5⌉ = 20 (≤ ⌈30⌉ − 1 = 29) → 17 voxels.
        Assert.Equal(new Size3(22, 17, 17), grid.Size);
        // Origin index (mask): ½(new − old)/old + lower/r = (0.5 + 28, 0.5 + 18, 0 + 4) → physical = origin + index·spacing.
        Assert.Equal(10 + 28.5 * 0.5, grid.Origin.X, 12);
        Assert.Equal(20 + 18.5 * 0.5, grid.Origin.Y, 12);
        Assert.Equal(30 + 4 * 2.0, grid.Origin.Z, 12);
        Assert.Equal(spacing, grid.Spacing);
    }

    [Fact]
    public void Grid_ClipsAtImageBounds_AndKeepsSingleSliceAxes()
    {
        // ROI touching the lower corner and a single slice thick in z: z keeps the mask spacing.
        var mask = new ImageGeometry(new Size3(10, 10, 10), new Vector3D(2, 2, 3), Vector3D.Zero, Direction3.Identity);
        var roi = new BoundingBox(new Index3(0, 0, 4), new Index3(9, 3, 4));
        Vector3D spacing = ResamplingGrid.EffectiveSpacing(mask, roi, [1, 1, 1]);
        Assert.Equal(new Vector3D(1, 1, 3), spacing);
        ImageGeometry grid = ResamplingGrid.Compute(mask, roi, spacing, padDistance: 2);
        // x: r = 2; lower = ⌊−1 − 2⌋ → 0; upper = ⌈9.5·2 + 2⌉ = 21 > ⌈20⌉ − 1 = 19 → 19: 20 voxels.
        // y: lower → 0; upper = ⌈3.5·2 + 2⌉ = 9 → 10 voxels. z: r = 1; lower = ⌊3.5 − 2⌋ = 1; upper = ⌈4.5 + 2⌉ = 7 → 7.
        Assert.Equal(new Size3(20, 10, 7), grid.Size);
        // Origin index: (½(1 − 2)/2 + 0, −0.25 + 0, 0 + 1) → (−0.5, −0.5, 3) mm.
        Assert.Equal(new Vector3D(-0.5, -0.5, 3), grid.Origin);
    }

    [Fact]
    public void Grid_ObliqueDirection_OriginMappedThroughMaskDirection()
    {
        // Mask axes rotated 90° about z: voxel x runs along physical +y, voxel y along physical −x.
        var direction = new Direction3(0, -1, 0, 1, 0, 0, 0, 0, 1);
        var mask = new ImageGeometry(new Size3(20, 20, 20), new Vector3D(2, 2, 2), new Vector3D(5, -3, 1), direction);
        var roi = new BoundingBox(new Index3(8, 6, 4), new Index3(11, 9, 7));
        Vector3D spacing = ResamplingGrid.EffectiveSpacing(mask, roi, [1, 1, 1]);
        ImageGeometry grid = ResamplingGrid.Compute(mask, roi, spacing, padDistance: 1);
        // Per axis r = 2: x lower = ⌊7.5·2 − 1⌋ = 14, upper = ⌈11.5·2 + 1⌉ = 24 → 11; y: 10 … 20 → 11; z: 6 … 16 → 11.
        Assert.Equal(new Size3(11, 11, 11), grid.Size);
        // Origin index = −0.25 + lower/2 = (6.75, 4.75, 2.75); offset = D·(2·index) = D·(13.5, 9.5, 5.5) = (−9.5, 13.5, 5.5).
        Assert.Equal(5 - 9.5, grid.Origin.X, 12);
        Assert.Equal(-3 + 13.5, grid.Origin.Y, 12);
        Assert.Equal(1 + 5.5, grid.Origin.Z, 12);
        Assert.Equal(direction, grid.Direction);
    }

    [Fact]
    public void ResampleImageAndMask_SameSpacing_OnlyCropsWithPadding()
    {
        var geometry = new ImageGeometry(new Size3(20, 20, 20), new Vector3D(1, 1, 1), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        mask[10, 10, 10] = 1;
        mask[11, 12, 10] = 1;
        var settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = [1, 1, 1], PadDistance = 3 } };
        ResampledImageAndMask result = Resampler.ResampleImageAndMask(image, mask, settings);
        Assert.Equal(new Size3(8, 9, 7), result.Image.Size);
        Assert.Equal(new Vector3D(7, 7, 7), result.Image.Geometry.Origin);
        Assert.Equal(2, result.Mask.Voxels.ToArray().Count(v => v != 0));
    }

    [Fact]
    public void ResampleImageAndMask_MaskResampledWithNearestNeighbour()
    {
        var geometry = new ImageGeometry(new Size3(12, 12, 12), new Vector3D(2, 2, 2), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int z = 4; z <= 6; z++)
        {
            for (int y = 4; y <= 6; y++)
            {
                for (int x = 4; x <= 6; x++)
                {
                    mask[x, y, z] = 1;
                }
            }
        }

        var settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = [1, 1, 1], PadDistance = 0 } };
        ResampledImageAndMask result = Resampler.ResampleImageAndMask(image, mask, settings);
        // Per axis lower = ⌊3.5·2⌋ = 7, upper = ⌈6.5·2⌉ = 13: 7 samples at 6.5, 7.5 … 12.5 mm (origin index
        // −0.25 + 3.5). Mask index = mm / 2: 3.25 rounds to voxel 3 (outside the ROI), 3.75 … 6.25 to voxels 4 … 6.
        Assert.Equal(new Size3(7, 7, 7), result.Mask.Size);
        Assert.Equal(6 * 6 * 6, result.Mask.Voxels.ToArray().Count(v => v != 0));
    }
}
