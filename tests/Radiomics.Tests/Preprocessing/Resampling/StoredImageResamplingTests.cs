using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

/// <summary>Resampling the image as stored (rows converted on the way) equals resampling its whole double copy, bit for bit.</summary>
public sealed class StoredImageResamplingTests
{
    [Theory]
    [InlineData(VoxelType.Int16, Interpolator.BSpline, 1)]
    [InlineData(VoxelType.Float32, Interpolator.BSpline, 1)]
    [InlineData(VoxelType.Float32, Interpolator.BSpline, 2)]
    [InlineData(VoxelType.UInt8, Interpolator.BSpline, 1)]
    [InlineData(VoxelType.Int16, Interpolator.Linear, 1)]
    public void StoredImage_EqualsConvertedImage(VoxelType type, Interpolator interpolator, int components)
    {
        var geometry = new ImageGeometry(new Size3(23, 19, 11), new Vector3D(0.8, 0.9, 2.2), new Vector3D(-4, 3, 10), Direction3.Identity);
        Size3 n = geometry.Size;
        var random = new Random(11);
        double[] values = [.. Enumerable.Range(0, (int)n.VoxelCount * components).Select(_ => Math.Round((random.NextDouble() * 250) - (type == VoxelType.UInt8 ? 0 : 100)))];
        Array voxels = type switch
        {
            VoxelType.Int16 => values.Select(v => (short)v).ToArray(),
            VoxelType.UInt8 => values.Select(v => (byte)Math.Abs(v)).ToArray(),
            _ => values.Select(v => (float)(v * 0.37)).ToArray(),
        };
        var image = new ImageData(geometry, type, voxels, components);
        var mask = new Volume<byte>(geometry);
        for (int z = 3; z < 8; z++)
        {
            for (int y = 5; y < 14; y++)
            {
                for (int x = 4; x < 17; x++)
                {
                    mask[x, y, z] = 1;
                }
            }
        }

        RadiomicsSettings settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = [0.7, 0.7, 1.0], Interpolator = interpolator } };
        ResampledImageAndMask stored = Resampler.ResampleImageAndMask(image, mask, settings, type);
        ResampledImageAndMask converted = Resampler.ResampleImageAndMask(image.ToDoubleVolume(), mask, settings, type);
        Assert.Equal(converted.Image.Geometry, stored.Image.Geometry);
        Assert.Equal(converted.Image.Voxels.ToArray(), stored.Image.Voxels.ToArray());
        Assert.Equal(converted.Mask.Voxels.ToArray(), stored.Mask.Voxels.ToArray());
    }
}
