using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// How one segment is described in the SEG's Segment Sequence (PS3.3 C.8.20.2): a label, its segmented property
/// category and type (CID 7150/7151; a lesion by default: (49755003, SCT, "Morphologically Altered Structure") /
/// (4147007, SCT, "Mass")), how it was made, and optionally a description, a type modifier, an anatomic region, a
/// display colour and a tracking identifier. The segment's number is its position in the list written (1, 2, …).
/// </summary>
public sealed record SegmentDefinition(string Label)
{
    /// <summary>Segmented Property Category Code Sequence (0062,0003), CID 7150; default (49755003, SCT, "Morphologically Altered Structure").</summary>
    public CodedConcept Category { get; init; } = DicomCodes.MorphologicallyAlteredStructure;

    /// <summary>Segmented Property Type Code Sequence (0062,000F), CID 7151; default (4147007, SCT, "Mass").</summary>
    public CodedConcept Type { get; init; } = DicomCodes.Mass;

    /// <summary>Segmented Property Type Modifier Code Sequence (0062,0011), or null.</summary>
    public CodedConcept? TypeModifier { get; init; }

    /// <summary>Anatomic Region Sequence (0008,2218), or null.</summary>
    public CodedConcept? AnatomicRegion { get; init; }

    /// <summary>Segment Algorithm Type (0062,0008): how the segment was made; manual by default.</summary>
    public SegmentAlgorithmType AlgorithmType { get; init; } = SegmentAlgorithmType.Manual;

    /// <summary>Segment Algorithm Name (0062,0009): required unless <see cref="AlgorithmType"/> is manual.</summary>
    public string? AlgorithmName { get; init; }

    /// <summary>Segment Description (0062,0007), or null.</summary>
    public string? Description { get; init; }

    /// <summary>The recommended display colour as sRGB (written as CIELab, (0062,000D)), or null.</summary>
    public DisplayColor? Color { get; init; }

    /// <summary>Tracking ID (0062,0020); written with a Tracking UID when given.</summary>
    public string? TrackingId { get; init; }

    /// <summary>A lesion segment (the default category and type) with a label.</summary>
    public static SegmentDefinition Lesion(string label) => new(label);
}
