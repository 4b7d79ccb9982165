using System.Buffers.Binary;

namespace Radiomics.IO.Internal;

/// <summary>
/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum in a gzip trailer (RFC 1952),
/// computed eight bytes at a time with the "slicing-by-8" tables.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues a CRC (start with 0) over <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        uint c = ~crc;
        ReadOnlySpan<uint> t = Table;
        while (data.Length >= 8)
        {
            uint one = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ c;
            uint two = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (int)(one & 0xFF)] ^ t[(6 * 256) + (int)((one >> 8) & 0xFF)]
                ^ t[(5 * 256) + (int)((one >> 16) & 0xFF)] ^ t[(4 * 256) + (int)(one >> 24)]
                ^ t[(3 * 256) + (int)(two & 0xFF)] ^ t[(2 * 256) + (int)((two >> 8) & 0xFF)]
                ^ t[256 + (int)((two >> 16) & 0xFF)] ^ t[(int)(two >> 24)];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            c = t[(int)((c ^ b) & 0xFF)] ^ (c >> 8);
        }

        return ~c;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        for (int slice = 1; slice < 8; slice++)
        {
            for (int i = 0; i < 256; i++)
            {
                uint previous = table[((slice - 1) * 256) + i];
                table[(slice * 256) + i] = (previous >> 8) ^ table[(int)(previous & 0xFF)];
            }
        }

        return table;
    }
}
