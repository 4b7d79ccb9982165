using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Tests;

/// <summary>
/// The series loader reads each slice's pixel bytes into the volume and decodes them there: every combination of
/// stored width and voxel width (narrower, equal, wider, floating point) gives stored × slope + intercept, with bits
/// above HighBit masked off and signed values sign-extended (PS3.5 §8.1.1), whatever the thread count.
/// </summary>
public sealed class SeriesFillTests
{
    // 70×90 = 6,300 values per slice: more than one decoding chunk, not a multiple of it.
    private const int Rows = 70, Columns = 90, Slices = 5;

    [Theory]
    [InlineData(12, false, 1.0, -1024.0, VoxelType.Int16)] // same width: decoded in place
    [InlineData(16, true, 1.0, -1024.0, VoxelType.Int32)] // wider: read into the slice's tail, widened front to back
    [InlineData(12, true, 2.0, 0.0, VoxelType.Int16)]
    [InlineData(10, false, -1.0, 100.0, VoxelType.Int16)] // negative slope
    [InlineData(16, false, 1.0, 0.0, VoxelType.UInt16)]
    [InlineData(16, false, 1.0, -1024.0, VoxelType.Int32)] // unsigned words widened with zero extension
    [InlineData(15, true, 3.0, 7.0, VoxelType.Int32)]
    [InlineData(16, false, 0.5, 3.25, VoxelType.Float64)]
    [InlineData(8, false, 1.0, 0.0, VoxelType.UInt8)] // narrower: via a staging buffer
    [InlineData(7, true, 1.0, 0.0, VoxelType.Int8)]
    public void LoadSeries_StoredWidthAndRescale_GivesStoredTimesSlopePlusIntercept(int bitsStored, bool signed, double slope, double intercept, VoxelType expectedType)
    {
        using var temp = new TempFolder();
        List<TestSlice> slices = Series(bitsStored, signed, slope, intercept);
        TestSlice.WriteAll(slices, temp.Path, TestSyntax.ExplicitLittle);

        ImageData image = DicomSeriesLoader.Load(temp.Path).Image;

        Assert.Equal(expectedType, image.VoxelType);
        for (int z = 0; z < Slices; z++)
        {
            for (int i = 0; i < Rows * Columns; i++)
            {
                double expected = StoredValue(slices[z].Stored[i], bitsStored, signed) * slope + intercept;
                Assert.Equal(expected, image.GetDouble((long)z * Rows * Columns + i));
            }
        }
    }

    [Theory]
    [InlineData(12, true, 1.0, -1024.0)] // decoded in place
    [InlineData(8, false, 1.0, 0.0)] // via a staging buffer
    public void LoadSeries_IntoAReturnedPoolBuffer_OverwritesEveryVoxel(int bitsStored, bool signed, double slope, double intercept)
    {
        using var temp = new TempFolder();
        TestSlice.WriteAll(Series(bitsStored, signed, slope, intercept), temp.Path, TestSyntax.ExplicitLittle);
        var pool = new Radiomics.IO.VoxelBufferPool(1);
        var options = new DicomLoadOptions { Buffers = pool };
        ImageData expected = DicomSeriesLoader.Load(temp.Path).Image;

        ImageData first = DicomSeriesLoader.Load(temp.Path, options).Image;
        System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
            ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(first.Voxels), Buffer.ByteLength(first.Voxels)).Fill(0xA5);
        pool.Return(first);
        ImageData second = DicomSeriesLoader.Load(temp.Path, options).Image;

