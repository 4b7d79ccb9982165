using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// Each texture family on the IBSI CT phantom (bin width 25, PyRadiomics semantics): matrices and all default
/// features, on one thread (<see cref="Threads"/> = 1) or with the families' within-case parallelism (−1: all cores;
/// glcm and glrlm share their directions out). A fresh <see cref="FeatureInput"/> per invocation, so the figure includes the (shared)
/// discretisation and texture grid, as in a real run.
/// Data: <c>$RADIOMICS_TESTDATA</c>, else the repository's <c>tests/data</c>.
/// </summary>
[MemoryDiagnoser]
public class TextureBenchmarks
{
    private Volume<double> _image = null!;
    private Volume<byte> _mask = null!;

    [Params("glcm", "glrlm", "glszm", "gldm", "ngtdm", "all")]
    public string Family { get; set; } = "all";

    [Params(1, -1)]
    public int Threads { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        string root = TestDataRoot();
        Volume<double> image = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/image/phantom.nii.gz")).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/mask/mask.nii.gz")).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask) ?? throw new InvalidOperationException("Empty CT phantom mask.");
        _image = image.Crop(box.Lower, box.Size);
        _mask = mask.Crop(box.Lower, box.Size);
    }

    [Benchmark]
    public double Compute()
    {
        FeatureInput input = NewInput();
        _ = input.Discretised;
        double checksum = 0;
        foreach (IFeatureFamily family in Families(Family, Threads))
        {
            FeatureInfo[] requested = family.Features.Where(f => !f.OnlyWhenRequested).ToArray();
            foreach (double v in family.Compute(input, requested))
            {
                checksum += v;
            }
        }

        return checksum;
    }

    private FeatureInput NewInput() => new(_image, _mask, RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 25 } });

    private static IFeatureFamily[] Families(string name, int threads) => name switch
    {
        "glcm" => [new GlcmFamily(threads)],
        "glrlm" => [new GlrlmFamily(threads)],
        "glszm" => [new GlszmFamily()],
        "gldm" => [new GldmFamily()],
        "ngtdm" => [new NgtdmFamily()],
        _ => [new GlcmFamily(threads), new GlrlmFamily(threads), new GlszmFamily(), new GldmFamily(), new NgtdmFamily()],
    };

    private static string TestDataRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("RADIOMICS_TESTDATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "tests", "data"));
    }
}
