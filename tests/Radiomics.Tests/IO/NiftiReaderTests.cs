using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.IO;

public class NiftiReaderTests
{
    private static readonly short[] EightValues = [1, -2, 3, -4, 5, -6, 7, 32767];

    [Fact]
    public void IbsiCtPhantom_HasTheGeometryItkReports()
    {
        ImageData ct = ImageReader.Read(TestData.IbsiCtPhantomImage);
        ImageData mask = ImageReader.Read(TestData.IbsiCtPhantomMask);

        // Header: pixdim 0.977f 0.977f 3; qform (code 2) = sform (code 1) = diag(-0.977, -0.977, 3) with
        // offset (174.3945, 79.6255, -100.4) as float32. ITK negates x and y: identity direction in LPS.
        Assert.Equal(new Size3(204, 201, 60), ct.Geometry.Size);
        Assert.Equal(new Vector3D(0.977f, 0.977f, 3.0), ct.Geometry.Spacing);
        Assert.Equal(new Vector3D(-(double)174.3945f, -(double)79.6255f, (double)-100.4f), ct.Geometry.Origin);
        Assert.Equal(Direction3.Identity, ct.Geometry.Direction);
        Assert.Equal(VoxelType.Float32, ct.VoxelType);
        Assert.Equal(ct.Geometry, mask.Geometry);
        Assert.Equal(VoxelType.UInt8, mask.VoxelType);
    }

    [Fact]
    public void IbsiDigitalPhantom_HasTheGeometryItkReports()
    {
        ImageData digital = ImageReader.Read(TestData.IbsiDigitalPhantomImage);

        Assert.Equal(new Size3(5, 4, 4), digital.Geometry.Size);
        Assert.Equal(new Vector3D(2, 2, 2), digital.Geometry.Spacing);
        Assert.Equal(Vector3D.Zero, digital.Geometry.Origin);
        Assert.Equal(Direction3.Identity, digital.Geometry.Direction);
        Assert.Equal(VoxelType.Int16, digital.VoxelType);
    }

