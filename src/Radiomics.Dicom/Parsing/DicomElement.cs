namespace Radiomics.Dicom.Parsing;

/// <summary>
/// One data element as read: its tag, VR (for implicit VR "UN" unless the parser knows it), and either its raw value
/// bytes, its sequence items, or its encapsulated fragments.
/// </summary>
public sealed class DicomElement
{
    internal DicomElement(DicomTag tag, string vr, bool bigEndian, ReadOnlyMemory<byte> value,
        IReadOnlyList<DicomDataset>? items = null, IReadOnlyList<ReadOnlyMemory<byte>>? fragments = null)
    {
        Tag = tag;
        Vr = vr;
        BigEndian = bigEndian;
        Value = value;
        Items = items;
        Fragments = fragments;
    }

    /// <summary>The element's tag (group, element).</summary>
    public DicomTag Tag { get; }

    /// <summary>The two-letter value representation (e.g. <c>DS</c>, <c>SQ</c>); for implicit VR the data dictionary's VR, or <c>UN</c> when unknown.</summary>
    public string Vr { get; }

    /// <summary>True when binary numbers in <see cref="Value"/> are big endian.</summary>
    public bool BigEndian { get; }

    /// <summary>The value bytes (empty for sequences and encapsulated pixel data).</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>The items of a sequence, or null.</summary>
    public IReadOnlyList<DicomDataset>? Items { get; }

    /// <summary>Encapsulated pixel data fragments (the first is the Basic Offset Table), or null.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>>? Fragments { get; }
}
