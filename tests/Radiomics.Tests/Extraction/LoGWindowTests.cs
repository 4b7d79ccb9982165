using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// PyRadiomics' LoG (ITK's recursive Gaussian) reads whole lines, so <c>filterRegion: roi</c> filters the ROI's box
/// grown by 20 σ: the documented bound is one float32 rounding step per value; on these cases (noise, the worst
/// case for the start-up error) no value differs at all.
/// </summary>
public class LoGWindowTests
{
    private static readonly ImageGeometry Long = new(new Size3(181, 23, 21), new Vector3D(1, 1.2, 1.6), new Vector3D(3, -4, 5), Direction3.Identity);

    [Theory]
    [InlineData(85, 95, "[1.0, 2.5]")]
    [InlineData(0, 9, "[1.0, 2.5]")]
    [InlineData(170, 180, "[0.8, 1.7]")]
    public void LoG_OnTheWindow_MatchesTheWholeImage(int firstX, int lastX, string sigmas)
    {
        var roi = new BoundingBox(new Index3(firstX, 8, 7), new Index3(lastX, 14, 13));
        ImageData image = Noise(Long), mask = Mask(roi, Long);
        string imageType = $"LoG: {{sigma: {sigmas}}}";
        List<DerivedImage> whole = Derived(Extractor(Yaml("image", imageType)), image, mask);
        List<DerivedImage> windowed = Derived(Extractor(Yaml("roi", imageType)), image, mask);

        BoundingBox window = ImageTypeRegistry.Find("LoG")!.InputRegion(roi, Long, RadiomicsSettings.Default with { Filters = new FilterSettings { Sigma = [2.5] } });
        Assert.True(window.Size.X < Long.Size.X, $"window {window} should not span the image along x");

        Assert.Equal(2, whole.Count);
        Assert.Equal(whole.Select(d => d.Prefix), windowed.Select(d => d.Prefix));
        for (int i = 0; i < whole.Count; i++)
        {
            ReadOnlySpan<double> e = whole[i].Image.Voxels, a = windowed[i].Image.Voxels;
            int differing = 0;
            for (int v = 0; v < e.Length; v++)
            {
                float expected = (float)e[v];
                Assert.True(Math.Abs(e[v] - a[v]) <= Math.Abs(MathF.BitIncrement(Math.Abs(expected)) - Math.Abs(expected)),
                    $"{whole[i].Prefix}: voxel {v} differs by more than one float32 step ({e[v]} vs {a[v]})");
                differing += e[v] == a[v] ? 0 : 1;
            }

            Assert.Equal(0, differing);
        }
    }

    [Fact]
    public void LoG_SkipsSigmasByTheWholeImagesSize()
    {
        // PyRadiomics skips σ when an axis has fewer than ⌈σ / spacing⌉ + 1 voxels, judged on the whole image: 23 rows
        // of 1.2 mm take σ = 26 mm (23 needed) but not σ = 27 mm (24 needed).
        var roi = new BoundingBox(new Index3(85, 8, 7), new Index3(95, 14, 13));
        ImageData image = Noise(Long), mask = Mask(roi, Long);
        List<DerivedImage> whole = Derived(Extractor(Yaml("image", "LoG: {sigma: [0.5, 26.0, 27.0]}")), image, mask);
        List<DerivedImage> windowed = Derived(Extractor(Yaml("roi", "LoG: {sigma: [0.5, 26.0, 27.0]}")), image, mask);
        Assert.Equal(["log-sigma-0-5-mm-3D", "log-sigma-26-0-mm-3D"], whole.Select(d => d.Prefix));
        Assert.Equal(whole.Select(d => d.Prefix), windowed.Select(d => d.Prefix));
    }

    private static ImageData Noise(ImageGeometry geometry)
    {
        var random = new Random(11);
        var voxels = new short[geometry.Size.VoxelCount];
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (short)random.Next(-1000, 1000);
        }

        return new ImageData(geometry, VoxelType.Int16, voxels);
    }
}
