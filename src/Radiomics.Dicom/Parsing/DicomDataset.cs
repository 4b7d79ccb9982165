using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Radiomics.Dicom.Parsing;

/// <summary>
/// A data set (or sequence item): elements by tag, with typed accessors. Accessors return null (or an empty
/// list) for a missing element and throw <see cref="DicomFormatException"/> for a value that cannot be read.
/// Strings are decoded as Latin-1 with padding trimmed; this reader only needs ASCII-valued attributes.
/// </summary>
public sealed class DicomDataset
{
    private readonly Dictionary<uint, DicomElement> _elements = new();

    internal DicomDataset(string path)
    {
        Path = path;
    }

    /// <summary>The file the data set was read from (for messages).</summary>
    public string Path { get; }

    /// <summary>The number of elements at this level (the items of sequences are not counted).</summary>
    public int Count => _elements.Count;

    /// <summary>The elements at this level in ascending tag order.</summary>
    public IEnumerable<DicomElement> Elements => _elements.Values.OrderBy(e => e.Tag.Value);

    /// <summary>Whether an element with <paramref name="tag"/> is present at this level (even with an empty value).</summary>
    public bool Contains(DicomTag tag) => _elements.ContainsKey(tag.Value);

    /// <summary>The element with <paramref name="tag"/> at this level, or null when absent.</summary>
    public DicomElement? Get(DicomTag tag) => _elements.GetValueOrDefault(tag.Value);

    internal void Add(DicomElement element) => _elements[element.Tag.Value] = element;

    /// <summary>The whole string value with leading/trailing spaces and NULs removed, or null when absent or empty.</summary>
    public string? GetString(DicomTag tag)
    {
        if (Get(tag) is not { } element || element.Items is not null || element.Fragments is not null)
        {
            return null;
        }

        string text = Encoding.Latin1.GetString(element.Value.Span).Trim(' ', '\0');
        return text.Length == 0 ? null : text;
    }

    /// <summary>The values of a multi-valued string (split at backslashes), each trimmed.</summary>
    public string[] GetStrings(DicomTag tag) =>
        GetString(tag) is { } text ? text.Split('\\').Select(s => s.Trim(' ', '\0')).ToArray() : [];

    /// <summary>
    /// The numbers of a Decimal String or Integer String (or, when the VR says so, FD/FL binary values), or an empty
    /// array when absent.
    /// </summary>
    public double[] GetNumbers(DicomTag tag)
    {
        if (Get(tag) is not { } element)
        {
            return [];
        }

        if (element.Vr is "FD" or "FL")
        {
            return ReadBinaryFloats(element);
        }

        if (element.Items is not null || element.Fragments is not null)
        {
            return [];
        }

        // Parsed straight from the stored bytes, as GetStrings would split and trim them but without a string per
        // value: an RTSTRUCT's contour data holds tens of thousands of numbers.
        ReadOnlySpan<byte> text = TrimPadding(element.Value.Span);
        if (text.IsEmpty)
        {
            return [];
        }

        var values = new double[text.Count((byte)'\\') + 1];
        for (int i = 0; i < values.Length; i++)
        {
            int end = text.IndexOf((byte)'\\');
            ReadOnlySpan<byte> part = TrimPadding(end < 0 ? text : text[..end]);
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new DicomFormatException(DicomProblem.Malformed, Path, $"element {tag} holds '{Encoding.Latin1.GetString(part)}', which is not a number");
            }

            text = end < 0 ? [] : text[(end + 1)..];
        }

        return values;
    }

    /// <summary>The bytes without the spaces and NULs that pad a string value (the trim of <see cref="GetStrings"/>).</summary>
    private static ReadOnlySpan<byte> TrimPadding(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> padding = [(byte)' ', 0];
        return bytes.Trim(padding);
    }

    /// <summary>The first number of a DS/IS (or FD/FL) element, or null when absent or empty.</summary>
    public double? GetNumber(DicomTag tag) => GetNumbers(tag) is { Length: > 0 } values ? values[0] : null;

    /// <summary>The first value of an unsigned short (US) element, or null when absent.</summary>
    public int? GetUInt16(DicomTag tag)
    {
        if (Get(tag) is not { } element || element.Value.Length == 0)
        {
            return null;
        }

        if (element.Vr is "IS" or "DS")
        {
            return (int?)GetNumber(tag);
        }

        if (element.Value.Length < 2)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, Path, $"element {tag} (US) has {element.Value.Length} byte(s), fewer than 2");
        }

        ReadOnlySpan<byte> span = element.Value.Span;
        return element.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);
    }

    /// <summary>The items of a sequence, empty when absent.</summary>
    public IReadOnlyList<DicomDataset> GetSequence(DicomTag tag) => Get(tag)?.Items ?? [];

    /// <summary>The first item of a sequence, or null.</summary>
    public DicomDataset? GetFirstItem(DicomTag tag) => GetSequence(tag) is { Count: > 0 } items ? items[0] : null;

    private static double[] ReadBinaryFloats(DicomElement element)
    {
        ReadOnlySpan<byte> span = element.Value.Span;
        int size = element.Vr == "FD" ? 8 : 4;
        var values = new double[span.Length / size];
        for (int i = 0; i < values.Length; i++)
        {
            ReadOnlySpan<byte> v = span.Slice(i * size, size);
            values[i] = (size, element.BigEndian) switch
            {
                (8, false) => BinaryPrimitives.ReadDoubleLittleEndian(v),
                (8, true) => BinaryPrimitives.ReadDoubleBigEndian(v),
                (_, false) => BinaryPrimitives.ReadSingleLittleEndian(v),
                _ => BinaryPrimitives.ReadSingleBigEndian(v),
            };
        }

        return values;
    }
}
