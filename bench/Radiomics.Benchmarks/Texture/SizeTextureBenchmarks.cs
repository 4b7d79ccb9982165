using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// The four grey level × size families (glrlm, glszm, gldm, ngtdm) on one thread over the 15 derived images of the
/// filtered CT-phantom case (<c>ct-phantom-filters.params.yaml</c>, ~360,000 ROI voxels, up to ~180 grey levels):
/// matrices and all default features, with allocations. The texture grid is built once per image in the setup, so
/// the figure is the family's own work. For a quick phase-by-phase figure use <c>-- texture filtered</c>.
/// Data: <c>$RADIOMICS_TESTDATA</c>, else the repository's <c>tests/data</c>.
/// </summary>
[MemoryDiagnoser]
public class SizeTextureBenchmarks
{
    private FeatureInput[] _inputs = [];

    [Params("glrlm", "glszm", "gldm", "ngtdm")]
    public string Family { get; set; } = "glrlm";

    [GlobalSetup]
    public void Setup()
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        var prepared = extractor.Prepare(image, mask, "mask", null, null);
        BoundingBox box = prepared.Box;
        Volume<double> croppedImage = prepared.Working.Crop(box.Lower, box.Size);
        Volume<byte> croppedMask = prepared.FeatureMask.Crop(box.Lower, box.Size);
        _inputs = [.. extractor.DerivedImages(prepared, box, croppedImage).Select(d => new FeatureInput(d.Image, croppedMask, d.Settings))];
        foreach (FeatureInput input in _inputs)
        {
            _ = Radiomics.Features.Texture.TextureGrid.For(input, 1); // cached on the input: built here, not timed
        }
    }

    [Benchmark]
    public double AllImages()
    {
        IFeatureFamily family = Family switch
        {
            "glrlm" => new GlrlmFamily(1),
            "glszm" => new GlszmFamily(),
            "gldm" => new GldmFamily(),
            _ => new NgtdmFamily(),
        };
        FeatureInfo[] requested = [.. family.Features.Where(f => !f.OnlyWhenRequested)];
        double sum = 0;
        foreach (FeatureInput input in _inputs)
        {
            sum += family.Compute(input, requested)[0];
        }

        return sum;
    }
}
