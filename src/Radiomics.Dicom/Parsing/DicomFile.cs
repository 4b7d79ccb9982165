using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Radiomics.IO;

namespace Radiomics.Dicom.Parsing;

/// <summary>
/// A DICOM Part 10 file (PS3.10 §7): optional 128-byte preamble and "DICM", the file meta group (always explicit VR
/// little endian), then the data set in the transfer syntax the meta group names. Files without preamble, and files
/// without any meta group (implicit or explicit VR little endian, guessed from the first element), are read too.
/// </summary>
public sealed class DicomFile
{
    /// <summary>Bytes read first when only the header is wanted; enlarged to the whole file when the header is longer.</summary>
    internal const int HeaderProbeBytes = 64 * 1024;

    private DicomFile(string path, TransferSyntax syntax, DicomDataset dataset, int? pixelDataOffset, uint pixelDataLength, long fileLength)
    {
        Path = path;
        FileLength = fileLength;
        TransferSyntax = syntax;
        Dataset = dataset;
        PixelDataOffset = pixelDataOffset;
        PixelDataLength = pixelDataLength;
    }

    /// <summary>The file the header was read from, as given.</summary>
    public string Path { get; }

    /// <summary>First probe of the folder scanner: enough for the header of almost every image file.</summary>
    internal const int ScanProbeBytes = 16 * 1024;

