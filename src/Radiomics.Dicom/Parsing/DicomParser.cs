using System.Buffers.Binary;

namespace Radiomics.Dicom.Parsing;

/// <summary>
/// Walks a DICOM data set held in memory: tag → VR → length → value, with sequences and items of defined and
/// undefined length and encapsulated pixel data (PS3.5 §7). Every length is checked against the bytes that remain
/// in its container, each step advances by at least 8 bytes and nesting is limited, so hostile input ends in a
/// <see cref="DicomFormatException"/>, never a huge allocation, an endless loop or a stack overflow.
/// </summary>
internal sealed class DicomParser
{
    /// <summary>The length value meaning "undefined length" (PS3.5 §7.1.1).</summary>
    public const uint UndefinedLength = 0xFFFFFFFF;

    /// <summary>Deepest nesting of sequences accepted; real objects rarely exceed 6.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Most elements, sequence items and pixel data fragments one file may hold (2^21): a segmentation of a hundred
    /// segments over five hundred slices holds under a million; each costs memory once parsed.
    /// </summary>
    public const int MaxNodes = 1 << 21;

    private int _nodes;

    private readonly byte[] _buffer;
    private readonly string _path;
    private readonly IDicomParserObserver _observer;
    private readonly bool _stopAtPixelData;

    public DicomParser(byte[] buffer, string path, IDicomParserObserver observer, bool stopAtPixelData)
    {
        _buffer = buffer;
        _path = path;
        _observer = observer;
        _stopAtPixelData = stopAtPixelData;
    }

    /// <summary>True once the parser stopped at the top-level pixel data (only when told to).</summary>
    public bool StoppedAtPixelData { get; private set; }

    /// <summary>Parses the top-level data set in <c>[start, end)</c>.</summary>
    public void Parse(int start, int end, bool explicitVr, bool bigEndian)
    {
        int position = start;
        ParseElements(ref position, end, 0, untilDelimiter: false, explicitVr, bigEndian);
    }

    private void ParseElements(ref int position, int end, int depth, bool untilDelimiter, bool explicitVr, bool bigEndian)
    {
        while (position < end)
        {
            int elementStart = position;
            if (end - position < 8)
            {
                throw Truncated(position, $"an element header needs 8 bytes but only {end - position} remain");
            }

            CountNode(position);
            var tag = ReadTag(position, bigEndian);
            if (tag == DicomTags.ItemDelimitation)
            {
                if (!untilDelimiter)
                {
                    throw Malformed(position, "an item delimiter outside an item of undefined length");
                }

                position += 8;
                return;
            }

            if (tag.Group == 0xFFFE)
            {
                throw Malformed(position, $"the delimitation tag {tag} where a data element was expected");
            }

            string vr;
            uint length;
            if (explicitVr)
            {
                byte a = _buffer[position + 4], b = _buffer[position + 5];
                vr = DicomVr.Name(a, b) ?? throw Malformed(position, $"element {tag} has the invalid VR bytes 0x{a:X2} 0x{b:X2}");
                if (DicomVr.HasLongLength(a, b))
                {
                    if (end - position < 12)
                    {
                        throw Truncated(position, $"the header of element {tag} needs 12 bytes but only {end - position} remain");
                    }

                    length = ReadUInt32(position + 8, bigEndian);
                    position += 12;
                }
                else
                {
                    length = ReadUInt16(position + 6, bigEndian);
                    position += 8;
                }
            }
            else
            {
                vr = DicomVr.ImplicitVr(tag);
                length = ReadUInt32(position + 4, bigEndian);
                position += 8;
            }

            if (depth == 0 && tag == DicomTags.PixelData && _stopAtPixelData)
            {
                _observer.OnPixelDataHeader(tag, vr, position, length);
                StoppedAtPixelData = true;
                position = end;
                return;
            }

            if (length == UndefinedLength)
            {
                if (tag == DicomTags.PixelData)
                {
                    ParseFragments(ref position, end, tag, vr, bigEndian);
                }
                else if (vr is "SQ" or "UN" || !explicitVr)
                {
                    // PS3.5 §6.2.2: a UN element of undefined length holds a sequence in implicit VR little endian.
                    bool itemsExplicit = vr != "UN" && explicitVr;
                    bool itemsBigEndian = vr != "UN" && bigEndian;
                    ParseSequence(ref position, end, defined: false, tag, vr, depth, itemsExplicit, itemsBigEndian);
                }
                else
                {
                    throw InvalidLength(elementStart, $"element {tag} with VR {vr} has undefined length, which only sequences and pixel data may have");
                }

                continue;
            }

            CheckLength(elementStart, position, end, length, tag);
            if (vr == "SQ")
            {
                int sequenceEnd = position + (int)length;
                ParseSequence(ref position, sequenceEnd, defined: true, tag, vr, depth, explicitVr, bigEndian);
                continue;
            }

            _observer.OnElement(tag, vr, bigEndian, new ReadOnlyMemory<byte>(_buffer, position, (int)length));
            position += (int)length;
        }

        if (untilDelimiter)
        {
            throw Truncated(position, "an item of undefined length ends without its item delimiter");
        }
    }

