using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// The <c>glcm</c> family on one thread, on the CT phantom's inputs as an extraction prepares them: the original image
/// (<see cref="Case"/> = original) or the 15 derived images of the filtered case (ct-phantom-filters.params.yaml).
/// The discretisation and the texture grid are built once in the setup (they are shared with the other families), so
/// the figures are the family's own work: <see cref="PairCounts"/> alone, and the whole <see cref="Family"/> (counts,
/// normalisation, all default features with MCC). Run with
/// <c>--filter '*GlcmBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class GlcmBenchmarks
{
    private readonly GlcmFamily _family = new(1);
    private FeatureInput[] _inputs = [];
    private FeatureInfo[] _requested = [];

    [Params("original", "filtered")]
    public string Case { get; set; } = "original";

    [GlobalSetup]
    public void Setup()
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        string file = Case == "original" ? "ct-phantom-original.params.yaml" : "ct-phantom-filters.params.yaml";
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path($"pyradiomics-parity/{file}"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        var prepared = extractor.Prepare(image, mask, "mask", null, null);
        BoundingBox box = prepared.Box;
        Volume<byte> croppedMask = prepared.FeatureMask.Crop(box.Lower, box.Size);
        _inputs = [.. extractor.DerivedImages(prepared, box, prepared.Working.Crop(box.Lower, box.Size))
            .Select(derived => new FeatureInput(derived.Image, croppedMask, derived.Settings))];
        foreach (FeatureInput input in _inputs)
        {
            _ = TextureGrid.For(input, input.Settings.Features.Distances.Max());
        }

        _requested = [.. _family.Features.Where(f => !f.OnlyWhenRequested)];
    }

    /// <summary>The integer pair counts of every direction, summed over the inputs (the buffer is pooled, as in the family).</summary>
    [Benchmark]
    public int PairCounts()
    {
        int checksum = 0;
        foreach (FeatureInput input in _inputs)
        {
            TextureGrid grid = TextureGrid.For(input, input.Settings.Features.Distances.Max());
            var layout = TextureLayout.PyRadiomics(grid, input.Settings, input.Settings.Features.Distances);
            int length = GlcmPairCounts.Length(grid, layout);
            int[] counts = System.Buffers.ArrayPool<int>.Shared.Rent(length);
            Array.Clear(counts, 0, length);
            GlcmPairCounts.Count(grid, layout, counts.AsSpan(0, length));
            checksum += counts[0];
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }

        return checksum;
    }

    /// <summary>The whole family (all default features) on every input.</summary>
    [Benchmark]
    public double Family()
    {
        double checksum = 0;
        foreach (FeatureInput input in _inputs)
        {
            foreach (double value in _family.Compute(input, _requested))
            {
                checksum += value;
            }
        }

        return checksum;
    }
}
