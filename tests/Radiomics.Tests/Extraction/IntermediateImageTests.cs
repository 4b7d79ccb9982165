using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>The intermediate images an extraction hands out: which, in what order, on which grid, with which values.</summary>
public class IntermediateImageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-intermediate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Parameters = """
        setting:
          normalize: true
          normalizeScale: 100
          resampledPixelSpacing: [1, 1, 1]
          interpolator: sitkLinear
          resegmentRange: [-300, 300]
        imageType:
          Original: {}
          LoG: {sigma: [1.0]}
          Wavelet: {}
        featureClass:
          firstorder:
        """;

    [Fact]
    public void Extract_HandsOutEveryStage_InOrder_OnTheFeaturesGrid()
    {
        var sink = new RecordingSink();
        var inputs = new Dictionary<string, Volume<double>>();
        Extractor(Parameters).Extract(Image(), Mask(Interior), null, null, (prefix, input) => inputs[prefix] = input.Image, sink);

        string[] derived = ["original", "log-sigma-1-0-mm-3D", "wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL"];
        Assert.Equal(["normalized", "resampled", "resampled_mask", "resegmented_mask", "mask", .. derived], sink.Names);
        Assert.Equal(Grid, sink["normalized"].Geometry);
        Assert.Equal(VoxelType.Float64, sink["normalized"].VoxelType);
        Assert.Equal(sink["resampled"].Geometry, sink["resampled_mask"].Geometry);
        Assert.Equal(new Vector3D(1, 1, 1), sink["resampled"].Geometry.Spacing);
        Assert.Equal(VoxelType.UInt8, sink["mask"].VoxelType);
        foreach (string prefix in derived)
        {
            // The derived image as handed to the features, on the grid of the ROI's bounding box.
            Assert.Equal(sink["mask"].Geometry, sink[prefix].Geometry);
            Assert.Equal(inputs[prefix].Voxels.ToArray(), (double[])sink[prefix].Voxels);
        }
    }

    [Theory]
    [InlineData(".nrrd")]
    [InlineData(".nii.gz")]
    public void IntermediateImageFolder_WritesFilesThatReadBackEqual(string extension)
    {
        var sink = new RecordingSink();
        var folder = new IntermediateImageFolder(Path.Combine(_folder, "out"), extension);
        Extractor(Parameters).Extract(Image(), Mask(Interior), null, null, null, new TeeSink(sink, folder));

        foreach (string name in sink.Names)
        {
            string path = folder.PathOf(name);
            Assert.True(File.Exists(path), path);
            ImageData read = ImageReader.Read(path);
            ImageData written = sink[name];
            Assert.Equal(written.VoxelType, read.VoxelType);
            Assert.Equal(written.Geometry.Size, read.Geometry.Size);
            // NIfTI keeps spacing and origin as float32 (about 1e-6 mm here); NRRD prints them exactly.
            double tolerance = extension == ".nrrd" ? 1e-12 : 1e-5;
            AssertClose(written.Geometry.Spacing, read.Geometry.Spacing, tolerance);
            AssertClose(written.Geometry.Origin, read.Geometry.Origin, tolerance);
            Assert.True(written.AsBytes().SequenceEqual(read.AsBytes()), $"{name}: voxels differ after writing and reading back");
        }

        Assert.Empty(Directory.GetFiles(folder.Folder, "*.tmp*"));
    }

    [Fact]
    public void IntermediateImageFolder_RejectsUnknownFormatsAndUnsafeNames()
    {
        Assert.Throws<ArgumentException>(() => new IntermediateImageFolder(_folder, ".png"));
        var folder = new IntermediateImageFolder(_folder);
        Assert.Throws<ArgumentException>(() => folder.Write("../escape", ImageData.FromVolume(new Volume<byte>(Grid))));
    }

    private static void AssertClose(Vector3D expected, Vector3D actual, double tolerance)
    {
        for (int axis = 0; axis < 3; axis++)
        {
            Assert.Equal(expected[axis], actual[axis], tolerance);
        }
    }

    /// <summary>Keeps a copy of every image, in order.</summary>
    private sealed class RecordingSink : IIntermediateImageSink
    {
        private readonly Dictionary<string, ImageData> _images = [];

        public List<string> Names { get; } = [];

        public ImageData this[string name] => _images[name];

        public void Write(string name, ImageData image)
        {
            Names.Add(name);
            _images.Add(name, new ImageData(image.Geometry, image.VoxelType, (Array)image.Voxels.Clone(), image.Components));
        }
    }

    private sealed class TeeSink(IIntermediateImageSink first, IIntermediateImageSink second) : IIntermediateImageSink
    {
        public void Write(string name, ImageData image)
        {
            first.Write(name, image);
            second.Write(name, image);
        }
    }
}
