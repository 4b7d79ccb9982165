using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Wavelets;

/// <summary>A sub-band's last pass written cropped and in double equals the full pass cropped and widened afterwards.</summary>
public sealed class CroppedFilterAxisTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(0, 4)]
    [InlineData(2, 4)]
    public void Cropped_EqualsFullPassThenCrop_InSinglePrecision(int axis, int threads)
    {
        Volume<double> source = WaveletImagesTests.Build(new Size3(18, 14, 12), (x, y, z) => Math.Sin((x * 1.1) + (y * 0.3)) * Math.Exp(z * 0.1) * 100);
        Volume<float> image = source.Map(v => (float)v);
        float[] filter = [.. WaveletFilterBank.Get("coif1").DecompositionHighPass.ToArray().Select(t => (float)t)];
        var full = new Volume<float>(image.Geometry);
        StationaryWaveletTransform.FilterAxis<float>(image, full, filter, axis, maxDegreeOfParallelism: 1);

        var kept = new Size3(17, 13, 11);
        var cropped = new Volume<double>(image.Geometry with { Size = kept });
        StationaryWaveletTransform.FilterAxisCropped<float>(image, cropped, filter, axis, maxDegreeOfParallelism: threads);
        for (int z = 0; z < kept.Z; z++)
        {
            for (int y = 0; y < kept.Y; y++)
            {
                for (int x = 0; x < kept.X; x++)
                {
                    Assert.Equal((double)full[x, y, z], cropped[x, y, z]);
                }
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CroppedAtOffset_EqualsFullPassThenCrop(int axis)
    {
        Volume<double> source = WaveletImagesTests.Build(new Size3(18, 14, 12), (x, y, z) => Math.Sin((x * 1.1) + (y * 0.3)) * Math.Exp(z * 0.1) * 100);
        Volume<float> image = source.Map(v => (float)v);
        float[] filter = [.. WaveletFilterBank.Get("coif1").DecompositionLowPass.ToArray().Select(t => (float)t)];
        var full = new Volume<float>(image.Geometry);
        StationaryWaveletTransform.FilterAxis<float>(image, full, filter, axis, maxDegreeOfParallelism: 1);

        var from = new Index3(3, 2, 5);
        var cropped = new Volume<double>(image.Geometry with { Size = new Size3(11, 9, 6) });
        StationaryWaveletTransform.FilterAxisCropped<float>(image.Buffer, image.Size, from, cropped, filter, axis);
        Assert.Equal(full.Crop(from, cropped.Size).Voxels.ToArray().Select(v => (double)v), cropped.Voxels.ToArray());
        Assert.Throws<ArgumentException>(() =>
            StationaryWaveletTransform.FilterAxisCropped<float>(image.Buffer, image.Size, new Index3(8, 0, 0), cropped, filter, axis));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CroppedAtOffset_EqualsFullPassThenCrop_InDoublePrecision(int axis)
    {
        // Kept rows of 13 values from x = 2: one whole vector and a scalar tail, at an offset that is no multiple of four.
        Volume<double> image = WaveletImagesTests.Build(new Size3(17, 11, 9), (x, y, z) => Math.Cos((x * 0.7) - (y * 0.45)) * (z + 1.5) * 37.25);
        ReadOnlySpan<double> filter = WaveletFilterBank.Get("db3").DecompositionHighPass;
        var full = new Volume<double>(image.Geometry);
        StationaryWaveletTransform.FilterAxis(image, full, filter, axis, maxDegreeOfParallelism: 1);
        var from = new Index3(2, 3, 1);
        var cropped = new Volume<double>(image.Geometry with { Size = new Size3(13, 7, 8) });
        StationaryWaveletTransform.FilterAxisCropped(image.Buffer, image.Size, from, cropped, filter, axis, maxDegreeOfParallelism: 3);
        Assert.Equal(full.Crop(from, cropped.Size).Voxels.ToArray(), cropped.Voxels.ToArray());
    }

    [Fact]
    public void Cropped_EqualsFullPassThenCrop_InDoublePrecision()
    {
        Volume<double> image = WaveletImagesTests.Build(new Size3(10, 8, 6), (x, y, z) => (x * 7 % 5) - (y * 3 % 4) + (z * z));
        ReadOnlySpan<double> filter = WaveletFilterBank.Get("db3").DecompositionLowPass;
        var full = new Volume<double>(image.Geometry);
        StationaryWaveletTransform.FilterAxis(image, full, filter, 1);
        var cropped = new Volume<double>(image.Geometry with { Size = new Size3(9, 7, 5) });
        StationaryWaveletTransform.FilterAxisCropped(image, cropped, filter, 1);
        Assert.Equal(full.Crop(new Index3(0, 0, 0), cropped.Size).Voxels.ToArray(), cropped.Voxels.ToArray());
    }
}
