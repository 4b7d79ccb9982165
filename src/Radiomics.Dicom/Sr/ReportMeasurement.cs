using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// One NUM content item of a measurement group as read: its concept name, its value (the Floating Point Value when
/// present, else the Decimal String parsed, else NaN or an infinity from the Numeric Value Qualifier, else NaN), the
/// stored Decimal String and Floating Point Value themselves, the unit and qualifier codes, the Equivalent Meaning of
/// Concept Name (Radiomics.NET writes the feature's output name there), and the algorithm named on the item itself.
/// </summary>
public sealed record ReportMeasurement(
    CodedConcept Concept,
    double Value,
    string? NumericValue,
    double? FloatingPointValue,
    CodedConcept? Unit,
    CodedConcept? Qualifier,
    string? EquivalentName,
    string? AlgorithmName,
    string? AlgorithmVersion);