    /// <summary>
    /// For the folder scanner: returns null when the file does not look like DICOM, else its header (the data set up
    /// to the top-level pixel data, whose offset and length are recorded). Only the start of the file is read: a
    /// probe of <see cref="ScanProbeBytes"/>, enlarged fourfold (up to the whole file) while the header runs past it.
    /// </summary>
    internal static DicomFile? TryReadHeader(string path)
    {
        using SafeFileHandle handle = OpenRead(path);
        long fileLength = RandomAccess.GetLength(handle);
        if (fileLength > ScanProbeBytes)
        {
            byte[] pooled = ArrayPool<byte>.Shared.Rent(ScanProbeBytes);
            try
            {
                if (pooled.Length == ScanProbeBytes && ReadAtLeast(handle, pooled, 0, path) == ScanProbeBytes)
                {
                    if (!LooksLikeDicom(pooled.AsSpan(0, 132)))
                    {
                        return null;
                    }

                    if (HeaderFromPooledProbe(pooled, path, fileLength) is { } header)
                    {
                        return header;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }

        byte[] probe = GC.AllocateUninitializedArray<byte>((int)Math.Min(fileLength, ScanProbeBytes));
        int head = ReadAtLeast(handle, probe, 0, path);
        if (!LooksLikeDicom(probe.AsSpan(0, Math.Min(head, 132))))
        {
            return null;
        }

        return ReadHeader(handle, probe, head, path, fileLength);
    }

    /// <summary>
    /// The header when it ends inside <paramref name="pooled"/> (the usual case), else null. The data set refers to
    /// the bytes it was parsed from, so the probe (pooled, reused per file) is parsed once to find where the pixel data
    /// starts, and the bytes before it (all the data set keeps) are copied out and parsed again.
    /// </summary>
    private static DicomFile? HeaderFromPooledProbe(byte[] pooled, string path, long fileLength)
    {
        int end;
        try
        {
            if (Parse(pooled, path, headerOnly: true, fileLength).PixelDataOffset is not { } offset)
            {
                return null;
            }

            end = offset;
        }
        catch (DicomFormatException e) when (e.Problem is DicomProblem.Truncated)
        {
            return null;
        }

        DicomFile header = Parse(pooled[..end], path, headerOnly: true, fileLength);
        return header.PixelDataOffset == end ? header : null;
    }

    /// <summary>The size of the file in bytes.</summary>
    public long FileLength { get; }

    /// <summary>The transfer syntax of the data set, from (0002,0010) of the file meta information (Implicit VR Little Endian without one).</summary>
    public TransferSyntax TransferSyntax { get; }

    /// <summary>The main data set (after the file meta information), up to but not including the pixel data's value.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>
    /// For a header read of a non-deflated file: where the top-level pixel data value starts in the file. Null when
    /// the file has no pixel data or was read whole.
    /// </summary>
    public int? PixelDataOffset { get; }

    /// <summary>The pixel data length for a header read (<see cref="DicomParser.UndefinedLength"/> when encapsulated).</summary>
    public uint PixelDataLength { get; }

    /// <summary>Reads the whole file, pixel data included.</summary>
    public static DicomFile Read(string path)
    {
        byte[] bytes = ReadAllBytes(path);
        return Parse(bytes, path, headerOnly: false, bytes.Length);
    }

    /// <summary>Parses a file already in memory.</summary>
    public static DicomFile Parse(byte[] bytes, string path) => Parse(bytes, path, headerOnly: false, bytes.Length);

    /// <summary>
    /// Reads the data set up to (not including) the top-level pixel data, reading only the start of the file when
    /// that suffices. <see cref="PixelDataOffset"/> then says where the pixel data is.
    /// </summary>
    public static DicomFile ReadHeader(string path)
    {
        using SafeFileHandle handle = OpenRead(path);
        long fileLength = RandomAccess.GetLength(handle);
        byte[] probe = GC.AllocateUninitializedArray<byte>((int)Math.Min(fileLength, HeaderProbeBytes));
        int read = ReadAtLeast(handle, probe, 0, path);
        return ReadHeader(handle, probe, read, path, fileLength);
    }

    /// <summary>
    /// Parses the header from the first <paramref name="read"/> bytes of the file, already in
    /// <paramref name="probe"/>, reading four times more of the file whenever the header runs past the bytes read,
    /// until the whole file is read.
    /// </summary>
    private static DicomFile ReadHeader(SafeFileHandle handle, byte[] probe, int read, string path, long fileLength)
    {
        if (read < probe.Length)
        {
            // The file shrank since its length was taken: parse what there is.
            fileLength = read;
            Array.Resize(ref probe, read);
        }

        while (true)
        {
            try
            {
                DicomFile file = Parse(probe, path, headerOnly: true, fileLength);
                if (file.PixelDataOffset is not null || probe.Length == fileLength)
                {
                    return file;
                }

                // The probe ended exactly between two elements before any pixel data: the header may go on.
            }
            catch (DicomFormatException e) when (e.Problem is DicomProblem.Truncated && probe.Length < fileLength)
            {
                // The header is longer than the probe: read on.
            }

            if (fileLength > int.MaxValue - 64)
            {
                throw new DicomFormatException(DicomProblem.InvalidLength, path, $"the file is {fileLength} bytes, larger than this reader supports");
            }

            int previous = probe.Length;
            Array.Resize(ref probe, (int)Math.Min(fileLength, 4L * probe.Length));
            int more = ReadAtLeast(handle, probe.AsSpan(previous), previous, path);
            if (more < probe.Length - previous)
            {
                fileLength = previous + more;
                Array.Resize(ref probe, (int)fileLength);
            }
        }
    }

    /// <summary>
    /// True when the file starts like DICOM: "DICM" after a 128-byte preamble, or (headless) a first element of group
    /// 0002 or 0008 with a plausible header. Never throws for unreadable files; returns false.
    /// </summary>
    public static bool IsDicom(string path)
    {
        try
        {
            Span<byte> head = stackalloc byte[132];
            using SafeFileHandle handle = OpenRead(path);
            int read = ReadAtLeast(handle, head, 0, path);
            return LooksLikeDicom(head[..read]);
        }
        catch (DicomFormatException)
        {
            // OpenRead and ReadAtLeast report an unreadable file so.
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static bool LooksLikeDicom(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 132 && head.Slice(128, 4).SequenceEqual("DICM"u8))
        {
            return true;
        }

        if (head.Length < 8)
        {
            return false;
        }

        ushort group = BinaryPrimitives.ReadUInt16LittleEndian(head);
        ushort element = BinaryPrimitives.ReadUInt16LittleEndian(head[2..]);
        if (group is not (0x0002 or 0x0008) || element > 0x0100)
        {
            return false;
        }

        if (DicomVr.IsKnown(head[4], head[5]))
        {
            return true;
        }

        uint implicitLength = BinaryPrimitives.ReadUInt32LittleEndian(head[4..]);
        return implicitLength < 1024;
    }

    private static DicomFile Parse(byte[] bytes, string path, bool headerOnly, long fileLength)
    {
        int position = 0;
        bool hasPreamble = bytes.Length >= 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8);
        if (hasPreamble)
        {
            position = 132;
        }
        else if (!LooksLikeDicom(bytes))
        {
            throw new DicomFormatException(DicomProblem.NotDicom, path, "not a DICOM file (no 'DICM' marker after a 128-byte preamble, and no recognisable data set at the start)");
        }

        string? syntaxUid = ReadMetaGroup(bytes, ref position, path);
        TransferSyntax syntax = syntaxUid is not null ? TransferSyntax.FromUid(syntaxUid) : GuessSyntax(bytes, position);

        byte[] buffer = bytes;
        int start = position;
        if (syntax.Deflated)
        {
            if (headerOnly && bytes.Length < fileLength)
            {
                // A probe cannot be inflated reliably in part: ask for the whole file.
                throw new DicomFormatException(DicomProblem.Truncated, path, "deflated data set needs the whole file");
            }

            buffer = DeflatedDataSet.Inflate(bytes, position, path);
            start = 0;
        }

        var builder = new DatasetBuilder(path);
        var parser = new DicomParser(buffer, path, builder, stopAtPixelData: headerOnly);
        parser.Parse(start, buffer.Length, syntax.ExplicitVr, syntax.BigEndian);
        int? offset = null;
        uint length = 0;
        if (builder.PixelDataHeader is { } header && !syntax.Deflated)
        {
            offset = header.Offset;
            length = header.Length;
        }

        return new DicomFile(path, syntax, builder.Root, offset, length, fileLength);
    }

    /// <summary>Reads the group-0002 elements (explicit VR little endian) and returns the Transfer Syntax UID.</summary>
    private static string? ReadMetaGroup(byte[] bytes, ref int position, string path)
    {
        string? syntaxUid = null;
        while (bytes.Length - position >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position)) == 0x0002)
        {
            ushort element = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 2));
            byte a = bytes[position + 4], b = bytes[position + 5];
            if (!DicomVr.IsKnown(a, b))
            {
                throw new DicomFormatException(DicomProblem.Malformed, path, $"at byte {position}: the file meta element (0002,{element:X4}) is not in explicit VR");
            }

            int headerLength = 8;
            long length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 6));
            if (DicomVr.HasLongLength(a, b))
            {
                if (bytes.Length - position < 12)
                {
                    throw new DicomFormatException(DicomProblem.Truncated, path, $"at byte {position}: the file meta group ends inside an element header");
                }

                headerLength = 12;
                length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 8));
            }

            if (length > bytes.Length - position - headerLength)
            {
                throw new DicomFormatException(DicomProblem.Truncated, path, $"at byte {position}: file meta element (0002,{element:X4}) declares {length} bytes but only {bytes.Length - position - headerLength} remain");
            }

            if (element == 0x0010)
            {
                syntaxUid = Encoding.ASCII.GetString(bytes, position + headerLength, (int)length).Trim(' ', '\0');
            }

            position += headerLength + (int)length;
        }

        return syntaxUid;
    }

    /// <summary>Without a meta group: explicit VR little endian if the first element carries a VR, else implicit.</summary>
    private static TransferSyntax GuessSyntax(byte[] bytes, int position) =>
        bytes.Length - position >= 6 && DicomVr.IsKnown(bytes[position + 4], bytes[position + 5])
            ? TransferSyntax.ExplicitVrLittleEndian
            : TransferSyntax.ImplicitVrLittleEndian;

    /// <summary>Opens a regular file (a named pipe, device or folder is refused before any read; see <see cref="InputFiles"/>).</summary>
    internal static SafeFileHandle OpenRead(string path) =>
        InputFiles.OpenHandle(path, problem => new DicomFormatException(DicomProblem.NotDicom, path, problem));

    /// <summary>Reads from <paramref name="offset"/> until <paramref name="target"/> is full or the file ends; returns the bytes read.</summary>
    private static int ReadAtLeast(SafeFileHandle handle, Span<byte> target, long offset, string path)
    {
        int read = 0;
        try
        {
            int n;
            while (read < target.Length && (n = RandomAccess.Read(handle, target[read..], offset + read)) > 0)
            {
                read += n;
            }
        }
        catch (IOException e)
        {
            throw new DicomFormatException(DicomProblem.NotDicom, path, $"cannot be read: {e.Message}", e);
        }

        return read;
    }

    private static byte[] ReadAllBytes(string path)
    {
        using SafeFileHandle handle = OpenRead(path);
        long length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue - 64)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, path, $"the file is {length} bytes, larger than this reader supports");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        int read = ReadAtLeast(handle, bytes, 0, path);
        return read == bytes.Length ? bytes : bytes[..read];
    }
}