    private void ParseSequence(ref int position, int end, bool defined, DicomTag sequenceTag, string vr, int depth, bool explicitVr, bool bigEndian)
    {
        if (depth >= MaxDepth)
        {
            throw Malformed(position, $"sequences nest deeper than {MaxDepth} levels");
        }

        _observer.OnBeginSequence(sequenceTag, vr);
        while (true)
        {
            if (defined && position == end)
            {
                break;
            }

            if (end - position < 8)
            {
                throw Truncated(position, $"sequence {sequenceTag} ends inside an item header");
            }

            var tag = ReadTag(position, bigEndian);
            uint length = ReadUInt32(position + 4, bigEndian);
            int itemStart = position;
            position += 8;
            if (tag == DicomTags.SequenceDelimitation)
            {
                if (defined)
                {
                    throw Malformed(itemStart, $"a sequence delimiter inside sequence {sequenceTag} of defined length");
                }

                break;
            }

            if (tag != DicomTags.Item)
            {
                throw Malformed(itemStart, $"sequence {sequenceTag} holds {tag} where an item was expected");
            }

            CountNode(itemStart);
            _observer.OnBeginItem();
            if (length == UndefinedLength)
            {
                ParseElements(ref position, end, depth + 1, untilDelimiter: true, explicitVr, bigEndian);
            }
            else
            {
                CheckLength(itemStart, position, end, length, tag);
                int itemEnd = position + (int)length;
                ParseElements(ref position, itemEnd, depth + 1, untilDelimiter: false, explicitVr, bigEndian);
            }

            _observer.OnEndItem();
        }

        _observer.OnEndSequence();
    }

    private void ParseFragments(ref int position, int end, DicomTag tag, string vr, bool bigEndian)
    {
        var fragments = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            if (end - position < 8)
            {
                throw Truncated(position, "encapsulated pixel data ends without its sequence delimiter");
            }

            var itemTag = ReadTag(position, bigEndian);
            uint length = ReadUInt32(position + 4, bigEndian);
            int itemStart = position;
            position += 8;
            if (itemTag == DicomTags.SequenceDelimitation)
            {
                break;
            }

            if (itemTag != DicomTags.Item)
            {
                throw Malformed(itemStart, $"encapsulated pixel data holds {itemTag} where a fragment item was expected");
            }

            CheckLength(itemStart, position, end, length, itemTag);
            CountNode(itemStart);
            fragments.Add(new ReadOnlyMemory<byte>(_buffer, position, (int)length));
            position += (int)length;
        }

        _observer.OnFragments(tag, vr, fragments);
    }

    private void CheckLength(int headerStart, int valueStart, int end, uint length, DicomTag tag)
    {
        if (length == UndefinedLength)
        {
            throw InvalidLength(headerStart, $"{tag} has undefined length where a defined length is required");
        }

        long remaining = end - valueStart;
        if (length > remaining)
        {
            if (end == _buffer.Length)
            {
                throw Truncated(headerStart, $"{tag} declares {length} bytes but only {remaining} remain in the file (the file is truncated or the length is corrupt)");
            }

            throw InvalidLength(headerStart, $"{tag} declares {length} bytes but only {remaining} remain in its enclosing item or sequence");
        }
    }

    private void CountNode(int position)
    {
        if (++_nodes > MaxNodes)
        {
            throw InvalidLength(position, $"the data set holds more than {MaxNodes} elements, items and fragments");
        }
    }

    private DicomTag ReadTag(int position, bool bigEndian) =>
        new(ReadUInt16(position, bigEndian), ReadUInt16(position + 2, bigEndian));

    private ushort ReadUInt16(int position, bool bigEndian) => bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(position, 2))
        : BinaryPrimitives.ReadUInt16LittleEndian(_buffer.AsSpan(position, 2));

    private uint ReadUInt32(int position, bool bigEndian) => bigEndian
        ? BinaryPrimitives.ReadUInt32BigEndian(_buffer.AsSpan(position, 4))
        : BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(position, 4));

    private DicomFormatException Truncated(int offset, string problem) =>
        new(DicomProblem.Truncated, _path, $"at byte {offset}: {problem}");

    private DicomFormatException InvalidLength(int offset, string problem) =>
        new(DicomProblem.InvalidLength, _path, $"at byte {offset}: {problem}");

    private DicomFormatException Malformed(int offset, string problem) =>
        new(DicomProblem.Malformed, _path, $"at byte {offset}: {problem}");
}
