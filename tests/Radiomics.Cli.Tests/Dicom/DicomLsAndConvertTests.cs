using System.Text.Json;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary><c>radiomics dicom ls</c> and <c>radiomics convert</c> on the IBSI CT phantom.</summary>
public class DicomLsAndConvertTests(CtPhantomDicomFixture phantom) : IClassFixture<CtPhantomDicomFixture>
{
    [Fact]
    public void DicomLs_Table_ListsTheSeriesAndGtv1WithWhatItReferences()
    {
        string root = Path.GetDirectoryName(phantom.DicomImage)!;

        var (code, output, error) = CliRunner.Run("dicom", "ls", root);

        Assert.True(code == 0, error);
        string[] lines = output.Split('\n');
        string seriesLine = Assert.Single(lines, l => l.Contains(" CT ", StringComparison.Ordinal));
        Assert.Contains("204x201x60", seriesLine);
        Assert.Contains("0.977 x 0.977 x 3", seriesLine);
        Assert.Matches(@"\s60(\s|$)", seriesLine);
        string uid = seriesLine.Trim().Split(' ')[0];
        Assert.Contains(lines, l => l.Contains("references series: " + uid, StringComparison.Ordinal) && !l.Contains("not in this folder", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["1", "GTV-1", _]);
    }

    [Fact]
    public void DicomLs_Json_HoldsSeriesAndStructures()
    {
        string root = Path.GetDirectoryName(phantom.DicomImage)!;

        var (code, output, error) = CliRunner.Run("dicom", "ls", root, "--format", "json");

        Assert.True(code == 0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement series = Assert.Single(json.RootElement.GetProperty("series").EnumerateArray());
        Assert.Equal("CT", series.GetProperty("modality").GetString());
        Assert.Equal(60, series.GetProperty("fileCount").GetInt32());
        Assert.Equal([204, 201, 60], series.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()));
        JsonElement set = Assert.Single(json.RootElement.GetProperty("structureSets").EnumerateArray());
        Assert.Equal(series.GetProperty("seriesInstanceUid").GetString(), Assert.Single(set.GetProperty("referencedSeriesUids").EnumerateArray()).GetString());
        Assert.Equal("GTV-1", Assert.Single(set.GetProperty("structures").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("image.nii.gz", "mask.nii.gz")]
    [InlineData("image.nrrd", "mask.nrrd")]
    public void Convert_SeriesAndGtv1_ReadBackEqualToTheNiftiPhantom(string imageName, string maskName)
    {
        string imageOut = phantom.PathIn(imageName), maskOut = phantom.PathIn(maskName);

        var (code, _, error) = CliRunner.Run("convert", phantom.DicomImage, "--out", imageOut,
            "--mask", phantom.RtStruct, "--roi", "GTV-1", "--mask-out", maskOut);

        Assert.True(code == 0, error);
        ImageData image = ImageReader.Read(imageOut), reference = ImageReader.Read(phantom.NiftiImage);
        AssertSameGeometry(reference.Geometry, image.Geometry);
        Volume<double> values = image.ToDoubleVolume(), expected = reference.ToDoubleVolume();
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True((float)values.Voxels[i] == (float)expected.Voxels[i], $"voxel {i}: {values.Voxels[i]} vs {expected.Voxels[i]}");
        }

        ImageData mask = ImageReader.Read(maskOut), referenceMask = ImageReader.Read(phantom.NiftiMask);
        AssertSameGeometry(referenceMask.Geometry, mask.Geometry);
        Volume<byte> roi = mask.ToBinaryMask(1), expectedRoi = referenceMask.ToBinaryMask(1);
        Assert.True(expectedRoi.Voxels.IndexOfAnyExcept((byte)0) >= 0);
        Assert.True(expectedRoi.Voxels.SequenceEqual(roi.Voxels), "the converted mask differs from the NIfTI mask (Dice < 1)");
    }

    [Fact]
    public void Convert_WithoutMask_WritesTheImageOnly()
    {
        string imageOut = phantom.PathIn("only.nii");

        var (code, output, error) = CliRunner.Run("convert", phantom.DicomImage, "--out", imageOut);

        Assert.True(code == 0, error);
        Assert.Contains("only.nii", output);
        Assert.Equal(new Size3(204, 201, 60), ImageReader.Read(imageOut).Geometry.Size);
    }

    [Fact]
    public void Convert_UnknownOutputExtension_IsAUsageErrorBeforeLoading()
    {
        var (code, _, error) = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("image.png"));

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("image.png", error);
    }

    /// <summary>Same grid; spacing, origin and direction within float32 precision (NIfTI stores them as float32).</summary>
    private static void AssertSameGeometry(ImageGeometry expected, ImageGeometry actual)
    {
        Assert.Equal(expected.Size, actual.Size);
        AssertClose(expected.Spacing, actual.Spacing, 1e-5);
        AssertClose(expected.Origin, actual.Origin, 1e-4);
        for (int column = 0; column < 3; column++)
        {
            AssertClose(expected.Direction.Column(column), actual.Direction.Column(column), 1e-6);
        }
    }

    private static void AssertClose(Vector3D expected, Vector3D actual, double tolerance) =>
        Assert.True(Math.Abs(expected.X - actual.X) <= tolerance && Math.Abs(expected.Y - actual.Y) <= tolerance && Math.Abs(expected.Z - actual.Z) <= tolerance,
            $"expected {expected}, got {actual}");
}
