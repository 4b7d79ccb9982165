using System.Buffers.Binary;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// DICOM image series (a synthetic 4-slice CT written by the test writer) with one attribute made hostile, files
/// truncated or forged byte by byte, and folders holding pipes, devices or nothing usable. The mask is a NIfTI of the
/// series' grid, so only the series is on trial.
/// </summary>
public static class DicomSeriesCorpus
{
    /// <summary>The synthetic series: 4 slices of 8 rows × 6 columns.</summary>
    public static List<TestSlice> Slices() => TestSlice.Synthetic(4, rows: 8, columns: 6);

    public static void Build(CorpusBuilder c)
    {
        string mask = SeriesMask(c);
        void Series(string name, Func<int, IReadOnlyList<TestElement>, IEnumerable<TestElement>> edit, TestSyntax syntax = TestSyntax.ExplicitLittle)
        {
            string folder = c.PathOf($"dicom/{name}/");
            int z = 0;
            foreach (TestSlice slice in Slices())
            {
                c.Write($"dicom/{name}/slice{z}.dcm", TestDicomWriter.Write(edit(z, slice.Elements()), syntax));
                z++;
            }

            c.Extract("dicom", name, folder, mask);
        }

        void Set(string name, ushort group, ushort element, string vr, string text, bool firstOnly = false) =>
            Series(name, (z, e) => firstOnly && z > 0 ? e : Replace(e, new TestElement(group, element, vr, text)));

        Series("valid", (_, e) => e);
        Series("valid-implicit", (_, e) => e, TestSyntax.ImplicitLittle);
        Series("valid-big-endian", (_, e) => e, TestSyntax.ExplicitBig);
        Series("valid-deflated", (_, e) => e, TestSyntax.Deflated);
        Set("frames-billion", 0x0028, 0x0008, "IS", "1000000000");
        Set("frames-zero", 0x0028, 0x0008, "IS", "0");
        Set("frames-negative", 0x0028, 0x0008, "IS", "-4");
        Set("frames-nan", 0x0028, 0x0008, "IS", "NaN");
        Set("frames-junk", 0x0028, 0x0008, "IS", "lots");
        Series("rows-zero", (_, e) => Replace(e, new TestElement(0x0028, 0x0010, "US", Shorts: [0])));
        Series("rows-max", (_, e) => Replace(e, new TestElement(0x0028, 0x0010, "US", Shorts: [65535])));
        Series("bits-allocated-12", (_, e) => Replace(e, new TestElement(0x0028, 0x0100, "US", Shorts: [12])));
        Series("bits-stored-40", (_, e) => Replace(e, new TestElement(0x0028, 0x0101, "US", Shorts: [40])));
        Series("samples-per-pixel-3", (_, e) => Replace(e, new TestElement(0x0028, 0x0002, "US", Shorts: [3])));
        Series("no-rows", (_, e) => e.Where(x => x.Tag != 0x00280010));
        Series("no-pixel-data", (_, e) => e.Where(x => x.Tag != 0x7FE00010));
        Series("short-pixel-data", (_, e) => Replace(e, new TestElement(0x7FE0, 0x0010, "OW", Pixels: new short[10])));
        Set("spacing-nan", 0x0028, 0x0030, "DS", "NaN\\0.75");
        Set("spacing-zero", 0x0028, 0x0030, "DS", "0\\0");
        Set("spacing-negative", 0x0028, 0x0030, "DS", "-0.5\\-0.75");
        Set("spacing-huge", 0x0028, 0x0030, "DS", "1e308\\1e308");
        Set("spacing-one-value", 0x0028, 0x0030, "DS", "0.5");
        Set("position-nan", 0x0020, 0x0032, "DS", "NaN\\-20\\30", firstOnly: true);
        Set("position-inf", 0x0020, 0x0032, "DS", "-10\\Infinity\\30", firstOnly: true);
        Set("position-huge", 0x0020, 0x0032, "DS", "1e308\\-20\\30", firstOnly: true);
        Set("position-junk", 0x0020, 0x0032, "DS", "here\\there\\everywhere");
        Set("position-duplicate", 0x0020, 0x0032, "DS", "-10\\-20\\30");
        Set("orientation-nan", 0x0020, 0x0037, "DS", "NaN\\0\\0\\0\\1\\0");
        Set("orientation-zero", 0x0020, 0x0037, "DS", "0\\0\\0\\0\\0\\0");
        Set("orientation-parallel", 0x0020, 0x0037, "DS", "1\\0\\0\\1\\0\\0");
        Set("orientation-mixed", 0x0020, 0x0037, "DS", "0\\1\\0\\1\\0\\0", firstOnly: true);
        Set("slope-nan", 0x0028, 0x1053, "DS", "NaN");
        Set("slope-inf", 0x0028, 0x1053, "DS", "Infinity");
        Set("slope-huge", 0x0028, 0x1053, "DS", "1e308");
        Set("intercept-nan", 0x0028, 0x1052, "DS", "NaN");
        Set("intercept-huge", 0x0028, 0x1052, "DS", "-1e308");
        Set("slope-junk", 0x0028, 0x1053, "DS", "steep");
        Set("transfer-jpeg-baseline", 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.4.50");
        Series("missing-slice", (z, e) => z == 2 ? Replace(e, new TestElement(0x0020, 0x0032, "DS", "-10\\-20\\45")) : e);
        Series("two-series", (z, e) => z == 3 ? Replace(e, new TestElement(0x0020, 0x000E, "UI", "9.9.9")) : e);
        Series("mixed-sizes", (z, e) => z == 1 ? Replace(Replace(e, new TestElement(0x0028, 0x0010, "US", Shorts: [4])), new TestElement(0x7FE0, 0x0010, "OW", Pixels: new short[24])) : e);
        Series("rle-garbage", (_, e) => e, TestSyntax.Rle);

        byte[] valid = TestDicomWriter.Write(Slices()[0].Elements(), TestSyntax.ExplicitLittle);
        void File(string name, byte[] bytes)
        {
            c.Write($"dicom/{name}/only.dcm", bytes);
            c.Extract("dicom", name, c.PathOf($"dicom/{name}"), mask);
        }

        File("truncated-preamble", valid[..100]);
        File("truncated-meta", valid[..150]);
        File("truncated-body", valid[..(valid.Length / 2)]);
        File("length-huge", PatchFirstLength(valid, 0xFFFFFFF0));
        File("length-undefined-text", PatchFirstLength(valid, 0xFFFFFFFF));
        File("nested-sequences-200", Nested(200));
        File("unclosed-undefined-items", UnclosedItems(100_000));
        File("random-bytes-with-dicm", [.. new byte[128], .. "DICM"u8, .. NiftiCorpus.RandomBytes(5000, 3)]);
        File("deflate-bomb", DeflateBomb(withPixels: true));
        File("deflate-bomb-no-pixels", DeflateBomb(withPixels: false));
        File("deflate-garbage", Part10(NiftiCorpus.RandomBytes(3000, 4), "1.2.840.10008.1.2.1.99"));

        // Folders: empty, non-DICOM only, and with a pipe, socket, device or folder posing as a slice.
        c.Extract("dicom", "empty-folder", c.PathOf("dicom/empty/"), mask);
        c.Write("dicom/not-dicom/readme.txt", "hello"u8.ToArray());
        c.Extract("dicom", "no-dicom-files", c.PathOf("dicom/not-dicom/"), mask);
        Directory.CreateDirectory(c.PathOf("dicom/with-folder/slice9.dcm/"));
        CopySeries(c, "dicom/with-folder");
        c.Extract("dicom", "folder-named-dcm", c.PathOf("dicom/with-folder/"), mask);
        if (Support.SpecialFiles.Available)
        {
            CopySeries(c, "dicom/with-fifo");
            Support.SpecialFiles.Fifo(c.PathOf("dicom/with-fifo/slice9.dcm"));
            c.Extract("dicom", "fifo-in-series", c.PathOf("dicom/with-fifo/"), mask);
            CopySeries(c, "dicom/with-socket");
            Support.SpecialFiles.Socket(c.PathOf("dicom/with-socket/slice9.dcm"));
            c.Extract("dicom", "socket-in-series", c.PathOf("dicom/with-socket/"), mask);
            CopySeries(c, "dicom/with-zero");
            Support.SpecialFiles.Link(c.PathOf("dicom/with-zero/slice9.dcm"), "/dev/zero");
            c.Extract("dicom", "dev-zero-in-series", c.PathOf("dicom/with-zero/"), mask);
            c.Extract("dicom", "fifo-as-series-file", c.PathOf("dicom/with-fifo/slice9.dcm"), mask);
            CopySeries(c, "dicom/with-loop/deeper");
            Support.SpecialFiles.Link(c.PathOf("dicom/with-loop/deeper/up"), c.PathOf("dicom/with-loop"));
            c.Extract("dicom", "link-loop-in-folder", c.PathOf("dicom/with-loop/"), mask);
            c.Run("dicom", "ls-link-loop", "dicom", "ls", c.PathOf("dicom/with-loop/"));
            c.Run("dicom", "ls-fifo-folder", "dicom", "ls", c.PathOf("dicom/with-fifo/"));
        }

        c.Run("dicom", "convert-frames-billion", "convert", c.PathOf("dicom/frames-billion/"), "--out", c.PathOf("out/fb.nii.gz"));
        c.Run("dicom", "ls-frames-billion", "dicom", "ls", c.PathOf("dicom/frames-billion/"));
        c.Run("dicom", "ls-nested", "dicom", "ls", c.PathOf("dicom/nested-sequences-200/"));
        c.Run("dicom", "ls-deflate-bomb", "dicom", "ls", c.PathOf("dicom/deflate-bomb/"), "--format", "json");
        c.Extract("dicom", "max-voxels-small", c.PathOf("dicom/valid/"), mask, "--max-voxels", "100");
    }

    /// <summary>A NIfTI mask on the synthetic series' grid (spacing 0.75 × 0.5 × 2.5, origin (−10, −20, 30)).</summary>
    private static string SeriesMask(CorpusBuilder c)
    {
        var data = new byte[6 * 8 * 4];
        for (int z = 1; z < 3; z++)
        {
            for (int y = 2; y < 6; y++)
            {
                for (int x = 1; x < 5; x++)
                {
                    data[(z * 8 + y) * 6 + x] = 1;
                }
            }
        }

        var mask = new NiftiBytes
        {
            Dim = [3, 6, 8, 4, 1, 1, 1, 1], Datatype = 2, BitPix = 8, PixDim = [1, 0.75f, 0.5f, 2.5f, 0, 0, 0, 0], Data = data,
            SformCode = 1, Srow = [-0.75f, 0, 0, 10, 0, -0.5f, 0, 20, 0, 0, 2.5f, 30],
        };
        return c.Write("dicom/mask.nii", mask.Build());
    }

    private static void CopySeries(CorpusBuilder c, string folder)
    {
        int z = 0;
        foreach (TestSlice slice in Slices())
        {
            c.Write($"{folder}/slice{z++}.dcm", TestDicomWriter.Write(slice.Elements(), TestSyntax.ExplicitLittle));
        }
    }

    internal static IEnumerable<TestElement> Replace(IEnumerable<TestElement> elements, TestElement replacement) =>
        elements.Where(e => e.Tag != replacement.Tag).Append(replacement);

    /// <summary>The file with the length of its first data-set element (after the meta group) replaced.</summary>
    private static byte[] PatchFirstLength(byte[] file, uint length)
    {
        byte[] bytes = (byte[])file.Clone();
        int position = 132;
        while (BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position)) == 0x0002)
        {
            bool longLength = bytes[position + 4] == 'O' || bytes[position + 4] == 'U';
            position += longLength ? 12 + (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 8)) : 8 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 6));
        }

        // The first data-set element is (0008,0016) UI: a short length field; make it an UN with a long length.
        bytes[position + 4] = (byte)'U';
        bytes[position + 5] = (byte)'N';
        byte[] tail = bytes[(position + 8)..];
        byte[] head = bytes[..(position + 6)];
        return [.. head, 0, 0, .. BitConverter.GetBytes(length), .. tail];
    }

    /// <summary>Sequences nested <paramref name="depth"/> deep (explicit VR little endian, undefined lengths).</summary>
    private static byte[] Nested(int depth)
    {
        var body = new List<byte>();
        for (int i = 0; i < depth; i++)
        {
            body.AddRange([0x09, 0x00, 0x01, 0x10, (byte)'S', (byte)'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]); // (0009,1001) SQ undefined
            body.AddRange([0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]); // item, undefined
        }

        for (int i = 0; i < depth; i++)
        {
            body.AddRange([0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0]); // item delimiter
            body.AddRange([0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]); // sequence delimiter
        }

        return Part10(body.ToArray());
    }

    /// <summary>A sequence of <paramref name="items"/> empty items of undefined length, never closed.</summary>
    private static byte[] UnclosedItems(int items)
    {
        var body = new List<byte>([0x08, 0x00, 0x15, 0x11, (byte)'S', (byte)'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]);
        for (int i = 0; i < items; i++)
        {
            body.AddRange([0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0]);
        }

        return Part10(body.ToArray());
    }

    /// <summary>Preamble, "DICM" and a meta group naming explicit VR little endian, then <paramref name="body"/>.</summary>
    internal static byte[] Part10(byte[] body, string syntax = "1.2.840.10008.1.2.1")
    {
        byte[] uid = System.Text.Encoding.ASCII.GetBytes(syntax.Length % 2 == 1 ? syntax + "\0" : syntax);
        var meta = new List<byte>([0x02, 0x00, 0x10, 0x00, (byte)'U', (byte)'I', (byte)uid.Length, 0, .. uid]);
        var group = new List<byte>([0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L', 4, 0, .. BitConverter.GetBytes((uint)meta.Count), .. meta]);
        return [.. new byte[128], .. "DICM"u8, .. group, .. body];
    }

    /// <summary>
    /// A deflated data set that inflates to 64 MiB of zeros: with pixels, after a header that implies 96 bytes of pixel
    /// data; without, as a long private value.
    /// </summary>
    private static byte[] DeflateBomb(bool withPixels)
    {
        var plain = new MemoryStream();
        TestElement[] header = withPixels
            ? [new(0x0008, 0x0060, "CS", "CT"), new(0x0028, 0x0010, "US", Shorts: [8]), new(0x0028, 0x0011, "US", Shorts: [6]), new(0x0028, 0x0100, "US", Shorts: [16])]
            : [new(0x0008, 0x0060, "CS", "RTSTRUCT")];
        byte[] start = TestDicomWriter.Write(header, TestSyntax.ExplicitLittle, preamble: false);
        int body = start.Length - 12 - (int)BinaryPrimitives.ReadUInt32LittleEndian(start.AsSpan(8)) ;
        plain.Write(start.AsSpan(start.Length - body));
        byte[] tag = withPixels ? [0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'B', 0, 0] : [0x09, 0x00, 0x10, 0x10, (byte)'O', (byte)'B', 0, 0];
        plain.Write(tag);
        plain.Write(BitConverter.GetBytes(withPixels ? 96u : 64u << 20));
        var zeros = new byte[1 << 20];
        for (int i = 0; i < 64; i++)
        {
            plain.Write(zeros);
        }

        var deflated = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            plain.Position = 0;
            plain.CopyTo(deflate);
        }

        return Part10(deflated.ToArray(), "1.2.840.10008.1.2.1.99");
    }
}
