using System.Buffers.Binary;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Sr;

/// <summary>Reading the parts of SR content items (PS3.3 C.17.3) from parsed data sets.</summary>
internal static class SrDatasets
{
    /// <summary>The code of a Code Sequence Macro item: Code Value, else Long Code Value, else URN Code Value (0008,0120).</summary>
    public static CodedConcept? Code(DicomDataset? item)
    {
        if (item is null)
        {
            return null;
        }

        string? value = item.GetString(WriterTags.CodeValue) ?? item.GetString(WriterTags.LongCodeValue) ?? item.GetString(UrnCodeValue);
        string? scheme = item.GetString(WriterTags.CodingSchemeDesignator);
        return value is null ? null : new CodedConcept(value, scheme ?? string.Empty, item.GetString(WriterTags.CodeMeaning) ?? string.Empty);
    }

    /// <summary>(0008,0120) UR URN Code Value.</summary>
    private static readonly DicomTag UrnCodeValue = new(0x0008, 0x0120);

    public static CodedConcept? ConceptName(DicomDataset item) => Code(item.GetFirstItem(WriterTags.ConceptNameCodeSequence));

    public static string? ValueType(DicomDataset item) => item.GetString(WriterTags.ValueType);

    public static IReadOnlyList<DicomDataset> Children(DicomDataset item) => item.GetSequence(WriterTags.ContentSequence);

    /// <summary>
    /// A 64-bit float element: FD in explicit VR, or 8 bytes of VR UN as an implicit VR reader stores it. Null when
    /// absent or of another length.
    /// </summary>
    public static double? Float64(DicomDataset item, DicomTag tag)
    {
        if (item.Get(tag) is not { Items: null, Fragments: null } element || element.Vr is not ("FD" or "UN") || element.Value.Length != 8)
        {
            return null;
        }

        return element.BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(element.Value.Span) : BinaryPrimitives.ReadDoubleLittleEndian(element.Value.Span);
    }
}
