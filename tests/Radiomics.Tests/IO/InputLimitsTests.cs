using System.Text;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

/// <summary>
/// The readers keep to <see cref="InputLimits"/>: images beyond <see cref="InputLimits.MaxVoxels"/> are refused before
/// they are allocated, data files outside the header's folder only with <see cref="InputLimits.AllowOutsidePaths"/>,
/// and no non-finite number becomes geometry.
/// </summary>
public sealed class InputLimitsTests
{
    private const string Geometry = "space: left-posterior-superior\nspace directions: (1,0,0) (0,1,0) (0,0,1)\n";

    [Fact]
    public void MaxVoxels_BelowOne_Refused() => Assert.Throws<ArgumentOutOfRangeException>(() => new InputLimits { MaxVoxels = 0 });

    [Fact]
    public void Read_ImageLargerThanTheLimit_RefusedNamingTheLimit()
    {
        using var scratch = new ScratchFolder();
        string path = Nrrd(scratch, "small.nrrd", "sizes: 4 3 2\n" + Geometry);

        Assert.Equal(24, ImageReader.Read(path, null, new InputLimits { MaxVoxels = 24 }).Geometry.Size.VoxelCount);
        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(path, null, new InputLimits { MaxVoxels = 23 }));
        Assert.Contains("more than the limit of 23 voxels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DetachedDataOutsideTheFolder_RefusedUnlessAllowed()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(scratch.File("headers"));
        File.WriteAllBytes(scratch.File("outside.raw"), new byte[24]);
        string header = scratch.File("headers/image.nhdr");
        File.WriteAllText(header, "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 4 3 2\nencoding: raw\n" + Geometry + "data file: ../outside.raw\n\n");

        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(header));
        Assert.Contains("outside the header's folder", error.Problem, StringComparison.Ordinal);
        Assert.Equal(24, ImageReader.Read(header, null, new InputLimits { AllowOutsidePaths = true }).Geometry.Size.VoxelCount);
    }

    [Theory]
    [InlineData("space origin: (nan,0,0)\n", "'space origin'")]
    [InlineData("space origin: (0,0,0)\nspace directions: (nan,0,0) (0,1,0) (0,0,1)\n", "space direction of axis 0")]
    public void Read_NrrdNonFiniteGeometry_RefusedNamingTheField(string fields, string field)
    {
        using var scratch = new ScratchFolder();
        string path = Nrrd(scratch, "g.nrrd", "sizes: 4 3 2\nspace: left-posterior-superior\n" + (fields.Contains("directions", StringComparison.Ordinal) ? "" : "space directions: (1,0,0) (0,1,0) (0,0,1)\n") + fields);
        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(path));
        Assert.Contains(field, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Offset = nan 0 0", "'offset'")]
    [InlineData("ElementSpacing = 1 nan 1", "'elementspacing'")]
    [InlineData("TransformMatrix = 1 0 0 0 nan 0 0 0 1", "'transformmatrix'")]
    public void Read_MetaImageNonFiniteGeometry_RefusedNamingTheField(string field, string name)
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("m.mha");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes($"ObjectType = Image\nNDims = 3\nDimSize = 4 3 2\nElementType = MET_UCHAR\n{field}\nElementDataFile = LOCAL\n"), .. new byte[24]]);
        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(path));
        Assert.Contains(name, error.Problem, StringComparison.Ordinal);
        Assert.Contains("not a finite number", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NiftiNanQformOffset_RefusedNamingTheQform()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { QformCode = 1, QOffset = [double.NaN, 0, 0] };
        NiftiBuilder.Save(scratch.File("q.nii"), builder.File(builder.Int16Data(1, 2, 3, 4, 5, 6, 7, 8)));
        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(scratch.File("q.nii")));
        Assert.Contains("qform", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamedPipeWithImageName_RefusedWithoutBlocking()
    {
        Assert.SkipUnless(SpecialFileSupport.Available, "named pipes need Linux or macOS");
        using var scratch = new ScratchFolder();
        string fifo = SpecialFileSupport.Fifo(scratch.File("pipe.nii.gz"));
        var error = SpecialFileSupport.WithinSeconds(() => Record.Exception(() => ImageReader.Read(fifo)));
        Assert.Contains("named pipe", Assert.IsType<ImageFormatException>(error).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderLineWithControlCharacters_QuotedEscaped()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("c.nrrd");
        File.WriteAllText(path, "NRRD0004\n\u001b[2J\u001b[31m junk without colon\n\n", Encoding.Latin1);
        var error = Assert.Throws<ImageFormatException>(() => ImageReader.Read(path));
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("\\x1B[2J", error.Problem, StringComparison.Ordinal);
    }

    private static string Nrrd(ScratchFolder scratch, string name, string fields)
    {
        string path = scratch.File(name);
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("NRRD0004\ntype: uchar\ndimension: 3\nencoding: raw\n" + fields + "\n"), .. new byte[24]]);
        return path;
    }
}
