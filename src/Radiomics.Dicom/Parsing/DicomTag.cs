namespace Radiomics.Dicom.Parsing;

/// <summary>A DICOM data element tag (group, element), PS3.5 §7.1.</summary>
public readonly record struct DicomTag(ushort Group, ushort Element)
{
    /// <summary>The tag as one number, group in the high 16 bits (the order data sets are sorted in).</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>Private tags have an odd group number (PS3.5 §7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1;

    public static DicomTag FromValue(uint value) => new((ushort)(value >> 16), (ushort)value);

    public override string ToString() => $"({Group:X4},{Element:X4})";
}
