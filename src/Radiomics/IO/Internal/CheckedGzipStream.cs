using System.Buffers.Binary;
using System.IO.Compression;

namespace Radiomics.IO.Internal;

/// <summary>
/// Decompresses a gzip file and checks it against its trailer. .NET's GZipStream verifies the CRC-32 when
/// it reaches the trailer, but a stream whose input simply runs out (or whose damage consumes the trailer)
/// ends silently. So this wrapper counts the decompressed bytes and <see cref="VerifyEnd"/> drains the
/// stream and compares the count with the trailer's length field (the file's last four bytes, RFC 1952).
/// Only single-member gzip files pass: a file of several members (as bgzip writes) carries only the last
/// member's trailer and is reported as not matching.
/// </summary>
internal sealed class CheckedGzipStream(FileStream file) : Stream
{
    private readonly GZipStream _gzip = new(file, CompressionMode.Decompress, leaveOpen: true);
    private long _length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _gzip.Read(buffer);
        _length += n;
        return n;
    }

    /// <summary>Reads to the end and checks the trailer; throws <see cref="ImageFormatException"/> on a mismatch.</summary>
    public void VerifyEnd(string path)
    {
        if (!VoxelDataLoader.VerifyCompressedEnd(path, this))
        {
            return; // more than 1 MiB of trailing data: not worth decompressing just to check it
        }

        if (file.Length < 18)
        {
            throw new ImageFormatException(path, "the gzip stream is too short to be valid");
        }

        Span<byte> trailer = stackalloc byte[8];
        RandomAccess.Read(file.SafeFileHandle, trailer, file.Length - 8);
        uint storedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (storedLength != (uint)_length)
        {
            throw new ImageFormatException(path, $"corrupt compressed data: {_length} bytes decompressed but the gzip trailer records {storedLength} (multi-member gzip files are not supported)");
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }
}
