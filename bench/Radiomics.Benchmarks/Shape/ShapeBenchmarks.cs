using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Shape;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Shape;

/// <summary>
/// The shape family on the IBSI CT phantom ROI (label 1, about 125,000 voxels), single-threaded. The data folder is
/// $RADIOMICS_TESTDATA, else the repository's tests/data.
/// </summary>
[MemoryDiagnoser]
public class ShapeBenchmarks
{
    private readonly ShapeFamily _family = new();
    private FeatureInput _input = null!;
    private IReadOnlyList<FeatureInfo> _defaultFeatures = null!;

    [GlobalSetup]
    public void Setup()
    {
        string root = DataRoot();
        Volume<double> image = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/image/phantom.nii.gz")).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/mask/mask.nii.gz")).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask) ?? throw new InvalidOperationException("The CT phantom mask has no label-1 voxel.");
        _input = new FeatureInput(image.Crop(box.Lower, box.Size), mask.Crop(box.Lower, box.Size), RadiomicsSettings.Default);
        _defaultFeatures = _family.Features.Where(f => !f.OnlyWhenRequested).ToArray();
    }

    /// <summary>Every default shape feature (one marching-cubes pass, diameters, PCA).</summary>
    [Benchmark(Baseline = true)]
    public double[] ShapeFeatures() => _family.Compute(_input, _defaultFeatures);

    /// <summary>The public indexed mesh (IBSI profile), not on the PyRadiomics path.</summary>
    [Benchmark]
    public int SurfaceMeshBuild() => SurfaceMesh.Build(_input.ShapeMask).TriangleCount;

    /// <summary>Mesh plus its exact convex hull (IBSI convex-hull densities).</summary>
    [Benchmark]
    public int SurfaceMeshConvexHull() => SurfaceMesh.Build(_input.ShapeMask).ConvexHull().TriangleCount;

    private static string DataRoot()
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
