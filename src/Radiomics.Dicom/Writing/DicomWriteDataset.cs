using System.Buffers.Binary;
using System.Globalization;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// A data set (or sequence item) being built for writing: elements kept in tag order, each set through a typed
/// method that checks the value against its VR (<see cref="DicomValueRules"/>) and refuses an invalid one with a
/// <see cref="DicomWriteException"/> naming the tag. Values copied from a source file go through
/// <see cref="CopyFrom"/>, which keeps them byte for byte and reports (rather than refuses) invalid ones.
/// </summary>
internal sealed class DicomWriteDataset
{
    private readonly SortedList<uint, WriteElement> _elements = new();

    public IEnumerable<WriteElement> Elements => _elements.Values;

    public WriteElement? Get(DicomTag tag) => _elements.GetValueOrDefault(tag.Value);

    /// <summary>Sets a text element from one value; null or empty writes an empty value (a Type 2 attribute).</summary>
    public DicomWriteDataset Text(DicomTag tag, string vr, string? value) => Texts(tag, vr, value is null ? [] : [value]);

    /// <summary>Sets a multi-valued text element (values joined with backslashes).</summary>
    public DicomWriteDataset Texts(DicomTag tag, string vr, IReadOnlyList<string> values)
    {
        foreach (string value in values)
        {
            if (DicomValueRules.Problem(vr, value) is { } problem)
            {
                throw new DicomWriteException($"{tag} {vr}", $"the value '{Shorten(value)}' {problem}");
            }

            if (!DicomValueRules.IsSingleValued(vr) && value.Contains('\\'))
            {
                throw new DicomWriteException($"{tag} {vr}", $"the value '{Shorten(value)}' holds a backslash, the value separator");
            }
        }

        if (values.Count > 1 && DicomValueRules.IsSingleValued(vr))
        {
            throw new DicomWriteException($"{tag} {vr}", "a single-valued VR given several values");
        }

        return Set(WriteElement.OfText(tag, vr, string.Join('\\', values)));
    }

    /// <summary>Sets a Decimal String element (<see cref="DecimalString.Format(double)"/> per value).</summary>
    public DicomWriteDataset Decimals(DicomTag tag, params ReadOnlySpan<double> values) => Texts(tag, "DS", DecimalString.Format(values));

    /// <summary>Sets an Integer String element.</summary>
    public DicomWriteDataset Integer(DicomTag tag, long value) => Text(tag, "IS", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets an unsigned short (US) element.</summary>
    public DicomWriteDataset UInt16(DicomTag tag, params ReadOnlySpan<int> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), checked((ushort)values[i]));
        }

        return Set(WriteElement.OfBytes(tag, "US", bytes));
    }

    /// <summary>Sets an unsigned long (UL) element.</summary>
    public DicomWriteDataset UInt32(DicomTag tag, params ReadOnlySpan<uint> values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return Set(WriteElement.OfBytes(tag, "UL", bytes));
    }

    /// <summary>Sets a 64-bit floating point (FD) element.</summary>
    public DicomWriteDataset Float64(DicomTag tag, double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return Set(WriteElement.OfBytes(tag, "FD", bytes));
    }

    /// <summary>Sets an Attribute Tag (AT) element.</summary>
    public DicomWriteDataset AttributeTag(DicomTag tag, DicomTag value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), value.Element);
        return Set(WriteElement.OfBytes(tag, "AT", bytes));
    }

    /// <summary>Sets an element of a binary VR (OB, OW, …) from its bytes.</summary>
    public DicomWriteDataset Bytes(DicomTag tag, string vr, byte[] value) => Set(WriteElement.OfBytes(tag, vr, value));

    /// <summary>Sets a sequence; no items writes an empty sequence (a Type 2 attribute).</summary>
    public DicomWriteDataset Sequence(DicomTag tag, IReadOnlyList<DicomWriteDataset> items) => Set(WriteElement.OfItems(tag, items));

    public DicomWriteDataset Sequence(DicomTag tag, params DicomWriteDataset[] items) => Sequence(tag, (IReadOnlyList<DicomWriteDataset>)items);

    /// <summary>Sets a code sequence of one item holding <paramref name="code"/>.</summary>
    public DicomWriteDataset Code(DicomTag sequence, CodedConcept code) => Sequence(sequence, CodeItem(code));

    /// <summary>
    /// An item of the Code Sequence Macro (PS3.3 Table 8.8-1): Code Value, or Long Code Value when the value is longer
    /// than an SH holds; Coding Scheme Designator; Code Meaning.
    /// </summary>
    public static DicomWriteDataset CodeItem(CodedConcept code)
    {
        var item = new DicomWriteDataset();
        if (code.Value.Length > 16)
        {
            item.Text(WriterTags.LongCodeValue, "UC", code.Value);
        }
        else
        {
            item.Text(WriterTags.CodeValue, "SH", code.Value);
        }

        return item.Text(WriterTags.CodingSchemeDesignator, "SH", code.Scheme)
            .Text(WriterTags.CodeMeaning, "LO", code.Meaning);
    }

    /// <summary>
    /// Copies an element of <paramref name="source"/> byte for byte under <paramref name="vr"/>. An absent element is
    /// written empty when <paramref name="type2"/> (else left out). A value that breaks the VR's rules is kept (it names
    /// a patient or study other instances also name) and described in <paramref name="inherited"/>.
    /// </summary>
    public DicomWriteDataset CopyFrom(DicomDataset source, DicomTag tag, string vr, bool type2, List<string> inherited)
    {
        if (source.Get(tag) is not { Items: null, Fragments: null } element)
        {
            return type2 ? Text(tag, vr, null) : this;
        }

        byte[] raw = element.Value.ToArray();
        int end = raw.Length;
        while (end > 0 && raw[end - 1] is (byte)' ' or 0)
        {
            end--;
        }

        raw = raw[..end];
        string text = System.Text.Encoding.Latin1.GetString(raw);
        IEnumerable<string> values = DicomValueRules.IsSingleValued(vr) ? [text] : text.Split('\\');
        foreach (string value in values)
        {
            string trimmed = vr is "DS" or "IS" ? value.Trim(' ') : value;
            // Bytes above 0x7F are characters of the source's character set, not control characters: checked as a letter.
            string checkable = string.Create(trimmed.Length, trimmed, (span, t) =>
            {
                for (int i = 0; i < t.Length; i++)
                {
                    span[i] = t[i] > 0x7F ? 'a' : t[i];
                }
            });
            if (DicomValueRules.Problem(vr, checkable) is { } problem)
            {
                inherited.Add($"{tag} {vr} '{Shorten(value)}' copied from {Path.GetFileName(source.Path)} {problem}; kept unchanged");
            }
        }

        return Set(WriteElement.OfBytes(tag, vr, raw));
    }

    private DicomWriteDataset Set(WriteElement element)
    {
        _elements[element.Tag.Value] = element;
        return this;
    }

    private static string Shorten(string value) => value.Length > 80 ? value[..77] + "..." : value;
}
