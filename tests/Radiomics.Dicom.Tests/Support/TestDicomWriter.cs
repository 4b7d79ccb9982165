using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>The transfer syntaxes the test writer can produce.</summary>
public enum TestSyntax
{
    ExplicitLittle,
    ImplicitLittle,
    ExplicitBig,
    Deflated,
    Rle,
}

/// <summary>An element to write: a text value, unsigned shorts, 16-bit pixels, raw bytes, or sequence items.</summary>
public sealed record TestElement(ushort Group, ushort Element, string Vr, string? Text = null, ushort[]? Shorts = null, short[]? Pixels = null,
    byte[]? Bytes = null, IReadOnlyList<IReadOnlyList<TestElement>>? Items = null)
{
    public uint Tag => ((uint)Group << 16) | Element;
}

/// <summary>
/// A small test-only DICOM Part 10 writer, written from PS3.5/PS3.10 like the reader but independently of it: it
/// re-encodes element lists in each supported transfer syntax, optionally with undefined-length sequences and items,
/// so the reader can be checked to give identical results whatever the encoding.
/// </summary>
public static class TestDicomWriter
{
    public static string Uid(TestSyntax syntax) => syntax switch
    {
        TestSyntax.ExplicitLittle => "1.2.840.10008.1.2.1",
        TestSyntax.ImplicitLittle => "1.2.840.10008.1.2",
        TestSyntax.ExplicitBig => "1.2.840.10008.1.2.2",
        TestSyntax.Deflated => "1.2.840.10008.1.2.1.99",
        _ => "1.2.840.10008.1.2.5",
    };

    public static byte[] Write(IEnumerable<TestElement> elements, TestSyntax syntax, bool undefinedLengths = false, bool preamble = true)
    {
        var meta = new MemoryStream();
        var metaElements = new List<TestElement>
        {
            new(0x0002, 0x0001, "OB", Bytes: [0, 1]),
            new(0x0002, 0x0010, "UI", Uid(syntax)),
        };
        var metaBody = new MemoryStream();
        foreach (TestElement e in metaElements)
        {
            WriteElement(metaBody, e, explicitVr: true, bigEndian: false, undefinedLengths: false, rle: false);
        }

        WriteElement(meta, new TestElement(0x0002, 0x0000, "UL", Bytes: BitConverter.GetBytes((uint)metaBody.Length)), true, false, false, false);
        metaBody.WriteTo(meta);

        var body = new MemoryStream();
        bool explicitVr = syntax != TestSyntax.ImplicitLittle;
        bool bigEndian = syntax == TestSyntax.ExplicitBig;
        foreach (TestElement e in elements.OrderBy(e => e.Tag))
        {
            WriteElement(body, e, explicitVr, bigEndian, undefinedLengths, syntax == TestSyntax.Rle);
        }

        var file = new MemoryStream();
        if (preamble)
        {
            file.Write(new byte[128]);
            file.Write("DICM"u8);
        }

        meta.WriteTo(file);
        if (syntax == TestSyntax.Deflated)
        {
            using var deflate = new DeflateStream(file, CompressionLevel.Fastest, leaveOpen: true);
            body.WriteTo(deflate);
        }
        else
        {
            body.WriteTo(file);
        }

        return file.ToArray();
    }

    private static void WriteElement(Stream s, TestElement e, bool explicitVr, bool bigEndian, bool undefinedLengths, bool rle)
    {
        if (e.Items is not null)
        {
            WriteHeader(s, e.Group, e.Element, "SQ", undefinedLengths ? 0xFFFFFFFF : 0, explicitVr, bigEndian, lengthKnown: undefinedLengths);
            var content = new MemoryStream();
            foreach (var item in e.Items)
            {
                var itemBody = new MemoryStream();
                foreach (TestElement child in item.OrderBy(c => c.Tag))
                {
                    WriteElement(itemBody, child, explicitVr, bigEndian, undefinedLengths, rle);
                }

                WriteTagLength(content, 0xFFFE, 0xE000, undefinedLengths ? 0xFFFFFFFF : (uint)itemBody.Length, bigEndian);
                itemBody.WriteTo(content);
                if (undefinedLengths)
                {
                    WriteTagLength(content, 0xFFFE, 0xE00D, 0, bigEndian);
                }
            }

            if (undefinedLengths)
            {
                content.WriteTo(s);
                WriteTagLength(s, 0xFFFE, 0xE0DD, 0, bigEndian);
            }
            else
            {
                // Patch the defined length: rewrite the header now that the content length is known.
                s.Position -= explicitVr ? 4 : 4;
                WriteUInt32(s, (uint)content.Length, bigEndian);
                content.WriteTo(s);
            }

            return;
        }

        if (e.Pixels is not null && rle)
        {
            WriteHeader(s, e.Group, e.Element, "OB", 0xFFFFFFFF, explicitVr, bigEndian, lengthKnown: true);
            WriteTagLength(s, 0xFFFE, 0xE000, 0, bigEndian); // empty Basic Offset Table
            byte[] frame = RleEncode(e.Pixels);
            WriteTagLength(s, 0xFFFE, 0xE000, (uint)frame.Length, bigEndian);
            s.Write(frame);
            WriteTagLength(s, 0xFFFE, 0xE0DD, 0, bigEndian);
            return;
        }

        byte[] value = Encode(e, bigEndian);
        WriteHeader(s, e.Group, e.Element, e.Vr, (uint)value.Length, explicitVr, bigEndian, lengthKnown: true);
        s.Write(value);
    }

