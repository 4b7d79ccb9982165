using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// Copies the Patient (PS3.3 C.7.1.1) and General Study (C.7.2.1) attributes of the source image, and its Specific
/// Character Set, into a derived object, byte for byte: a derived instance belongs to the same patient and study, so
/// it must name them exactly as the images do. Values that break their VR's rules (a 17-character Study ID, a
/// lower-case sex) are kept as they are and listed, so the caller can report them as inherited.
/// </summary>
internal static class InheritedAttributes
{
    /// <summary>Type 2 attributes (written empty when the source has none) and optional ones, with their VRs.</summary>
    private static readonly (DicomTag Tag, string Vr, bool Type2)[] PatientAndStudy =
    [
        (WriterTags.SpecificCharacterSet, "CS", false),
        (WriterTags.StudyDate, "DA", true),
        (WriterTags.StudyTime, "TM", true),
        (WriterTags.AccessionNumber, "SH", true),
        (WriterTags.ReferringPhysicianName, "PN", true),
        (WriterTags.StudyDescription, "LO", false),
        (WriterTags.PatientName, "PN", true),
        (WriterTags.PatientId, "LO", true),
        (WriterTags.IssuerOfPatientId, "LO", false),
        (WriterTags.PatientBirthDate, "DA", true),
        (WriterTags.PatientSex, "CS", true),
        (WriterTags.StudyInstanceUid, "UI", false),
        (WriterTags.StudyId, "SH", true),
    ];

    /// <summary>Copies patient and study into <paramref name="target"/>, adding a line to <paramref name="inherited"/> per invalid value.</summary>
    public static void CopyPatientAndStudy(DicomDataset source, DicomWriteDataset target, List<string> inherited)
    {
        foreach (var (tag, vr, type2) in PatientAndStudy)
        {
            target.CopyFrom(source, tag, vr, type2, inherited);
        }
    }

    /// <summary>Copies the Frame of Reference module (C.7.4.1): its UID and the (Type 2) Position Reference Indicator.</summary>
    public static void CopyFrameOfReference(DicomDataset source, DicomWriteDataset target, List<string> inherited)
    {
        target.CopyFrom(source, DicomTags.FrameOfReferenceUid, "UI", type2: false, inherited);
        target.CopyFrom(source, WriterTags.PositionReferenceIndicator, "LO", type2: true, inherited);
    }
}
