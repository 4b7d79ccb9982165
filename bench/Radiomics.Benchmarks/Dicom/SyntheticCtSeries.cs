using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Radiomics.Benchmarks.Dicom;

/// <summary>
/// Writes an uncompressed CT series (explicit VR little endian, 16-bit signed words holding <c>bitsStored</c> bits,
/// rescale −1024) to a folder: the benchmark's input. 12 stored bits load as an Int16 volume (as most CT does), 16 as
/// Int32 (the declared range −32768…32767 − 1024 needs it). A bench-local writer so the benchmark does not depend on the test project.
/// </summary>
internal static class SyntheticCtSeries
{
    public static void Write(string folder, int columns, int rows, int slices, int bitsStored = 16)
    {
        Directory.CreateDirectory(folder);
        var pixels = new byte[2 * rows * columns];
        for (int z = 0; z < slices; z++)
        {
            for (int i = 0; i < rows * columns; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(2 * i), (short)((i * 31 + z * 17) % 3000));
            }

            using var stream = File.Create(Path.Combine(folder, $"CT{z:D4}.dcm"));
            stream.Write(new byte[128]);
            stream.Write("DICM"u8);
            var meta = new MemoryStream();
            Element(meta, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1");
            Element(stream, 0x0002, 0x0000, "UL", BitConverter.GetBytes((uint)meta.Length));
            meta.WriteTo(stream);
            Element(stream, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.2");
            Element(stream, 0x0008, 0x0018, "UI", $"1.2.3.4.5.{z + 1}");
            Element(stream, 0x0008, 0x0060, "CS", "CT");
            Element(stream, 0x0020, 0x000E, "UI", "1.2.3.4.5");
            Element(stream, 0x0020, 0x0032, "DS", FormattableString.Invariant($"-250\\-250\\{z * 1.25}"));
            Element(stream, 0x0020, 0x0037, "DS", "1\\0\\0\\0\\1\\0");
            Element(stream, 0x0020, 0x0052, "UI", "1.2.3.4.6");
            Element(stream, 0x0028, 0x0002, "US", [1, 0]);
            Element(stream, 0x0028, 0x0004, "CS", "MONOCHROME2");
            Element(stream, 0x0028, 0x0010, "US", BitConverter.GetBytes((ushort)rows));
            Element(stream, 0x0028, 0x0011, "US", BitConverter.GetBytes((ushort)columns));
            Element(stream, 0x0028, 0x0030, "DS", "0.9765625\\0.9765625");
            Element(stream, 0x0028, 0x0100, "US", [16, 0]);
            Element(stream, 0x0028, 0x0101, "US", [(byte)bitsStored, 0]);
            Element(stream, 0x0028, 0x0102, "US", [(byte)(bitsStored - 1), 0]);
            Element(stream, 0x0028, 0x0103, "US", [1, 0]);
            Element(stream, 0x0028, 0x1052, "DS", "-1024");
            Element(stream, 0x0028, 0x1053, "DS", "1");
            Element(stream, 0x7FE0, 0x0010, "OW", pixels);
        }
    }

    private static void Element(Stream s, ushort group, ushort element, string vr, string text)
    {
        byte[] value = Encoding.ASCII.GetBytes(text.Length % 2 == 1 ? text + (vr == "UI" ? "\0" : " ") : text);
        Element(s, group, element, vr, value);
    }

    private static void Element(Stream s, ushort group, ushort element, string vr, byte[] value)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        header[4] = (byte)vr[0];
        header[5] = (byte)vr[1];
        if (vr is "OB" or "OW" or "SQ" or "UN" or "UT")
        {
            header[6] = header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)value.Length);
            s.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)value.Length);
            s.Write(header[..8]);
        }

        s.Write(value);
    }
}
