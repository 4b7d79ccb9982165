using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// One element to write: text values (joined with backslashes and encoded when written, so the character set can be
/// chosen once for the whole data set), raw bytes (binary VRs, and text copied byte for byte from a source file), or
/// the items of a sequence.
/// </summary>
internal sealed class WriteElement
{
    private WriteElement(DicomTag tag, string vr, string? text, byte[]? bytes, IReadOnlyList<DicomWriteDataset>? items)
    {
        Tag = tag;
        Vr = vr;
        Text = text;
        Bytes = bytes;
        Items = items;
    }

    public DicomTag Tag { get; }

    public string Vr { get; }

    /// <summary>The text value (several values already joined with backslashes), or null.</summary>
    public string? Text { get; }

    /// <summary>The value bytes before padding, or null.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The items of a sequence, or null.</summary>
    public IReadOnlyList<DicomWriteDataset>? Items { get; }

    public static WriteElement OfText(DicomTag tag, string vr, string text) => new(tag, vr, text, null, null);

    public static WriteElement OfBytes(DicomTag tag, string vr, byte[] bytes) => new(tag, vr, null, bytes, null);

    public static WriteElement OfItems(DicomTag tag, IReadOnlyList<DicomWriteDataset> items) => new(tag, "SQ", null, null, items);
}
