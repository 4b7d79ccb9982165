using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// SR content items (PS3.3 C.17.3, Document Content Macro and Document Relationship Macro) as data sets: a relationship
/// type, a value type, a concept name and the value-type-specific attributes.
/// </summary>
internal static class SrItems
{
    public const string Contains = "CONTAINS";
    public const string HasConceptModifier = "HAS CONCEPT MOD";
    public const string HasObservationContext = "HAS OBS CONTEXT";
    public const string HasAcquisitionContext = "HAS ACQ CONTEXT";

    /// <summary>DCMR, the mapping resource of the templates named in Content Template Sequence.</summary>
    private const string DcmrUid = "1.2.840.10008.8.1.1";

    public static DicomWriteDataset Container(string relationship, CodedConcept name, string? templateId, IReadOnlyList<DicomWriteDataset> children)
    {
        DicomWriteDataset item = Item(relationship, "CONTAINER", name);
        FillContainer(item, templateId, children);
        return item;
    }

    /// <summary>The container attributes, also those of the document root (which has no relationship).</summary>
    public static void FillContainer(DicomWriteDataset item, string? templateId, IReadOnlyList<DicomWriteDataset> children)
    {
        item.Text(WriterTags.ContinuityOfContent, "CS", "SEPARATE");
        if (templateId is not null)
        {
            item.Sequence(WriterTags.ContentTemplateSequence, new DicomWriteDataset()
                .Text(WriterTags.MappingResource, "CS", "DCMR")
                .Text(WriterTags.MappingResourceUid, "UI", DcmrUid)
                .Text(WriterTags.TemplateIdentifier, "CS", templateId));
        }

        if (children.Count > 0)
        {
            item.Sequence(WriterTags.ContentSequence, children);
        }
    }

    public static DicomWriteDataset Code(string relationship, CodedConcept name, CodedConcept value) =>
        Item(relationship, "CODE", name).Code(WriterTags.ConceptCodeSequence, value);

    public static DicomWriteDataset Text(string relationship, CodedConcept name, string value) =>
        Item(relationship, "TEXT", name).Text(WriterTags.TextValue, "UT", value);

    public static DicomWriteDataset UidReference(string relationship, CodedConcept name, string uid) =>
        Item(relationship, "UIDREF", name).Text(WriterTags.Uid, "UI", uid);

    /// <summary>An IMAGE item: a Referenced SOP Sequence of one instance, with a segment number for a SEG.</summary>
    public static DicomWriteDataset Image(string relationship, CodedConcept? name, string sopClassUid, string sopInstanceUid, int? segmentNumber = null)
    {
        var reference = new DicomWriteDataset()
            .Text(WriterTags.ReferencedSopClassUid, "UI", sopClassUid)
            .Text(DicomTags.ReferencedSopInstanceUid, "UI", sopInstanceUid);
        if (segmentNumber is { } segment)
        {
            reference.UInt16(DicomTags.ReferencedSegmentNumber, segment);
        }

        return Item(relationship, "IMAGE", name).Sequence(WriterTags.ReferencedSopSequence, reference);
    }

    /// <summary>
    /// A NUM item (C.18.1): a finite value as a Decimal String (<see cref="DecimalString"/>) with the exact double in
    /// Floating Point Value (0040,A161); NaN or an infinity as an empty Measured Value Sequence and a Numeric Value
    /// Qualifier (CID 42).
    /// </summary>
    public static DicomWriteDataset Numeric(string relationship, CodedConcept name, double value, CodedConcept unit, IReadOnlyList<DicomWriteDataset> children)
    {
        DicomWriteDataset item = Item(relationship, "NUM", name);
        if (double.IsFinite(value))
        {
            item.Sequence(WriterTags.MeasuredValueSequence, new DicomWriteDataset()
                .Code(WriterTags.MeasurementUnitsCodeSequence, unit)
                .Decimals(WriterTags.NumericValue, value)
                .Float64(WriterTags.FloatingPointValue, value));
        }
        else
        {
            item.Sequence(WriterTags.MeasuredValueSequence);
            item.Code(WriterTags.NumericValueQualifierCodeSequence,
                double.IsNaN(value) ? DicomCodes.NotANumber : value > 0 ? DicomCodes.PositiveInfinity : DicomCodes.NegativeInfinity);
        }

        if (children.Count > 0)
        {
            item.Sequence(WriterTags.ContentSequence, children);
        }

        return item;
    }

    private static DicomWriteDataset Item(string relationship, string valueType, CodedConcept? name)
    {
        var item = new DicomWriteDataset()
            .Text(WriterTags.RelationshipType, "CS", relationship)
            .Text(WriterTags.ValueType, "CS", valueType);
        return name is null ? item : item.Code(WriterTags.ConceptNameCodeSequence, name);
    }
}
