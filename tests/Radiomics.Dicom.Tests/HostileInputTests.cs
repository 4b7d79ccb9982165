using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.IO;

namespace Radiomics.Dicom.Tests;

/// <summary>
/// Issue #25 for DICOM: forged frame counts, deflate bombs, non-finite geometry and rescales, hostile contour points
/// and ROI patterns end in one <see cref="DicomFormatException"/> naming the file and attribute, quickly and without
/// large allocations.
/// </summary>
public sealed class HostileInputTests
{
    private const long AllocationBudget = 64 << 20;

    [Fact]
    public void LoadSeries_NumberOfFramesBillion_RefusedBeforeListingFrames()
    {
        using var temp = new TempFolder();
        WriteSeries(temp.Path, (_, e) => Replace(e, new TestElement(0x0028, 0x0008, "IS", "1000000000")));

        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < AllocationBudget);
        Assert.Contains("1000000000 frame(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadSeries_MoreVoxelsThanTheLimit_RefusedNamingTheLimit()
    {
        using var temp = new TempFolder();
        WriteSeries(temp.Path, (_, e) => e);
        var error = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { Limits = new InputLimits { MaxVoxels = 100 } }));
        Assert.Contains("more than the limit of 100 voxels", error.Message, StringComparison.Ordinal);
        Assert.Equal(144, DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { Limits = new InputLimits { MaxVoxels = 144 } }).Image.Geometry.Size.VoxelCount);
    }

    [Theory]
    [InlineData(0x0020, 0x0032, "NaN\\-20\\30", "ImagePositionPatient")]
    [InlineData(0x0020, 0x0032, "1e308\\-20\\30", "ImagePositionPatient")]
    [InlineData(0x0020, 0x0037, "NaN\\0\\0\\0\\1\\0", "ImageOrientationPatient")]
    [InlineData(0x0028, 0x0030, "NaN\\0.75", "PixelSpacing")]
    [InlineData(0x0028, 0x1053, "NaN", "RescaleSlope")]
    [InlineData(0x0028, 0x1052, "Infinity", "RescaleIntercept")]
    public void LoadSeries_NonFiniteGeometryOrRescale_RefusedNamingTheAttribute(ushort group, ushort element, string value, string attribute)
    {
        using var temp = new TempFolder();
        WriteSeries(temp.Path, (z, e) => z == 0 ? Replace(e, new TestElement(group, element, "DS", value)) : e);
        var error = Assert.Throws<DicomFormatException>(() => DicomSeriesLoader.Load(temp.Path));
        Assert.Contains(attribute, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeflatedDataSetBeyondItsHeader_StopsAtTheImpliedSize()
    {
        byte[] file = DeflatedWithPixels(declaredPixelBytes: 96, trailingBytes: 32 << 20);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(file, "bomb.dcm"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < AllocationBudget, "the bomb was inflated");
        Assert.Contains("its header implies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeflatedPixelLengthBeyondRowsColumnsFrames_Refused()
    {
        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(DeflatedWithPixels(declaredPixelBytes: 1 << 30, trailingBytes: 1 << 20), "lie.dcm"));
        Assert.Contains("need 96", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeflatedWithinItsHeader_Parses()
    {
        DicomFile file = DicomFile.Parse(DeflatedWithPixels(declaredPixelBytes: 96, trailingBytes: 0), "fine.dcm");
        Assert.Equal(96, file.Dataset.Get(DicomTags.PixelData)!.Value.Length);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e308)]
    public void StructureSet_NonFiniteOrAbsurdContourPoint_RefusedNamingContourData(double coordinate)
    {
        string points = string.Join('\\', new[] { -9.0, -19, 32.5, -7, -19, 32.5, coordinate, -17.5, 32.5 }.Select(p => p.ToString("R", CultureInfo.InvariantCulture)));
        DicomFile file = DicomFile.Parse(TestDicomWriter.Write(StructureSet(("GTV", points)), TestSyntax.ExplicitLittle), "rs.dcm");
        var error = Assert.Throws<DicomFormatException>(() => RtStructureSet.FromFile(file));
        Assert.Contains("ContourData", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_InvalidRegex_RoiNotFoundNamingThePattern()
    {
        RtStructureSet set = RtStructureSet.FromFile(DicomFile.Parse(TestDicomWriter.Write(StructureSet(("GTV", Square)), TestSyntax.ExplicitLittle), "rs.dcm"));
        var error = Assert.Throws<DicomFormatException>(() => set.Find("regex:(["));
        Assert.Equal(DicomProblem.RoiNotFound, error.Problem);
        Assert.Contains("not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_CatastrophicRegexOnLongName_AnswersQuickly()
    {
        RtStructureSet set = RtStructureSet.FromFile(DicomFile.Parse(TestDicomWriter.Write(
            StructureSet(("GTV", Square), (new string('a', 5000) + "!", Square)), TestSyntax.ExplicitLittle), "rs.dcm"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<DicomFormatException>(() => set.Find("regex:(a+)+$"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(DicomProblem.RoiNotFound, error.Problem);
    }

    [Fact]
    public void Find_RoiNamesWithControlCharacters_EscapedInTheMessage()
    {
        RtStructureSet set = RtStructureSet.FromFile(DicomFile.Parse(TestDicomWriter.Write(StructureSet(("\u001b[2Jevil", Square)), TestSyntax.ExplicitLittle), "rs.dcm"));
        var error = Assert.Throws<DicomFormatException>(() => set.Find("nope"));
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("\\x1B[2Jevil", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamedPipe_RefusedWithoutBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes need Linux or macOS");
        using var temp = new TempFolder();
        WriteSeries(temp.Path, (_, e) => e);
        var mkfifo = System.Diagnostics.Process.Start("mkfifo", temp.Sub("slice9.dcm"));
        mkfifo.WaitForExit();
        Assert.SkipWhen(mkfifo.ExitCode != 0, "mkfifo is not available");

        var load = Task.Run(() => Record.Exception(() => DicomSeriesLoader.Load(temp.Path)));
        Assert.True(load.Wait(TimeSpan.FromSeconds(10)), "loading blocked on the pipe");
        Assert.Contains("named pipe", Assert.IsType<DicomFormatException>(load.Result).Message, StringComparison.Ordinal);
    }

    private const string Square = "-9\\-19\\32.5\\-7\\-19\\32.5\\-7\\-17.5\\32.5\\-9\\-17.5\\32.5";

    private static void WriteSeries(string folder, Func<int, IReadOnlyList<TestElement>, IEnumerable<TestElement>> edit)
    {
        int z = 0;
        foreach (TestSlice slice in TestSlice.Synthetic(3, rows: 8, columns: 6))
        {
            File.WriteAllBytes(Path.Combine(folder, $"slice{z}.dcm"), TestDicomWriter.Write(edit(z, slice.Elements()), TestSyntax.ExplicitLittle));
            z++;
        }
    }

    private static IEnumerable<TestElement> Replace(IEnumerable<TestElement> elements, TestElement replacement) =>
        elements.Where(e => e.Tag != replacement.Tag).Append(replacement);

    /// <summary>A deflated data set: 8 × 6 16-bit pixels declared with <paramref name="declaredPixelBytes"/>, then zeros.</summary>
    private static byte[] DeflatedWithPixels(uint declaredPixelBytes, int trailingBytes)
    {
        byte[] plain = TestDicomWriter.Write(
            [new(0x0008, 0x0060, "CS", "CT"), new(0x0028, 0x0010, "US", Shorts: [8]), new(0x0028, 0x0011, "US", Shorts: [6]), new(0x0028, 0x0100, "US", Shorts: [16])],
            TestSyntax.ExplicitLittle, preamble: false);
        int body = 12 + (int)BinaryPrimitives.ReadUInt32LittleEndian(plain.AsSpan(8));
        var data = new MemoryStream();
        data.Write(plain.AsSpan(body));
        data.Write([0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'B', 0, 0]);
        data.Write(BitConverter.GetBytes(declaredPixelBytes));
        data.Write(new byte[96 + trailingBytes]);
        var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            data.Position = 0;
            data.CopyTo(deflate);
        }

        byte[] meta = TestDicomWriter.Write([], TestSyntax.Deflated);
        return [.. meta, .. deflated.ToArray()];
    }

    private static List<TestElement> StructureSet(params (string Name, string Points)[] rois) =>
    [
        new(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.481.3"),
        new(0x0008, 0x0060, "CS", "RTSTRUCT"),
        new(0x3006, 0x0020, "SQ", Items: rois.Select((r, i) => (IReadOnlyList<TestElement>)
            [new TestElement(0x3006, 0x0022, "IS", (i + 1).ToString(CultureInfo.InvariantCulture)), new TestElement(0x3006, 0x0026, "LO", r.Name)]).ToList()),
        new(0x3006, 0x0039, "SQ", Items: rois.Select((r, i) => (IReadOnlyList<TestElement>)
        [
            new TestElement(0x3006, 0x0084, "IS", (i + 1).ToString(CultureInfo.InvariantCulture)),
            new TestElement(0x3006, 0x0040, "SQ", Items: [[new TestElement(0x3006, 0x0042, "CS", "CLOSED_PLANAR"), new TestElement(0x3006, 0x0050, "DS", r.Points)]]),
        ]).ToList()),
    ];
}
