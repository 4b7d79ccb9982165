using System.Buffers.Binary;
using System.Text;
using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// Writes a data set as a DICOM Part 10 file (PS3.10 §7.1): a 128-byte zero preamble, "DICM", the file meta group
/// with its group length (0002,0000), then the data set, all in Explicit VR Little Endian (PS3.5 §7.1.2). Sequences
/// and items are always written with undefined length and closed by delimitation items (PS3.5 §7.5.2), so nothing
/// has to be measured before it is written. Text values are padded to even length (UI with NUL, others with space)
/// and encoded in the data set's Specific Character Set: none (ASCII), ISO_IR 100 (Latin-1) or ISO_IR 192 (UTF-8);
/// a data set without one that holds non-ASCII text gets ISO_IR 192.
/// </summary>
internal static class Part10Writer
{
    /// <summary>Explicit VR Little Endian, the one transfer syntax written.</summary>
    public const string TransferSyntaxUid = "1.2.840.10008.1.2.1";

    /// <summary>(0002,0013): this implementation's name and version (an SH, at most 16 characters).</summary>
    public static string ImplementationVersionName { get; } = ("RADIOMICSNET_" + SoftwareVersion.Short.Replace(".", string.Empty, StringComparison.Ordinal)) is { Length: <= 16 } name
        ? name
        : "RADIOMICSNET";

    /// <summary>The Part 10 file of <paramref name="dataset"/>, which must hold its SOP Class and SOP Instance UIDs.</summary>
    public static byte[] Encode(DicomWriteDataset dataset)
    {
        using var stream = new MemoryStream();
        Write(stream, dataset);
        return stream.ToArray();
    }

    public static void Write(Stream stream, DicomWriteDataset dataset)
    {
        Encoding encoding = ChooseEncoding(dataset);
        string sopClass = dataset.Get(DicomTags.SopClassUid)?.Text ?? throw new InvalidOperationException("the data set has no SOP Class UID");
        string sopInstance = dataset.Get(DicomTags.SopInstanceUid)?.Text ?? throw new InvalidOperationException("the data set has no SOP Instance UID");

        var meta = new DicomWriteDataset()
            .Bytes(WriterTags.FileMetaInformationVersion, "OB", [0, 1])
            .Text(WriterTags.MediaStorageSopClassUid, "UI", sopClass)
            .Text(WriterTags.MediaStorageSopInstanceUid, "UI", sopInstance)
            .Text(DicomTags.TransferSyntaxUid, "UI", TransferSyntaxUid)
            .Text(WriterTags.ImplementationClassUid, "UI", DicomUidGenerator.ImplementationClassUid)
            .Text(WriterTags.ImplementationVersionName, "SH", ImplementationVersionName);
        using var metaBody = new MemoryStream();
        WriteDataset(metaBody, meta, Encoding.ASCII);

        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        Span<byte> groupLength = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, checked((uint)metaBody.Length));
        WriteHeader(stream, WriterTags.FileMetaInformationGroupLength, "UL", 4);
        stream.Write(groupLength);
        metaBody.WriteTo(stream);
        WriteDataset(stream, dataset, encoding);
    }

    private static void WriteDataset(Stream stream, DicomWriteDataset dataset, Encoding encoding)
    {
        foreach (WriteElement element in dataset.Elements)
        {
            if (element.Items is { } items)
            {
                WriteHeader(stream, element.Tag, "SQ", uint.MaxValue);
                foreach (DicomWriteDataset item in items)
                {
                    WriteDelimiter(stream, DicomTags.Item, uint.MaxValue);
                    WriteDataset(stream, item, encoding);
                    WriteDelimiter(stream, DicomTags.ItemDelimitation, 0);
                }

                WriteDelimiter(stream, DicomTags.SequenceDelimitation, 0);
                continue;
            }

            byte[] value = element.Bytes ?? encoding.GetBytes(element.Text!);
            bool odd = (value.Length & 1) == 1;
            long length = value.Length + (odd ? 1 : 0);
            if (!IsLongVr(element.Vr) && length > ushort.MaxValue - 1)
            {
                throw new DicomWriteException($"{element.Tag} {element.Vr}", $"the value is {length} bytes, more than a {element.Vr} element can hold (65534)");
            }

            WriteHeader(stream, element.Tag, element.Vr, checked((uint)length));
            stream.Write(value);
            if (odd)
            {
                stream.WriteByte(DicomValueRules.IsText(element.Vr) ? DicomValueRules.PaddingOf(element.Vr) : (byte)0);
            }
        }
    }

    /// <summary>Tag, VR and length of an explicit VR little endian element (PS3.5 Table 7.1-1 and 7.1-2).</summary>
    private static void WriteHeader(Stream stream, DicomTag tag, string vr, uint length)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        header[4] = (byte)vr[0];
        header[5] = (byte)vr[1];
        if (IsLongVr(vr))
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            stream.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
            stream.Write(header[..8]);
        }
    }

    private static void WriteDelimiter(Stream stream, DicomTag tag, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        stream.Write(header);
    }

    /// <summary>VRs with a reserved field and a 32-bit length in explicit VR (PS3.5 §7.1.2).</summary>
    private static bool IsLongVr(string vr) => vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV";

    /// <summary>The encoding of the data set's text, setting ISO_IR 192 when it needs one and names none.</summary>
    private static Encoding ChooseEncoding(DicomWriteDataset dataset)
    {
        WriteElement? declared = dataset.Get(WriterTags.SpecificCharacterSet);
        string charset = declared is null ? string.Empty
            : (declared.Text ?? Encoding.ASCII.GetString(declared.Bytes!)).Trim(' ', '\0');
        string? nonAscii = FirstNonAscii(dataset);
        switch (charset)
        {
            case "ISO_IR 192":
                return new UTF8Encoding(false, true);
            case "ISO_IR 100":
                return nonAscii is not null && nonAscii.Any(c => c > 0xFF)
                    ? throw new DicomWriteException("(0008,0005) Specific Character Set", $"the source's ISO_IR 100 (Latin-1) cannot hold the text '{nonAscii}'")
                    : Encoding.Latin1;
            case "" or "ISO_IR 6" when nonAscii is not null:
                dataset.Text(WriterTags.SpecificCharacterSet, "CS", "ISO_IR 192");
                return new UTF8Encoding(false, true);
            case "" or "ISO_IR 6":
                return Encoding.ASCII;
            default:
                return nonAscii is not null
                    ? throw new DicomWriteException("(0008,0005) Specific Character Set", $"the source's character set '{charset}' is not one this writer encodes, so the text '{nonAscii}' cannot be written; use ASCII text")
                    : Encoding.ASCII;
        }
    }

    /// <summary>The first text value (of this writer's own, not copied bytes) that holds a non-ASCII character.</summary>
    private static string? FirstNonAscii(DicomWriteDataset dataset)
    {
        foreach (WriteElement element in dataset.Elements)
        {
            if (element.Text is { } text && !Ascii.IsValid(text))
            {
                return text;
            }

            foreach (DicomWriteDataset item in element.Items ?? [])
            {
                if (FirstNonAscii(item) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
