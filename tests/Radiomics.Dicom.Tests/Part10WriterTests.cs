using System.Buffers.Binary;
using System.Text;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Tests;

/// <summary>The Part 10 encoding of <see cref="Part10Writer"/>, and the value checks of <see cref="DicomWriteDataset"/>.</summary>
public sealed class Part10WriterTests
{
    private static DicomWriteDataset Minimal() => new DicomWriteDataset()
        .Text(DicomTags.SopClassUid, "UI", "1.2.840.10008.5.1.4.1.1.7")
        .Text(DicomTags.SopInstanceUid, "UI", "2.25.1234")
        .Text(DicomTags.Modality, "CS", "OT")
        .Text(DicomTags.SeriesDescription, "LO", "odd")
        .Sequence(DicomTags.ReferencedSeriesSequence, new DicomWriteDataset().Text(DicomTags.SeriesInstanceUid, "UI", "1.2.3"), new DicomWriteDataset())
        .Sequence(WriterTags.PerformedProcedureCodeSequence)
        .Decimals(DicomTags.PixelSpacing, 0.5, 1.0 / 3)
        .UInt16(DicomTags.Rows, 512);

    [Fact]
    public void Encode_HasPreambleMetaGroupLengthAndPadding()
    {
        byte[] bytes = Part10Writer.Encode(Minimal());

        Assert.All(bytes[..128], b => Assert.Equal(0, b));
        Assert.Equal("DICM"u8.ToArray(), bytes[128..132]);
        Assert.Equal([0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L', 4, 0], bytes[132..140]);
        uint groupLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        int afterMeta = 144 + (int)groupLength;
        Assert.Equal(0x0008, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(afterMeta)));
        Assert.Equal(0x0002, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(afterMeta - (int)groupLength)));

        DicomFile file = DicomFile.Parse(bytes, "minimal.dcm");
        DicomElement uid = file.Dataset.Get(DicomTags.SopInstanceUid)!;
        Assert.Equal("2.25.1234\0"u8.ToArray(), uid.Value.ToArray());
        Assert.Equal("odd "u8.ToArray(), file.Dataset.Get(DicomTags.SeriesDescription)!.Value.ToArray());
        Assert.Equal(2, file.Dataset.GetSequence(DicomTags.ReferencedSeriesSequence).Count);
        Assert.Equal([0.5, 0.33333333333333], file.Dataset.GetNumbers(DicomTags.PixelSpacing));
        Assert.Equal(512, file.Dataset.GetUInt16(DicomTags.Rows));
        Assert.Equal(TransferSyntax.ExplicitVrLittleEndian, file.TransferSyntax);
    }

    [Fact]
    public void Encode_IsReadByDcmdumpWithoutComplaint()
    {
        using var temp = new TempFolder();
        string path = temp.Sub("minimal.dcm");
        File.WriteAllBytes(path, Part10Writer.Encode(Minimal()));

        DicomTools.Output dump = DicomTools.Run("dcmdump", "-q", "+E", path);

        Assert.Equal(0, dump.ExitCode);
        Assert.Equal(string.Empty, dump.StandardError.Trim());
        Assert.Contains("(0008,103e) LO [odd]", dump.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(0002,0000) UL", dump.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LO", 65, "is 65 characters long, more than the 64 allowed")]
    [InlineData("SH", 17, "is 17 characters long, more than the 16 allowed")]
    [InlineData("CS", 17, "is 17 characters long, more than the 16 allowed")]
    public void Text_TooLongForItsVr_IsRefusedNamingTheTag(string vr, int length, string problem)
    {
        var e = Assert.Throws<DicomWriteException>(() => new DicomWriteDataset().Text(DicomTags.SeriesDescription, vr, new string('A', length)));

        Assert.Contains("(0008,103E)", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CS", "lower")]
    [InlineData("UI", "1.02.3")]
    [InlineData("DS", "1,5")]
    [InlineData("DA", "20261340")]
    [InlineData("LO", "a\\b")]
    public void Text_OutsideItsVrsRepertoire_IsRefused(string vr, string value)
    {
        Assert.Throws<DicomWriteException>(() => new DicomWriteDataset().Text(DicomTags.SeriesDescription, vr, value));
    }

    [Fact]
    public void CopyFrom_InvalidSourceValue_IsKeptAndReportedAsInherited()
    {
        DicomDataset source = DicomFile.Parse(TestDicomWriter.Write(
            [new TestElement(0x0020, 0x0010, "SH", "STUDY-ID-17-CHARS"), new TestElement(0x0010, 0x0040, "CS", "m")], TestSyntax.ExplicitLittle), "source.dcm").Dataset;
        var inherited = new List<string>();

        var target = new DicomWriteDataset()
            .CopyFrom(source, WriterTags.StudyId, "SH", type2: true, inherited)
            .CopyFrom(source, WriterTags.PatientSex, "CS", type2: true, inherited)
            .CopyFrom(source, WriterTags.AccessionNumber, "SH", type2: true, inherited);

        Assert.Equal("STUDY-ID-17-CHARS"u8.ToArray(), target.Get(WriterTags.StudyId)!.Bytes);
        Assert.Equal(2, inherited.Count);
        Assert.Contains("(0020,0010) SH 'STUDY-ID-17-CHARS' copied from source.dcm is 17 characters long", inherited[0], StringComparison.Ordinal);
        Assert.Contains("(0010,0040) CS 'm'", inherited[1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, target.Get(WriterTags.AccessionNumber)!.Text);
    }

    [Fact]
    public void Encode_NonAsciiText_SetsIsoIr192AndWritesUtf8()
    {
        byte[] bytes = Part10Writer.Encode(Minimal().Text(DicomTags.SeriesDescription, "LO", "Läsion"));

        DicomDataset ds = DicomFile.Parse(bytes, "utf8.dcm").Dataset;
        Assert.Equal("ISO_IR 192", ds.GetString(WriterTags.SpecificCharacterSet));
        Assert.Equal(Encoding.UTF8.GetBytes("Läsion"), ds.Get(DicomTags.SeriesDescription)!.Value.ToArray()[..7]);
    }

    [Fact]
    public void Encode_NonAsciiTextWithAnUnsupportedSourceCharacterSet_IsRefused()
    {
        DicomWriteDataset ds = Minimal().Text(WriterTags.SpecificCharacterSet, "CS", "ISO_IR 144").Text(DicomTags.SeriesDescription, "LO", "Läsion");

        var e = Assert.Throws<DicomWriteException>(() => Part10Writer.Encode(ds));
        Assert.Contains("ISO_IR 144", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ShortVrValueOver65534Bytes_IsRefused()
    {
        DicomWriteDataset ds = Minimal().Texts(DicomTags.ImagePositionPatient, "DS", Enumerable.Repeat("1.25", 20000).ToArray());

        Assert.Throws<DicomWriteException>(() => Part10Writer.Encode(ds));
    }
}
