using System.Buffers.Binary;
using System.Text;

namespace Radiomics.IO.Nifti;

/// <summary>
/// The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that the reader uses, widened to
/// long/double. Values are as stored; sanitising (for example pixdim 0 → 1) happens in
/// <see cref="NiftiGeometry"/> and <see cref="NiftiReader"/>.
/// </summary>
internal sealed class NiftiHeader
{
    public const int Nifti1Size = 348;
    public const int Nifti2Size = 540;

    /// <summary>1 or 2.</summary>
    public int Version { get; private init; }

    public bool LittleEndian { get; private init; }

    /// <summary>True for "n+1"/"n+2" (data in the same file), false for "ni1"/"ni2" (.hdr + .img).</summary>
    public bool SingleFile { get; private init; }

    /// <summary>dim[0..7]: dim[0] is the number of dimensions.</summary>
    public long[] Dim { get; } = new long[8];

    /// <summary>pixdim[0..7]: pixdim[0] is qfac.</summary>
    public double[] PixDim { get; } = new double[8];

    public int IntentCode { get; private set; }

    public int Datatype { get; private set; }

    public long VoxOffset { get; private set; }

    public double SclSlope { get; private set; }

    public double SclInter { get; private set; }

    public int XyztUnits { get; private set; }

    public int QformCode { get; private set; }

    public int SformCode { get; private set; }

    public double QuaternB { get; private set; }

    public double QuaternC { get; private set; }

    public double QuaternD { get; private set; }

    public double QoffsetX { get; private set; }

    public double QoffsetY { get; private set; }

    public double QoffsetZ { get; private set; }

    /// <summary>srow_x, srow_y, srow_z (12 values, row-major).</summary>
    public double[] Srow { get; } = new double[12];

    /// <summary>
    /// Reads the fixed header from the first bytes of a file. <paramref name="first4"/> (the sizeof_hdr field)
    /// tells the version and byte order; <paramref name="readRest"/> fills the remaining header bytes.
    /// </summary>
    public static NiftiHeader Parse(string path, ReadOnlySpan<byte> first4, Action<Span<byte>> readRest)
    {
        int le = BinaryPrimitives.ReadInt32LittleEndian(first4);
        int be = BinaryPrimitives.ReadInt32BigEndian(first4);
        (int version, bool little) = (le, be) switch
        {
            (Nifti1Size, _) => (1, true),
            (_, Nifti1Size) => (1, false),
            (Nifti2Size, _) => (2, true),
            (_, Nifti2Size) => (2, false),
            _ => throw new ImageFormatException(path, "not a NIfTI file (sizeof_hdr is neither 348 nor 540)"),
        };

        var bytes = new byte[version == 1 ? Nifti1Size : Nifti2Size];
        first4.CopyTo(bytes);
        readRest(bytes.AsSpan(4));
        return version == 1 ? ParseVersion1(path, bytes, little) : ParseVersion2(path, bytes, little);
    }

    private static NiftiHeader ParseVersion1(string path, byte[] h, bool little)
    {
        var r = new FieldReader(h, little);
        string magic = Encoding.ASCII.GetString(h, 344, 3);
        if (magic is not ("n+1" or "ni1"))
        {
            throw new ImageFormatException(path, "Analyze 7.5 files (NIfTI-1 header without the 'n+1'/'ni1' magic) are not supported");
        }

        var header = new NiftiHeader { Version = 1, LittleEndian = little, SingleFile = magic == "n+1" };
        for (int i = 0; i < 8; i++)
        {
            header.Dim[i] = r.I16(40 + 2 * i);
            header.PixDim[i] = r.F32(76 + 4 * i);
        }

        header.IntentCode = r.I16(68);
        header.Datatype = r.I16(70);
        header.VoxOffset = (long)r.F32(108);
        header.SclSlope = r.F32(112);
        header.SclInter = r.F32(116);
        header.XyztUnits = h[123];
        header.QformCode = r.I16(252);
        header.SformCode = r.I16(254);
        header.QuaternB = r.F32(256);
        header.QuaternC = r.F32(260);
        header.QuaternD = r.F32(264);
        header.QoffsetX = r.F32(268);
        header.QoffsetY = r.F32(272);
        header.QoffsetZ = r.F32(276);
        for (int i = 0; i < 12; i++)
        {
            header.Srow[i] = r.F32(280 + 4 * i);
        }

        double voxOffset = r.F32(108);
        if (!double.IsFinite(voxOffset) || voxOffset < 0 || voxOffset > int.MaxValue)
        {
            throw new ImageFormatException(path, $"invalid vox_offset {voxOffset}");
        }

        return header;
    }

    private static NiftiHeader ParseVersion2(string path, byte[] h, bool little)
    {
        var r = new FieldReader(h, little);
        string magic = Encoding.ASCII.GetString(h, 4, 3);
        if (magic is not ("n+2" or "ni2"))
        {
            throw new ImageFormatException(path, $"not a NIfTI-2 file (magic '{magic}' is neither 'n+2' nor 'ni2')");
        }

        var header = new NiftiHeader { Version = 2, LittleEndian = little, SingleFile = magic == "n+2" };
        header.Datatype = r.I16(12);
        for (int i = 0; i < 8; i++)
        {
            header.Dim[i] = r.I64(16 + 8 * i);
            header.PixDim[i] = r.F64(104 + 8 * i);
        }

        header.VoxOffset = r.I64(168);
        header.SclSlope = r.F64(176);
        header.SclInter = r.F64(184);
        header.QformCode = r.I32(344);
        header.SformCode = r.I32(348);
        header.QuaternB = r.F64(352);
        header.QuaternC = r.F64(360);
        header.QuaternD = r.F64(368);
        header.QoffsetX = r.F64(376);
        header.QoffsetY = r.F64(384);
        header.QoffsetZ = r.F64(392);
        for (int i = 0; i < 12; i++)
        {
            header.Srow[i] = r.F64(400 + 8 * i);
        }

        header.XyztUnits = r.I32(500);
        header.IntentCode = r.I32(504);
        if (header.VoxOffset < 0)
        {
            throw new ImageFormatException(path, $"invalid vox_offset {header.VoxOffset}");
        }

        return header;
    }

    private readonly ref struct FieldReader(ReadOnlySpan<byte> bytes, bool little)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public short I16(int o) => little ? BinaryPrimitives.ReadInt16LittleEndian(_bytes[o..]) : BinaryPrimitives.ReadInt16BigEndian(_bytes[o..]);

        public int I32(int o) => little ? BinaryPrimitives.ReadInt32LittleEndian(_bytes[o..]) : BinaryPrimitives.ReadInt32BigEndian(_bytes[o..]);

        public long I64(int o) => little ? BinaryPrimitives.ReadInt64LittleEndian(_bytes[o..]) : BinaryPrimitives.ReadInt64BigEndian(_bytes[o..]);

        public float F32(int o) => little ? BinaryPrimitives.ReadSingleLittleEndian(_bytes[o..]) : BinaryPrimitives.ReadSingleBigEndian(_bytes[o..]);

        public double F64(int o) => little ? BinaryPrimitives.ReadDoubleLittleEndian(_bytes[o..]) : BinaryPrimitives.ReadDoubleBigEndian(_bytes[o..]);
    }
}
