using System.Buffers.Binary;
using System.Text;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>Each kind of bad input ends in its own clear <see cref="DicomFormatException"/>, never a crash.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Read_TruncatedFile_IsTruncatedError()
    {
        byte[] bytes = TestDicomWriter.Write(TestSlice.Synthetic(1)[0].Elements(), TestSyntax.ExplicitLittle);
        var e = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(bytes[..(bytes.Length * 7 / 10)], "cut.dcm"));
        Assert.Equal(DicomProblem.Truncated, e.Problem);
        Assert.StartsWith("cut.dcm: ", e.Message);
    }

    [Fact]
    public void LoadSeries_SliceWithTruncatedPixelData_IsTruncatedErrorNamingTheFile()
    {
        using var temp = new TempFolder();
        TestSlice.WriteAll(TestSlice.Synthetic(3), temp.Path, TestSyntax.ExplicitLittle);
        string victim = Directory.GetFiles(temp.Path).Order().ElementAt(1);
        byte[] bytes = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, bytes[..^20]);

        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Equal(DicomProblem.Truncated, e.Problem);
        Assert.Contains(Path.GetFileName(victim), e.Message);
    }

    [Fact]
    public void Read_LengthPastEndOfFile_SaysTheLengthExceedsTheFile()
    {
        byte[] bytes = TestDicomWriter.Write(TestSlice.Synthetic(1)[0].Elements(), TestSyntax.ExplicitLittle);
        int at = FindElement(bytes, 0x0008, 0x103E); // Series Description, LO: 16-bit length at +6
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 6), 0xFFF0);
        var e = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(bytes, "long.dcm"));
        Assert.Contains("declares 65520 bytes", e.Message);
    }

    [Fact]
    public void Read_UndefinedLengthOnPlainElement_IsInvalidLength()
    {
        byte[] bytes = TestDicomWriter.Write(TestSlice.Synthetic(1)[0].Elements(), TestSyntax.ExplicitLittle);
        int at = FindElement(bytes, 0x0009, 0x1003); // private OB: 32-bit length at +8
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 8), 0xFFFFFFFF);
        var e = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(bytes, "absurd.dcm"));
        Assert.Equal(DicomProblem.InvalidLength, e.Problem);
        Assert.Contains("undefined length", e.Message);
    }

    [Fact]
    public void Read_ItemLongerThanItsSequence_IsInvalidLength()
    {
        byte[] bytes = TestDicomWriter.Write(TestSlice.Synthetic(1)[0].Elements(), TestSyntax.ExplicitLittle);
        int at = FindElement(bytes, 0x0008, 0x1140); // Referenced Image Sequence, defined length; its item follows the 12-byte header
        uint itemLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 16));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 16), itemLength + 40);
        var e = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(bytes, "item.dcm"));
        Assert.Equal(DicomProblem.InvalidLength, e.Problem);
        Assert.Contains("enclosing", e.Message);
    }

    [Fact]
    public void LoadSeries_MissingSlice_IsMissingSliceErrorNamingPositions()
    {
        using var temp = new TempFolder();
        TestSlice.WriteAll(TestSlice.Synthetic(5), temp.Path, TestSyntax.ExplicitLittle);
        File.Delete(Directory.GetFiles(temp.Path).Order().ElementAt(2));

        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Equal(DicomProblem.MissingSlice, e.Problem);
        Assert.Contains("missing slice", e.Message);
        Assert.Contains("32.5 mm", e.Message);
        Assert.Contains("37.5 mm", e.Message);
    }

    [Fact]
    public void LoadSeries_DuplicatePosition_IsDuplicateError()
    {
        using var temp = new TempFolder();
        var slices = TestSlice.Synthetic(4);
        slices[2] = slices[2] with { Position = slices[1].Position };
        TestSlice.WriteAll(slices, temp.Path, TestSyntax.ExplicitLittle);

        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Equal(DicomProblem.DuplicatePosition, e.Problem);
        Assert.Contains("same position", e.Message);
    }

    [Fact]
    public void LoadSeries_MixedOrientations_IsMixedOrientationError()
    {
        using var temp = new TempFolder();
        var slices = TestSlice.Synthetic(4);
        slices[3] = slices[3] with { Orientation = [1, 0, 0, 0, 0, -1] };
        TestSlice.WriteAll(slices, temp.Path, TestSyntax.ExplicitLittle);

        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Equal(DicomProblem.MixedOrientation, e.Problem);
    }

    [Fact]
    public void LoadSeries_TwoSeriesInFolder_AsksToChooseAndLoadsTheChosenOne()
    {
        using var temp = new TempFolder();
        TestSlice.WriteAll(TestSlice.Synthetic(3, seriesUid: "1.2.3.4.100"), temp.Sub("a"), TestSyntax.ExplicitLittle);
        TestSlice.WriteAll(TestSlice.Synthetic(2, seriesUid: "1.2.3.4.200"), temp.Sub("b/nested"), TestSyntax.ImplicitLittle);
        File.WriteAllText(temp.Sub("notes.txt"), "not DICOM");

        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Equal(DicomProblem.AmbiguousSeries, e.Problem);
        DicomSeries chosen = DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { SeriesInstanceUid = "1.2.3.4.200" });
        Assert.Equal(new Size3(6, 8, 2), chosen.Image.Geometry.Size);
        Assert.Contains(chosen.Notes, n => n.Contains("skipped 1 file"));
    }

    [Fact]
    public void LoadMask_RtstructOfAnotherSeries_IsReferencesOtherSeriesError()
    {
        string source = TestData.Require("ibsi1/ct_phantom/dicom/image");
        string rtstruct = Directory.GetFiles(TestData.Require("ibsi1/ct_phantom/dicom/mask")).Single();
        using var temp = new TempFolder();
        TestSlice.WriteAll(TestSlice.FromFolder(source).Select(s => s with { SeriesUid = "1.2.3.999" }), temp.Path, TestSyntax.ExplicitLittle);
        DicomSeries other = DicomSeriesLoader.Load(temp.Path);

        var e = Assert.Throws<DicomFormatException>(() => DicomInput.LoadMask(rtstruct, other, "GTV-1"));
        Assert.Equal(DicomProblem.ReferencesOtherSeries, e.Problem);
        Assert.Contains("1.2.3.999", e.Message);
    }

    [Theory]
    [InlineData("Empty", "has no contours")]
    [InlineData("Outside", "covers no voxel")]
    public void LoadMask_EmptyRoi_IsEmptyRoiError(string roi, string expected)
    {
        using var temp = new TempFolder();
        var slices = TestSlice.Synthetic(3);
        TestSlice.WriteAll(slices, temp.Sub("image"), TestSyntax.ExplicitLittle);
        string rtstruct = temp.Sub("rs.dcm");
        File.WriteAllBytes(rtstruct, TestDicomWriter.Write(StructureSet(slices[0]), TestSyntax.ExplicitLittle));
        DicomSeries series = DicomSeriesLoader.Load(temp.Sub("image"));

        var e = Assert.Throws<DicomFormatException>(() => DicomInput.LoadMask(rtstruct, series, roi));
        Assert.Equal(DicomProblem.EmptyRoi, e.Problem);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void LoadMask_SmallSquareRoi_RasterisesVoxelCentresInside()
    {
        using var temp = new TempFolder();
        var slices = TestSlice.Synthetic(3);
        TestSlice.WriteAll(slices, temp.Sub("image"), TestSyntax.ExplicitLittle);
        string rtstruct = temp.Sub("rs.dcm");
        File.WriteAllBytes(rtstruct, TestDicomWriter.Write(StructureSet(slices[0]), TestSyntax.ImplicitLittle));
        DicomSeries series = DicomSeriesLoader.Load(temp.Sub("image"));

        ImageData mask = DicomInput.LoadMask(rtstruct, series, "square");
        // Square from x index 0.6..3.4 and y index 0.6..2.4 on slice 1 (a plane 0.4 slice away from it): centres 1..3 × 1..2.
        var inside = Enumerable.Range(0, (int)mask.Geometry.VoxelCount).Where(i => mask.GetDouble(i) != 0)
            .Select(i => mask.Geometry.Size.IndexOf(i)).ToList();
        Assert.Equal(6, inside.Count);
        Assert.All(inside, i => Assert.True(i.Z == 1 && i.X is >= 1 and <= 3 && i.Y is >= 1 and <= 2, i.ToString()));
    }

    /// <summary>An RTSTRUCT over the synthetic series: "Empty" without contours, "Outside" far away, "square" on slice 1.</summary>
    private static List<TestElement> StructureSet(TestSlice first)
    {
        string frame = first.FrameOfReferenceUid;
        // Index (i, j, k) → physical: x = -10 + 0.75 i, y = -20 + 0.5 j, z = 30 + 2.5 k.
        string square = Points((0.6, 0.6), (3.4, 0.6), (3.4, 2.4), (0.6, 2.4), k: 1.4);
        string far = Points((100, 100), (101, 100), (101, 101), (100, 101), k: 1);
        return
        [
            new(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.481.3"),
            new(0x0008, 0x0018, "UI", "1.2.3.4.5.77"),
            new(0x0008, 0x0060, "CS", "RTSTRUCT"),
            new(0x3006, 0x0010, "SQ", Items: [[
                new TestElement(0x0020, 0x0052, "UI", frame),
                new TestElement(0x3006, 0x0012, "SQ", Items: [[
                    new TestElement(0x3006, 0x0014, "SQ", Items: [[new TestElement(0x0020, 0x000E, "UI", first.SeriesUid)]]),
                ]]),
            ]]),
            new(0x3006, 0x0020, "SQ", Items:
            [
                [new TestElement(0x3006, 0x0022, "IS", "1"), new TestElement(0x3006, 0x0024, "UI", frame), new TestElement(0x3006, 0x0026, "LO", "Empty")],
                [new TestElement(0x3006, 0x0022, "IS", "2"), new TestElement(0x3006, 0x0024, "UI", frame), new TestElement(0x3006, 0x0026, "LO", "Outside")],
                [new TestElement(0x3006, 0x0022, "IS", "3"), new TestElement(0x3006, 0x0024, "UI", frame), new TestElement(0x3006, 0x0026, "LO", "square")],
            ]),
            new(0x3006, 0x0039, "SQ", Items:
            [
                [new TestElement(0x3006, 0x0084, "IS", "2"), Contours(far)],
                [new TestElement(0x3006, 0x0084, "IS", "3"), Contours(square)],
            ]),
        ];
    }

    private static TestElement Contours(string points) =>
        new(0x3006, 0x0040, "SQ", Items: [[
            new TestElement(0x3006, 0x0042, "CS", "CLOSED_PLANAR"),
            new TestElement(0x3006, 0x0046, "IS", "4"),
            new TestElement(0x3006, 0x0050, "DS", points),
        ]]);

    private static string Points((double I, double J) a, (double I, double J) b, (double I, double J) c, (double I, double J) d, double k)
    {
        var sb = new StringBuilder();
        foreach (var (i, j) in new[] { a, b, c, d })
        {
            sb.Append(FormattableString.Invariant($"{-10 + 0.75 * i}\\{-20 + 0.5 * j}\\{30 + 2.5 * k}\\"));
        }

        return sb.ToString().TrimEnd('\\');
    }

    /// <summary>The offset of an element header with this tag (explicit VR little endian), searched after the meta group.</summary>
    private static int FindElement(byte[] bytes, ushort group, ushort element)
    {
        Span<byte> tag = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(tag, group);
        BinaryPrimitives.WriteUInt16LittleEndian(tag[2..], element);
        int at = bytes.AsSpan(132).IndexOf(tag);
        Assert.True(at >= 0, $"({group:X4},{element:X4}) not found");
        return at + 132;
    }
}
