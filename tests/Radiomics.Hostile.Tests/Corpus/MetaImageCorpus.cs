using System.IO.Compression;
using System.Text;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>MetaImage headers broken field by field, and data files that are missing, outside, pipes or devices.</summary>
public static class MetaImageCorpus
{
    public static void Build(CorpusBuilder c)
    {
        string mask = c.Write("mha/mask.nii", NiftiBytes.Mask().Build());
        byte[] data = NiftiBytes.Ramp(8 * 7 * 6);
        string Header(string replace = "", string dataFile = "LOCAL")
        {
            var fields = new List<(string Key, string Value)>
            {
                ("ObjectType", "Image"), ("NDims", "3"), ("DimSize", "8 7 6"), ("ElementType", "MET_SHORT"), ("ElementSpacing", "1 1 1"),
                ("Offset", "0 0 0"), ("TransformMatrix", "1 0 0 0 1 0 0 0 1"), ("BinaryData", "True"), ("BinaryDataByteOrderMSB", "False"),
            };
            foreach (string line in replace.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = line.IndexOf('=');
                string key = line[..equals].Trim(), value = line[(equals + 1)..].Trim();
                fields.RemoveAll(f => f.Key == key);
                if (value != "-")
                {
                    fields.Add((key, value));
                }
            }

            return string.Concat(fields.Select(f => $"{f.Key} = {f.Value}\n")) + $"ElementDataFile = {dataFile}\n";
        }

        void Local(string name, string header, byte[]? body = null)
        {
            string path = c.Write($"mha/{name}.mha", [.. Encoding.Latin1.GetBytes(header), .. body ?? data]);
            c.Extract("metaimage", name, path, mask);
        }

        Local("valid", Header());
        Local("ndims-zero", Header("NDims = 0"));
        Local("ndims-five", Header("NDims = 5"));
        Local("ndims-two-values", Header("NDims = 3 4"));
        Local("ndims-huge", Header("NDims = 1e300"));
        Local("dimsize-huge", Header("DimSize = 2000000000 2000000000 2000000000"));
        Local("dimsize-fraction", Header("DimSize = 8.5 7 6"));
        Local("dimsize-nan", Header("DimSize = nan 7 6"));
        Local("dimsize-short", Header("DimSize = 8 7"));
        Local("elementtype-junk", Header("ElementType = MET_QUATERNION"));
        Local("no-elementtype", Header("ElementType = -"));
        Local("spacing-nan", Header("ElementSpacing = nan 1 1"));
        Local("spacing-inf", Header("ElementSpacing = 1 inf 1"));
        Local("spacing-zero", Header("ElementSpacing = 0 0 0"));
        Local("spacing-negative", Header("ElementSpacing = -1 -1 -1"));
        Local("offset-nan", Header("Offset = nan 0 0"));
        Local("offset-huge", Header("Offset = 1e308 1e308 1e308"));
        Local("transform-nan", Header("TransformMatrix = nan 0 0 0 1 0 0 0 1"));
        Local("transform-singular", Header("TransformMatrix = 0 0 0 0 0 0 0 0 0"));
        Local("transform-short", Header("TransformMatrix = 1 0 0"));
        Local("channels-zero", Header("ElementNumberOfChannels = 0"));
        Local("channels-huge", Header("ElementNumberOfChannels = 2000000000"));
        Local("headersize-huge", Header("HeaderSize = 9223372036854775807"));
        Local("headersize-minus-two", Header("HeaderSize = -2"));
        Local("compressed-raw-data", Header("CompressedData = True"));
        Local("compressed-truncated", Header("CompressedData = True"), Deflate(data)[..20]);
        Local("compressed-bomb", Header("CompressedData = True\nDimSize = 1024 1024 1024\nElementType = MET_UCHAR"), Deflate(new byte[1 << 20]));
        Local("binary-false", Header("BinaryData = False"));
        Local("boolean-junk", Header("BinaryData = maybe"));
        Local("objecttype-mesh", Header("ObjectType = Mesh"));
        Local("malformed-line", Header() .Insert(0, "this line has no equals sign\n"));
        Local("control-characters", Header("Comment = \u001b[2J\u0007\0"));
        Local("no-data", Header(), []);
        Local("no-elementdatafile", Header().Replace("ElementDataFile = LOCAL\n", ""), []);
        Local("empty", "", []);

        c.Write("mha/data.raw", data);
        void Detached(string name, string dataFile, string replace = "")
        {
            c.Extract("metaimage", name, c.Write($"mha/{name}.mhd", Encoding.Latin1.GetBytes(Header(replace, dataFile))), mask);
        }

        Detached("detached-valid", "data.raw");
        Detached("detached-missing", "nothing.raw");
        Detached("detached-parent", "../../../../../../../etc/passwd");
        Detached("detached-absolute", "/etc/passwd");
        Detached("detached-empty", "");
        Detached("detached-list", "LIST");
        Detached("detached-headersize-minus-one-short", "data.raw", "DimSize = 80 70 60\nHeaderSize = -1");
        Detached("detached-dev-urandom", "/dev/urandom");
        if (Support.SpecialFiles.Available)
        {
            Support.SpecialFiles.Fifo(c.PathOf("mha/pipe.raw"));
            Detached("detached-fifo", "pipe.raw");
            Support.SpecialFiles.Link(c.PathOf("mha/urandom.raw"), "/dev/urandom");
            Detached("detached-link-urandom", "urandom.raw");
        }
    }

    private static byte[] Deflate(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        return output.ToArray();
    }
}