    [Fact]
    public void EveryIbsiNiftiFile_ReadsWithAnOrthonormalDirection()
    {
        // The IBSI 2 reference response maps are left out: ~100 MB of float data would make this test slow.
        string root = TestData.Require("ibsi2/digital_phantoms");
        string[] files = Directory.GetFiles(root, "*.nii*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(TestData.Require("ibsi1"), "*.nii*", SearchOption.AllDirectories)).ToArray();
        Assert.NotEmpty(files);

        foreach (string file in files)
        {
            ImageData image = ImageReader.Read(file);
            Assert.True(Math.Abs(Math.Abs(image.Geometry.Direction.Determinant) - 1) < 1e-6, file);
            Assert.True(image.Geometry.Spacing.X > 0 && image.Geometry.Spacing.Y > 0 && image.Geometry.Spacing.Z > 0, file);
        }
    }

    [Theory]
    [InlineData(1, false, "q.nii")]
    [InlineData(1, true, "q.nii.gz")]
    [InlineData(2, false, "q.nii")]
    [InlineData(2, true, "q.nii.gz")]
    public void QformOnly_QuaternionWithNegativeQfac_GivesLpsDirection(int version, bool bigEndian, string name)
    {
        using var scratch = new ScratchFolder();
        double h = Math.Sqrt(0.5);
        var builder = new NiftiBuilder
        {
            Version = version, BigEndian = bigEndian, PixDim = [-1, 0.5, 0.75, 2, 0, 0, 0, 0],
            QformCode = 1, Quatern = [0, 0, h], QOffset = [10, -20, 30],
        };
        NiftiBuilder.Save(scratch.File(name), builder.File(builder.Int16Data(EightValues)));

        ImageData image = ImageReader.Read(scratch.File(name));

        // 90° about z: RAS columns (0,1,0), (−1,0,0); qfac −1 negates the third: (0,0,−1). LPS negates x and y.
        var expected = new Direction3(0, 1, 0, -1, 0, 0, 0, 0, -1);
        Assert.True(expected.ApproximatelyEquals(image.Geometry.Direction, 1e-7), image.Geometry.Direction.ToString());
        Assert.Equal(new Vector3D(-10, 20, 30), image.Geometry.Origin);
        Assert.Equal(new Vector3D(0.5, 0.75, 2), image.Geometry.Spacing);
        Assert.Equal(EightValues, (short[])image.Voxels);
    }

    [Theory]
    [InlineData(1, 1, "sform")] // sform SCANNER_ANAT wins over a different qform
    [InlineData(0, 2, "sform")] // no qform: an orthonormal sform of any code is used
    [InlineData(1, 2, "qform")] // ALIGNED_ANAT sform that disagrees with the qform: ITK keeps the qform
    public void SformOrQform_ChosenAsItkDoes(short qformCode, short sformCode, string expectedSource)
    {
        using var scratch = new ScratchFolder();
        // sform: axes permuted (x→A, y→R, z→S) with spacing 2, 3, 4 and offset (1, 2, 3).
        var builder = new NiftiBuilder
        {
            PixDim = [1, 2, 3, 4, 0, 0, 0, 0], QformCode = qformCode, SformCode = sformCode,
            QOffset = [5, 6, 7], Srow = [0, 3, 0, 1, 2, 0, 0, 2, 0, 0, 4, 3],
        };
        NiftiBuilder.Save(scratch.File("f.nii"), builder.File(builder.Int16Data(EightValues)));

        ImageGeometry g = ImageReader.Read(scratch.File("f.nii")).Geometry;

        if (expectedSource == "sform")
        {
            Assert.Equal(new Direction3(0, -1, 0, -1, 0, 0, 0, 0, 1), g.Direction);
            Assert.Equal(new Vector3D(-1, -2, 3), g.Origin);
        }
        else
        {
            Assert.Equal(new Direction3(-1, 0, 0, 0, -1, 0, 0, 0, 1), g.Direction);
            Assert.Equal(new Vector3D(-5, -6, 7), g.Origin);
        }

        Assert.Equal(new Vector3D(2, 3, 4), g.Spacing);
    }

    [Fact]
    public void SkewedSform_WithQform_FallsBackToQform()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder
        {
            QformCode = 1, SformCode = 1, QOffset = [1, 1, 1], Srow = [1, 0.5, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
        };
        NiftiBuilder.Save(scratch.File("s.nii"), builder.File(builder.Int16Data(EightValues)));

        Assert.Equal(new Vector3D(-1, -1, 1), ImageReader.Read(scratch.File("s.nii")).Geometry.Origin);
    }

    [Fact]
    public void SkewedSform_WithoutQform_IsRefusedLikeItk()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { SformCode = 1, Srow = [1, 0.5, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] };
        NiftiBuilder.Save(scratch.File("s.nii"), builder.File(builder.Int16Data(EightValues)));

        var e = Assert.Throws<ImageFormatException>(() => ImageReader.Read(scratch.File("s.nii")));
        Assert.Contains("orthonormal", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegerData_WithSlope_BecomesFloat32AsItk()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Slope = 0.5, Intercept = -1024 };
        NiftiBuilder.Save(scratch.File("s.nii"), builder.File(builder.Int16Data(EightValues)));

        ImageData image = ImageReader.Read(scratch.File("s.nii"));

        Assert.Equal(VoxelType.Float32, image.VoxelType);
        Assert.Equal(EightValues.Select(v => (float)(v * 0.5 - 1024)).ToArray(), (float[])image.Voxels);
    }

