using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// A SHA-256 digest of a table's content, independent of the file format it came from: the ID column's name and the
/// IDs, each other column's name and values, each feature's name and values (IEEE-754 bits, little-endian), in table
/// order; every string is length-prefixed UTF-8. Equal tables give equal digests; any changed value changes it.
/// </summary>
public static class FeatureTableHash
{
    /// <summary>The digest as lower-case hexadecimal.</summary>
    public static string Compute(FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddCount(hash, table.RowCount);
        AddText(hash, table.IdColumn);
        foreach (string id in table.Ids)
        {
            AddText(hash, id);
        }

        AddCount(hash, table.OtherColumnNames.Count);
        foreach (string name in table.OtherColumnNames)
        {
            AddText(hash, name);
            foreach (string value in table.OtherColumn(name))
            {
                AddText(hash, value);
            }
        }

        AddCount(hash, table.FeatureCount);
        Span<byte> bits = stackalloc byte[8];
        for (int j = 0; j < table.FeatureCount; j++)
        {
            AddText(hash, table.FeatureNames[j]);
            foreach (double value in table.Column(j))
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bits, value);
                hash.AppendData(bits);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddCount(IncrementalHash hash, int count)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, count);
        hash.AppendData(bytes);
    }

    private static void AddText(IncrementalHash hash, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        AddCount(hash, bytes.Length);
        hash.AppendData(bytes);
    }
}
