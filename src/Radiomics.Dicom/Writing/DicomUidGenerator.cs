using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// New DICOM UIDs under one root, <c>2.25.</c> (PS3.5 §B.2: a UUID written as one unsigned decimal integer, at most
/// 39 digits, so every UID has at most 44 characters). Without a seed each UID is a random (version 4) UUID. With a
/// seed, each is the name-based SHA-1 (version 5, RFC 9562 §5.5) UUID of <c>seed + "/" + purpose</c> in the
/// namespace <see cref="Namespace"/>: the same seed and purpose always give the same UID, so the bytes written are
/// reproducible, and different seeds (or purposes) give unrelated UIDs.
/// </summary>
internal sealed class DicomUidGenerator
{
    /// <summary>The root of every UID written: ISO/ITU-T's UUID arc.</summary>
    public const string Root = "2.25.";

    /// <summary>
    /// The namespace of seeded UUIDs: the version 5 UUID of the URL "https://github.com/radiomics-net/radiomics-net/dicom"
    /// in RFC 9562's URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
    /// </summary>
    public static Guid Namespace { get; } = NameBased(Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/radiomics-net/radiomics-net/dicom");

    /// <summary>(0002,0012) Implementation Class UID of Radiomics.NET: the seeded UID of purpose "implementation-class" with seed "Radiomics.NET".</summary>
    public static string ImplementationClassUid { get; } = new DicomUidGenerator("Radiomics.NET").Create("implementation-class");

    private readonly string? _seed;

    /// <param name="seed">Null for random UIDs, else the seed of reproducible ones (any text, e.g. a case identifier).</param>
    public DicomUidGenerator(string? seed = null)
    {
        _seed = seed;
    }

    /// <summary>True when the UIDs are reproducible.</summary>
    public bool IsSeeded => _seed is not null;

    /// <summary>
    /// A UID for <paramref name="purpose"/> (e.g. "seg/series"): random without a seed; with one, a function of seed and
    /// purpose only, so each distinct object of one output needs a distinct purpose.
    /// </summary>
    public string Create(string purpose)
    {
        Guid uuid = _seed is null ? Guid.NewGuid() : NameBased(Namespace, _seed + "/" + purpose);
        return FromUuid(uuid);
    }

    /// <summary>The <c>2.25.</c> UID of a UUID (its 128 bits, in RFC 9562 byte order, as an unsigned integer).</summary>
    public static string FromUuid(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        return Root + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The version 5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="space"/> (RFC 9562 §5.5).</summary>
    public static Guid NameBased(Guid space, string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