    [Theory]
    [InlineData(0.0, 0.0)]  // slope 0 means "no scaling"
    [InlineData(1.0, 0.0)]  // identity scaling
    [InlineData(double.NaN, 5.0)] // niftilib turns a non-finite slope into 0, then ITK into 1 (the intercept still applies)
    public void IdentityOrMissingSlope_KeepsOrPromotesAsItk(double slope, double intercept)
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Slope = slope, Intercept = intercept };
        NiftiBuilder.Save(scratch.File("s.nii"), builder.File(builder.Int16Data(EightValues)));

        ImageData image = ImageReader.Read(scratch.File("s.nii"));

        if (intercept == 0)
        {
            Assert.Equal(VoxelType.Int16, image.VoxelType);
            Assert.Equal(EightValues, (short[])image.Voxels);
        }
        else
        {
            Assert.Equal(VoxelType.Float32, image.VoxelType);
            Assert.Equal(EightValues.Select(v => (float)(v + intercept)).ToArray(), (float[])image.Voxels);
        }
    }

    [Fact]
    public void Float64Data_WithSlope_StaysFloat64()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Datatype = 64, Dim = [3, 2, 1, 1, 1, 1, 1, 1], Slope = 2, Intercept = 0.25 };
        byte[] data = [.. BitConverter.GetBytes(1.5), .. BitConverter.GetBytes(-3.0)];
        NiftiBuilder.Save(scratch.File("d.nii"), builder.File(data));

        ImageData image = ImageReader.Read(scratch.File("d.nii"));

        Assert.Equal(VoxelType.Float64, image.VoxelType);
        Assert.Equal([3.25, -5.75], (double[])image.Voxels);
    }

    [Fact]
    public void TwoDimensionalImage_HasUnitZ()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Dim = [2, 4, 2, 0, 0, 0, 0, 0], PixDim = [1, 0.5, 0.25, 0, 0, 0, 0, 0] };
        NiftiBuilder.Save(scratch.File("2d.nii"), builder.File(builder.Int16Data(EightValues)));

        ImageData image = ImageReader.Read(scratch.File("2d.nii"));

        Assert.Equal(new Size3(4, 2, 1), image.Geometry.Size);
        Assert.Equal(new Vector3D(0.5, 0.25, 1), image.Geometry.Spacing);
    }

    [Fact]
    public void FourDimensionalImage_WithSingletonTime_IsThreeDimensional()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Dim = [4, 2, 2, 2, 1, 1, 1, 1] };
        NiftiBuilder.Save(scratch.File("4d.nii"), builder.File(builder.Int16Data(EightValues)));

        Assert.Equal(new Size3(2, 2, 2), ImageReader.Read(scratch.File("4d.nii")).Geometry.Size);
    }

    [Fact]
    public void VectorIntent_FifthDimensionBecomesComponents()
    {
        using var scratch = new ScratchFolder();
        // 2×2×1 voxels, 2 components stored planar: component 0 = 1..4, component 1 = 10..40.
        var builder = new NiftiBuilder { Dim = [5, 2, 2, 1, 1, 2, 1, 1], IntentCode = 1007 };
        NiftiBuilder.Save(scratch.File("v.nii"), builder.File(builder.Int16Data(1, 2, 3, 4, 10, 20, 30, 40)));

        ImageData image = ImageReader.Read(scratch.File("v.nii"));

        Assert.Equal(2, image.Components);
        Assert.Equal(new short[] { 1, 10, 2, 20, 3, 30, 4, 40 }, (short[])image.Voxels);
    }

    [Theory]
    [InlineData("pair.hdr")]
    [InlineData("pair.img")]
    public void HeaderImagePair_ReadsFromEitherName(string open)
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Magic = "ni1", BigEndian = true };
        File.WriteAllBytes(scratch.File("pair.hdr"), builder.Header());
        File.WriteAllBytes(scratch.File("pair.img"), builder.Int16Data(EightValues));

        Assert.Equal(EightValues, (short[])ImageReader.Read(scratch.File(open)).Voxels);
    }

    [Fact]
    public void SpatialUnitsInMetres_ScaleSpacingToMillimetres()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { XyztUnits = 1, PixDim = [1, 0.002, 0.003, 0.004, 0, 0, 0, 0] };
        NiftiBuilder.Save(scratch.File("m.nii"), builder.File(builder.Int16Data(EightValues)));

        Vector3D spacing = ImageReader.Read(scratch.File("m.nii")).Geometry.Spacing;

        Assert.Equal(0.002f * 1e3, spacing.X);
        Assert.Equal(0.004f * 1e3, spacing.Z);
    }

    [Fact]
    public void ZeroPixdim_CountsAsOne()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { PixDim = [1, 0, 2, 0, 0, 0, 0, 0] };
        NiftiBuilder.Save(scratch.File("z.nii"), builder.File(builder.Int16Data(EightValues)));

        Assert.Equal(new Vector3D(1, 2, 1), ImageReader.Read(scratch.File("z.nii")).Geometry.Spacing);
    }

    [Fact]
    public void Writer_SetsQformAndSformLikeItk()
    {
        using var scratch = new ScratchFolder();
        ImageData image = IoTestImages.Make(VoxelType.Int16, new Size3(3, 2, 2));
        ImageWriter.Write(image, scratch.File("w.nii"));
        byte[] bytes = File.ReadAllBytes(scratch.File("w.nii"));

        short qformCode = BitConverter.ToInt16(bytes, 252), sformCode = BitConverter.ToInt16(bytes, 254);
        Assert.Equal((1, 1), (qformCode, sformCode));
        Assert.Equal(352f, BitConverter.ToSingle(bytes, 108));
        // srow_x[0] = −D00·sx, srow_z[3] = origin z.
        Assert.Equal((float)-image.Geometry.Direction[0, 0] * 0.75f, BitConverter.ToSingle(bytes, 280));
        Assert.Equal(7f, BitConverter.ToSingle(bytes, 324));
    }
}