        Assert.Same(first.Voxels, second.Voxels);
        Assert.Equal(expected.AsBytes().ToArray(), second.AsBytes().ToArray());
    }

    [Fact]
    public void LoadSeries_BigEndianWithHighBitsSet_MasksAndSignExtends()
    {
        using var temp = new TempFolder();
        List<TestSlice> slices = Series(12, signed: true, 1.0, -1024.0);
        TestSlice.WriteAll(slices, temp.Path, TestSyntax.ExplicitBig);

        ImageData image = DicomSeriesLoader.Load(temp.Path).Image;

        Assert.Equal(VoxelType.Int16, image.VoxelType);
        Assert.Equal(StoredValue(slices[3].Stored[17], 12, true) - 1024.0, image.GetDouble(3L * Rows * Columns + 17));
    }

    [Fact]
    public void LoadSeries_HeaderLongerThanTheScanProbe_ReadsPixelsAtTheRecordedOffset()
    {
        using var temp = new TempFolder();
        List<TestSlice> slices = Series(16, signed: true, 1.0, 0.0);
        for (int z = 0; z < slices.Count; z++)
        {
            // A 300 kB private value before the pixel data: the 16 KiB probe must grow (twice) to reach the pixel data.
            var elements = slices[z].Elements().Append(new TestElement(0x0009, 0x1005, "OB", Bytes: new byte[300_000]));
            File.WriteAllBytes(temp.Sub($"long{z}.dcm"), TestDicomWriter.Write(elements, TestSyntax.ExplicitLittle));
        }

        ImageData image = DicomSeriesLoader.Load(temp.Path).Image;

        for (int z = 0; z < Slices; z++)
        {
            Assert.Equal((double)slices[z].Stored[Rows * Columns - 1], image.GetDouble((z + 1L) * Rows * Columns - 1));
            Assert.Equal((double)slices[z].Stored[0], image.GetDouble((long)z * Rows * Columns));
        }
    }

    [Fact]
    public void LoadSeries_ScanProbeEndingExactlyBetweenElements_ReadsOnToThePixelData()
    {
        using var temp = new TempFolder();
        List<TestSlice> slices = Series(16, signed: true, 1.0, 0.0);
        for (int z = 0; z < slices.Count; z++)
        {
            // Size a private value so that it ends exactly where the first probe ends: the parse then stops cleanly
            // between two elements, with the image attributes and the pixel data still ahead.
            byte[] trial = TestDicomWriter.Write(slices[z].Elements().Append(new TestElement(0x0009, 0x1005, "OB", Bytes: new byte[1000])), TestSyntax.ExplicitLittle);
            int header = trial.AsSpan().IndexOf(new byte[] { 0x09, 0x00, 0x05, 0x10, (byte)'O', (byte)'B', 0, 0 });
            int length = Parsing.DicomFile.ScanProbeBytes - header - 12;
            byte[] file = TestDicomWriter.Write(slices[z].Elements().Append(new TestElement(0x0009, 0x1005, "OB", Bytes: new byte[length])), TestSyntax.ExplicitLittle);
            Assert.True(file.Length > Parsing.DicomFile.ScanProbeBytes);
            File.WriteAllBytes(temp.Sub($"edge{z}.dcm"), file);
        }

        ImageData image = DicomSeriesLoader.Load(temp.Path).Image;

        Assert.Equal(new Size3(Columns, Rows, Slices), image.Geometry.Size);
        Assert.Equal((double)slices[4].Stored[123], image.GetDouble(4L * Rows * Columns + 123));
    }

    [Fact]
    public void LoadSeries_FilesLargerThanTheScanProbe_HeaderFromThePooledProbeAndPixelsAtItsEnd()
    {
        using var temp = new TempFolder();
        List<TestSlice> slices = TestSlice.Synthetic(3, rows: 100, columns: 120);
        TestSlice.WriteAll(slices, temp.Path, TestSyntax.ExplicitLittle);
        Assert.All(Directory.GetFiles(temp.Path), f => Assert.True(new FileInfo(f).Length > Parsing.DicomFile.ScanProbeBytes));

        DicomSeries series = DicomSeriesLoader.Load(temp.Path);

        Assert.Equal(new Size3(120, 100, 3), series.Image.Geometry.Size);
        for (int z = 0; z < 3; z++)
        {
            Assert.Equal(slices[z].Stored[0] - 1024.0, series.Image.GetDouble(z * 12_000L));
            Assert.Equal(slices[z].Stored[^1] - 1024.0, series.Image.GetDouble((z + 1) * 12_000L - 1));
        }
    }

    [Fact]
    public void LoadSeries_AnyThreadCount_GivesIdenticalVoxels()
    {
        using var temp = new TempFolder();
        TestSlice.WriteAll(Series(16, signed: true, 1.0, -1024.0), temp.Path, TestSyntax.ExplicitLittle);

        byte[] one = DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { MaxDegreeOfParallelism = 1 }).Image.AsBytes().ToArray();
        byte[] three = DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { MaxDegreeOfParallelism = 3 }).Image.AsBytes().ToArray();
        byte[] any = DicomSeriesLoader.Load(temp.Path).Image.AsBytes().ToArray();

        Assert.Equal(one, three);
        Assert.Equal(one, any);
    }

    /// <summary>Axial slices whose 16-bit words carry noise above the stored bits (which the reader must ignore).</summary>
    private static List<TestSlice> Series(int bitsStored, bool signed, double slope, double intercept)
    {
        var random = new Random(6);
        var slices = new List<TestSlice>();
        for (int z = 0; z < Slices; z++)
        {
            var stored = new short[Rows * Columns];
            for (int i = 0; i < stored.Length; i++)
            {
                stored[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
            }

            slices.Add(new TestSlice("1.2.3.4.200", $"1.2.3.4.200.{z + 1}", new Vector3D(-5, -6, 2.0 * z), [1, 0, 0, 0, 1, 0],
                0.8, 0.8, Rows, Columns, stored, signed, slope, intercept, bitsStored));
        }

        return slices;
    }

    /// <summary>The low <paramref name="bits"/> bits of the word, sign-extended when signed (HighBit = BitsStored − 1).</summary>
    private static int StoredValue(short word, int bits, bool signed)
    {
        int value = (ushort)word & ((1 << bits) - 1);
        return signed && value >= 1 << (bits - 1) ? value - (1 << bits) : value;
    }
}
