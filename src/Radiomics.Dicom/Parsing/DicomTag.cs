namespace Radiomics.Dicom.Parsing;

/// <summary>A DICOM data element tag (group, element), PS3.5 §7.1.</summary>
public readonly record struct DicomTag(ushort Group, ushort Element)
{
    /// <summary>The tag as one number, group in the high 16 bits (the order data sets are sorted in).</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>Private tags have an odd group number (PS3.5 §7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1;

    /// <summary>The tag of <see cref="Value"/> form: group in the high 16 bits, element in the low 16 bits.</summary>
    public static DicomTag FromValue(uint value) => new((ushort)(value >> 16), (ushort)value);

    /// <summary>The tag as DICOM writes it: <c>(GGGG,EEEE)</c> in upper-case hex.</summary>
    public override string ToString() => $"({Group:X4},{Element:X4})";
}
