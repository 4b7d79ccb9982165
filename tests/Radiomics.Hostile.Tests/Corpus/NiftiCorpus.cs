using System.Buffers.Binary;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>NIfTI-1/2 files broken field by field, truncated, mis-compressed and mis-paired.</summary>
public static class NiftiCorpus
{
    public static void Build(CorpusBuilder c)
    {
        string mask = c.Write("nifti/mask.nii", NiftiBytes.Mask().Build());
        void Case(string name, NiftiBytes image)
        {
            c.Extract("nifti", name, c.Write($"nifti/{name}.nii", image.Build()), mask);
        }

        void Raw(string name, byte[] bytes, string extension = ".nii")
        {
            c.Extract("nifti", name, c.Write($"nifti/{name}{extension}", bytes), mask);
        }

        Case("valid", new NiftiBytes());
        Raw("valid-gz", NiftiBytes.Gzip(new NiftiBytes().Build()), ".nii.gz");
        Case("dim0-zero", new NiftiBytes { Dim = [0, 8, 7, 6, 1, 1, 1, 1] });
        Case("dim0-eight", new NiftiBytes { Dim = [8, 8, 7, 6, 1, 1, 1, 1] });
        Case("dim0-negative", new NiftiBytes { Dim = [-3, 8, 7, 6, 1, 1, 1, 1] });
        Case("dim-negative", new NiftiBytes { Dim = [3, -8, 7, 6, 1, 1, 1, 1] });
        Case("dim-huge", new NiftiBytes { Dim = [3, 32767, 32767, 32767, 1, 1, 1, 1] });
        Case("dim-zero-axis", new NiftiBytes { Dim = [3, 8, 0, 6, 1, 1, 1, 1] });
        Case("dim-4d", new NiftiBytes { Dim = [4, 8, 7, 6, 3, 1, 1, 1] });
        Case("dim-7d-huge", new NiftiBytes { Dim = [7, 8, 7, 6, 32767, 32767, 32767, 32767] });
        Case("vector-huge", new NiftiBytes { Dim = [5, 8, 7, 6, 1, 32767, 1, 1], IntentCode = 1007 });
        Case("vector-7d", new NiftiBytes { Dim = [7, 8, 7, 6, 2, 3, 2, 2], IntentCode = 1007 });
        Case("datatype-unknown", new NiftiBytes { Datatype = 12345 });
        Case("datatype-complex", new NiftiBytes { Datatype = 32, BitPix = 64 });
        Case("datatype-rgb", new NiftiBytes { Datatype = 128, BitPix = 24 });
        Case("datatype-float-short-data", new NiftiBytes { Datatype = 64, BitPix = 64 });
        Case("bitpix-mismatch", new NiftiBytes { BitPix = 8 });
        Case("vox-offset-huge", new NiftiBytes { VoxOffset = 3e9f });
        Case("vox-offset-nan", new NiftiBytes { VoxOffset = float.NaN });
        Case("vox-offset-negative", new NiftiBytes { VoxOffset = -352 });
        Case("vox-offset-past-end", new NiftiBytes { VoxOffset = 100000 });
        Case("pixdim-nan", new NiftiBytes { PixDim = [1, float.NaN, 1, 1, 0, 0, 0, 0] });
        Case("pixdim-inf", new NiftiBytes { PixDim = [1, 1, float.PositiveInfinity, 1, 0, 0, 0, 0] });
        Case("pixdim-zero", new NiftiBytes { PixDim = [1, 0, 0, 0, 0, 0, 0, 0] });
        Case("pixdim-negative", new NiftiBytes { PixDim = [-1, -1, -2, -3, 0, 0, 0, 0] });
        Case("pixdim-tiny", new NiftiBytes { PixDim = [1, 1e-38f, 1e-38f, 1e-38f, 0, 0, 0, 0] });
        Case("pixdim-huge", new NiftiBytes { PixDim = [1, 3e38f, 3e38f, 3e38f, 0, 0, 0, 0] });
        Case("qform-nan-quaternion", new NiftiBytes { QformCode = 1, Quatern = [float.NaN, 0, 0, 0, 0, 0] });
        Case("qform-nan-offset", new NiftiBytes { QformCode = 1, Quatern = [0, 0, 0, float.NaN, 0, 0] });
        Case("qform-inf-offset", new NiftiBytes { QformCode = 1, Quatern = [0, 0, 0, 0, float.NegativeInfinity, 0] });
        Case("qform-huge-quaternion", new NiftiBytes { QformCode = 1, Quatern = [1e30f, 1e30f, 1e30f, 0, 0, 0] });
        Case("sform-nan", new NiftiBytes { SformCode = 2, Srow = [1, 0, 0, float.NaN, 0, 1, 0, 0, 0, 0, 1, 0] });
        Case("sform-inf", new NiftiBytes { SformCode = 2, Srow = [float.PositiveInfinity, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] });
        Case("sform-singular", new NiftiBytes { SformCode = 2, Srow = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
        Case("sform-skew-no-qform", new NiftiBytes { SformCode = 2, Srow = [1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] });
        Case("qform-code-junk", new NiftiBytes { QformCode = 32000, SformCode = -5 });
        Case("scl-slope-nan", new NiftiBytes { SclSlope = float.NaN, SclInter = 1 });
        Case("scl-slope-inf", new NiftiBytes { SclSlope = float.PositiveInfinity });
        Case("scl-inter-nan", new NiftiBytes { SclSlope = 1, SclInter = float.NaN });
        Case("scl-slope-huge", new NiftiBytes { SclSlope = 3e38f, SclInter = 3e38f });
        Case("float-nan-voxels", new NiftiBytes { Datatype = 16, BitPix = 32, Data = FloatData(float.NaN) });
        Case("float-inf-voxels", new NiftiBytes { Datatype = 16, BitPix = 32, Data = FloatData(float.PositiveInfinity) });
        Case("float-huge-voxels", new NiftiBytes { Datatype = 16, BitPix = 32, Data = FloatData(3e38f) });
        Case("magic-analyze", new NiftiBytes { Magic = "\0\0\0" });
        Case("magic-junk", new NiftiBytes { Magic = "xyz" });
        Case("magic-pair-in-nii", new NiftiBytes { Magic = "ni1" });
        Case("sizeof-hdr-junk", new NiftiBytes { SizeOfHeader = 1234 });
        Case("no-data", new NiftiBytes { Data = [] });
        Case("short-data", new NiftiBytes { Data = new byte[100] });
        Case("units-meter-huge", new NiftiBytes { Units = 1, PixDim = [1, 1e30f, 1e30f, 1e30f, 0, 0, 0, 0] });
        byte[] valid = new NiftiBytes().Build();
        Raw("empty", []);
        Raw("truncated-3", valid[..3]);
        Raw("truncated-header", valid[..200]);
        Raw("text-named-nii", "this is not an image\n"u8.ToArray());
        Raw("text-named-nii-gz", "this is not gzip at all\n"u8.ToArray(), ".nii.gz");
        Raw("gz-truncated", NiftiBytes.Gzip(valid)[..60], ".nii.gz");
        byte[] corrupt = NiftiBytes.Gzip(valid);
        corrupt[^6] ^= 0xFF;
        Raw("gz-bad-crc", corrupt, ".nii.gz");
        Raw("gz-bomb-header", NiftiBytes.Gzip(new NiftiBytes { Dim = [3, 2048, 2048, 2048, 1, 1, 1, 1] }.Build()), ".nii.gz");
        Raw("gz-double", NiftiBytes.Gzip(NiftiBytes.Gzip(valid)), ".nii.gz");
        Raw("big-endian-mixed", BigEndianSizeOnly(valid));
        Raw("nifti2-huge-dims", Nifti2(long.MaxValue / 4), ".nii");
        Raw("nifti2-negative-offset", Nifti2(8, voxOffset: -1), ".nii");
        Raw("random-bytes", RandomBytes(4096, 25));

        // A .hdr/.img pair whose data file is missing, and an .img given alone.
        c.Write("nifti/pair.hdr", new NiftiBytes { Magic = "ni1", VoxOffset = 0 }.Build()[..348]);
        c.Extract("nifti", "pair-missing-img", c.PathOf("nifti/pair.hdr"), mask);
        c.Extract("nifti", "img-without-hdr", c.Write("nifti/lonely.img", new byte[672]), mask);

        // The image as a mask and vice versa (a mask that is not a label image), and a mask of another size.
        c.Extract("nifti", "image-as-mask", mask, c.PathOf("nifti/valid.nii"));
        c.Extract("nifti", "mask-other-size", c.PathOf("nifti/valid.nii"), c.Write("nifti/small-mask.nii", new NiftiBytes { Dim = [3, 2, 2, 2, 1, 1, 1, 1], Datatype = 2, BitPix = 8, Data = [1, 1, 1, 1, 1, 1, 1, 1] }.Build()));
        c.Extract("nifti", "mask-empty", c.PathOf("nifti/valid.nii"), c.Write("nifti/empty-mask.nii", new NiftiBytes { Datatype = 2, BitPix = 8, Data = new byte[336] }.Build()));
        c.Extract("nifti", "max-voxels-1", c.PathOf("nifti/valid.nii"), mask, "--max-voxels", "1");
        c.Extract("nifti", "max-voxels-junk", c.PathOf("nifti/valid.nii"), mask, "--max-voxels", "-5");
    }

    private static byte[] FloatData(float special)
    {
        var data = new byte[4 * 336];
        for (int i = 0; i < 336; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(4 * i), i % 5 == 0 ? special : i);
        }

        return data;
    }

    /// <summary>sizeof_hdr in big endian, every other field little endian: a header that reads as nonsense.</summary>
    private static byte[] BigEndianSizeOnly(byte[] valid)
    {
        byte[] bytes = (byte[])valid.Clone();
        BinaryPrimitives.WriteInt32BigEndian(bytes, 348);
        return bytes;
    }

    /// <summary>A NIfTI-2 header (540 bytes) with all three dimensions <paramref name="size"/> and a few data bytes.</summary>
    private static byte[] Nifti2(long size, long voxOffset = 544)
    {
        var h = new byte[544 + 64];
        BinaryPrimitives.WriteInt32LittleEndian(h, 540);
        "n+2\0\r\n\u001a\n"u8.CopyTo(h.AsSpan(4));
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(12), 4);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(14), 16);
        long[] dim = [3, size, size, size, 1, 1, 1, 1];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(h.AsSpan(16 + 8 * i), dim[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(h.AsSpan(104 + 8 * i), 1);
        }

        BinaryPrimitives.WriteInt64LittleEndian(h.AsSpan(168), voxOffset);
        return h;
    }

    internal static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
