using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli.Tests;

/// <summary><c>radiomics extract ... --save-intermediate DIR [--intermediate-format nrrd|nifti]</c>.</summary>
public class ExtractIntermediateImagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-cli-intermediate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(null, ".nrrd")]
    [InlineData("nifti", ".nii.gz")]
    public void SaveIntermediate_WritesEveryStageWithItsGeometry(string? format, string extension)
    {
        (string image, string mask, string parameters) = WriteCase();
        string output = Path.Combine(_folder, "steps");
        List<string> args = ["extract", image, mask, "--params", parameters, "--save-intermediate", output, "--format", "json", "--out", Path.Combine(_folder, "out.json")];
        if (format is not null)
        {
            args.AddRange(["--intermediate-format", format]);
        }

        var (code, _, error) = CliRunner.Run([.. args]);
        Assert.True(code == 0, error);

        string[] expected = ["resampled", "resampled_mask", "mask", "original", "log-sigma-1-0-mm-3D", "wavelet-LLH", "wavelet-HHH", "wavelet-LLL"];
        foreach (string name in expected)
        {
            Assert.True(File.Exists(Path.Combine(output, name + extension)), $"{name}{extension} missing");
        }

        ImageData roi = ImageReader.Read(Path.Combine(output, "mask" + extension));
        ImageData log = ImageReader.Read(Path.Combine(output, "log-sigma-1-0-mm-3D" + extension));
        ImageData resampled = ImageReader.Read(Path.Combine(output, "resampled" + extension));
        Assert.Equal(roi.Geometry.Size, log.Geometry.Size);
        Assert.Equal(new Vector3D(1, 1, 1), resampled.Geometry.Spacing);
        Assert.True(roi.Geometry.Size.X < resampled.Geometry.Size.X, "the features' grid is the ROI's box within the resampled image");
        Assert.Equal(VoxelType.UInt8, roi.VoxelType);
        Assert.Equal(VoxelType.Float64, log.VoxelType);
    }

    [Fact]
    public void IntermediateFormat_Unknown_IsAUsageError()
    {
        (string image, string mask, _) = WriteCase();
        var (code, _, error) = CliRunner.Run("extract", image, mask, "--save-intermediate", _folder, "--intermediate-format", "png");
        Assert.Equal(2, code);
        Assert.Contains("--intermediate-format", error);
    }

    private (string Image, string Mask, string Parameters) WriteCase()
    {
        var geometry = new ImageGeometry(new Size3(24, 22, 12), new Vector3D(0.8, 0.9, 1.5), new Vector3D(-5, 3, 10), Direction3.Identity);
        var voxels = new short[geometry.Size.VoxelCount];
        var roi = new byte[geometry.Size.VoxelCount];
        var random = new Random(2);
        for (int z = 0; z < 12; z++)
        {
            for (int y = 0; y < 22; y++)
            {
                for (int x = 0; x < 24; x++)
                {
                    int i = geometry.Size.Offset(x, y, z);
                    voxels[i] = (short)(100 * Math.Sin(x / 3.0) + random.Next(-40, 40));
                    roi[i] = (byte)((x - 12) * (x - 12) + (y - 10) * (y - 10) + 4 * (z - 6) * (z - 6) <= 30 ? 1 : 0);
                }
            }
        }

        string image = Path.Combine(_folder, "image.nii.gz"), mask = Path.Combine(_folder, "mask.nii.gz"), parameters = Path.Combine(_folder, "params.yaml");
        ImageWriter.Write(new ImageData(geometry, VoxelType.Int16, voxels), image);
        ImageWriter.Write(new ImageData(geometry, VoxelType.UInt8, roi), mask);
        File.WriteAllText(parameters, """
            setting:
              resampledPixelSpacing: [1, 1, 1]
              interpolator: sitkBSpline
              binWidth: 10
            imageType:
              Original: {}
              LoG: {sigma: [1.0]}
              Wavelet: {}
            featureClass:
              firstorder:
            """);
        return (image, mask, parameters);
    }
}