    private static byte[] Encode(TestElement e, bool bigEndian)
    {
        if (e.Text is not null)
        {
            byte[] text = Encoding.ASCII.GetBytes(e.Text);
            if (text.Length % 2 == 1)
            {
                Array.Resize(ref text, text.Length + 1);
                text[^1] = e.Vr == "UI" ? (byte)0 : (byte)' ';
            }

            return text;
        }

        if (e.Shorts is not null)
        {
            var bytes = new byte[2 * e.Shorts.Length];
            for (int i = 0; i < e.Shorts.Length; i++)
            {
                if (bigEndian)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2 * i), e.Shorts[i]);
                }
                else
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), e.Shorts[i]);
                }
            }

            return bytes;
        }

        if (e.Pixels is not null)
        {
            var bytes = new byte[2 * e.Pixels.Length];
            for (int i = 0; i < e.Pixels.Length; i++)
            {
                if (bigEndian)
                {
                    BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2 * i), e.Pixels[i]);
                }
                else
                {
                    BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), e.Pixels[i]);
                }
            }

            return bytes;
        }

        return e.Bytes ?? [];
    }

    private static void WriteHeader(Stream s, ushort group, ushort element, string vr, uint length, bool explicitVr, bool bigEndian, bool lengthKnown)
    {
        WriteUInt16(s, group, bigEndian);
        WriteUInt16(s, element, bigEndian);
        if (!explicitVr)
        {
            WriteUInt32(s, length, bigEndian);
            return;
        }

        s.Write(Encoding.ASCII.GetBytes(vr));
        if (vr is "OB" or "OW" or "OF" or "OD" or "OL" or "SQ" or "UN" or "UT" or "UC" or "UR" or "OV" or "SV" or "UV")
        {
            s.Write([0, 0]);
            WriteUInt32(s, length, bigEndian);
        }
        else
        {
            WriteUInt16(s, checked((ushort)length), bigEndian);
        }
    }

    private static void WriteTagLength(Stream s, ushort group, ushort element, uint length, bool bigEndian)
    {
        WriteUInt16(s, group, bigEndian);
        WriteUInt16(s, element, bigEndian);
        WriteUInt32(s, length, bigEndian);
    }

    private static void WriteUInt16(Stream s, ushort v, bool bigEndian)
    {
        Span<byte> b = stackalloc byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(b, v); else BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        s.Write(b);
    }

    private static void WriteUInt32(Stream s, uint v, bool bigEndian)
    {
        Span<byte> b = stackalloc byte[4];
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(b, v); else BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        s.Write(b);
    }

    /// <summary>RLE Lossless (PS3.5 Annex G) of one 16-bit frame: a high-byte segment, then a low-byte segment, PackBits each.</summary>
    public static byte[] RleEncode(short[] pixels)
    {
        byte[] high = pixels.Select(p => (byte)((ushort)p >> 8)).ToArray();
        byte[] low = pixels.Select(p => (byte)p).ToArray();
        byte[] a = PackBits(high), b = PackBits(low);
        var frame = new byte[64 + a.Length + b.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, 2);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), 64);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(8), (uint)(64 + a.Length));
        a.CopyTo(frame, 64);
        b.CopyTo(frame, 64 + a.Length);
        if (frame.Length % 2 == 1)
        {
            Array.Resize(ref frame, frame.Length + 1);
        }

        return frame;
    }

    private static byte[] PackBits(byte[] data)
    {
        var output = new MemoryStream();
        int i = 0;
        while (i < data.Length)
        {
            int run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run >= 3)
            {
                output.WriteByte((byte)(sbyte)(1 - run));
                output.WriteByte(data[i]);
                i += run;
                continue;
            }

            int start = i, literal = 0;
            while (i < data.Length && literal < 128 && !(i + 2 < data.Length && data[i] == data[i + 1] && data[i] == data[i + 2]))
            {
                i++;
                literal++;
            }

            output.WriteByte((byte)(literal - 1));
            output.Write(data, start, literal);
        }

        return output.ToArray();
    }
}
