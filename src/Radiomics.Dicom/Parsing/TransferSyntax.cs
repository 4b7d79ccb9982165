namespace Radiomics.Dicom.Parsing;

/// <summary>How pixel data of a transfer syntax is stored.</summary>
public enum PixelEncoding
{
    /// <summary>Native (uncompressed) pixel data.</summary>
    Native,

    /// <summary>RLE Lossless, PS3.5 Annex G.</summary>
    RleLossless,

    /// <summary>JPEG Lossless, non-hierarchical, first-order prediction (process 14, ITU T.81 Annex H).</summary>
    JpegLossless,

    /// <summary>Another encapsulated compression that this reader does not decode.</summary>
    UnsupportedCompression,
}

/// <summary>A transfer syntax (PS3.5 §10 and Annex A) as the parser needs it: byte order, VR mode, deflate, pixel encoding.</summary>
public sealed record TransferSyntax(string Uid, string Name, bool ExplicitVr, bool BigEndian, bool Deflated, PixelEncoding Pixels)
{
    /// <summary>Implicit VR Little Endian, 1.2.840.10008.1.2 (the default when a file has no meta information).</summary>
    public static readonly TransferSyntax ImplicitVrLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, PixelEncoding.Native);
    /// <summary>Explicit VR Little Endian, 1.2.840.10008.1.2.1.</summary>
    public static readonly TransferSyntax ExplicitVrLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, PixelEncoding.Native);
    /// <summary>Deflated Explicit VR Little Endian, 1.2.840.10008.1.2.1.99: the data set after the meta information is raw-deflated.</summary>
    public static readonly TransferSyntax DeflatedExplicitVrLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, PixelEncoding.Native);
    /// <summary>Explicit VR Big Endian, 1.2.840.10008.1.2.2 (retired, still met in old archives).</summary>
    public static readonly TransferSyntax ExplicitVrBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, PixelEncoding.Native);
    /// <summary>RLE Lossless, 1.2.840.10008.1.2.5 (PS3.5 Annex G).</summary>
    public static readonly TransferSyntax RleLossless = new("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, PixelEncoding.RleLossless);
    /// <summary>JPEG Lossless, first-order prediction (process 14, selection value 1), 1.2.840.10008.1.2.4.70.</summary>
    public static readonly TransferSyntax JpegLosslessSv1 = new("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", true, false, false, PixelEncoding.JpegLossless);
    /// <summary>JPEG Lossless, non-hierarchical (process 14, any selection value), 1.2.840.10008.1.2.4.57.</summary>
    public static readonly TransferSyntax JpegLossless = new("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false, PixelEncoding.JpegLossless);

    private static readonly Dictionary<string, string> CompressedNames = new()
    {
        ["1.2.840.10008.1.2.4.50"] = "JPEG Baseline (Process 1)",
        ["1.2.840.10008.1.2.4.51"] = "JPEG Extended (Process 2 & 4)",
        ["1.2.840.10008.1.2.4.80"] = "JPEG-LS Lossless",
        ["1.2.840.10008.1.2.4.81"] = "JPEG-LS Lossy (Near-Lossless)",
        ["1.2.840.10008.1.2.4.90"] = "JPEG 2000 (Lossless Only)",
        ["1.2.840.10008.1.2.4.91"] = "JPEG 2000",
        ["1.2.840.10008.1.2.4.92"] = "JPEG 2000 Part 2 Multi-component (Lossless Only)",
        ["1.2.840.10008.1.2.4.93"] = "JPEG 2000 Part 2 Multi-component",
        ["1.2.840.10008.1.2.4.201"] = "High-Throughput JPEG 2000 (Lossless Only)",
        ["1.2.840.10008.1.2.4.202"] = "High-Throughput JPEG 2000 with RPCL Options (Lossless Only)",
        ["1.2.840.10008.1.2.4.203"] = "High-Throughput JPEG 2000",
        ["1.2.840.10008.1.2.4.100"] = "MPEG2 Main Profile / Main Level",
        ["1.2.840.10008.1.2.4.102"] = "MPEG-4 AVC/H.264 High Profile",
        ["1.2.840.10008.1.2.4.110"] = "JPEG XL Lossless",
        ["1.2.840.10008.1.2.4.112"] = "JPEG XL",
    };

    /// <summary>
    /// The transfer syntax of a UID. Unknown UIDs are taken as an encapsulated compression in explicit VR
    /// little endian (the encoding PS3.5 §A.4 requires of every compressed syntax), so the data set still
    /// parses and only the pixel data is refused.
    /// </summary>
    public static TransferSyntax FromUid(string uid) => uid switch
    {
        "1.2.840.10008.1.2" => ImplicitVrLittleEndian,
        "1.2.840.10008.1.2.1" => ExplicitVrLittleEndian,
        "1.2.840.10008.1.2.1.99" => DeflatedExplicitVrLittleEndian,
        "1.2.840.10008.1.2.2" => ExplicitVrBigEndian,
        "1.2.840.10008.1.2.5" => RleLossless,
        "1.2.840.10008.1.2.4.70" => JpegLosslessSv1,
        "1.2.840.10008.1.2.4.57" => JpegLossless,
        _ => new TransferSyntax(uid, CompressedNames.GetValueOrDefault(uid, "unknown transfer syntax"), true, false, false, PixelEncoding.UnsupportedCompression),
    };

    /// <summary>The name and UID, e.g. <c>Explicit VR Little Endian (1.2.840.10008.1.2.1)</c>.</summary>
    public override string ToString() => $"{Name} ({Uid})";
}
