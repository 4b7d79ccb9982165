namespace Radiomics.Analysis.Reports;

/// <summary>
/// The plane of a slice view, in radiological display: axial (patient right on the left, anterior up), coronal
/// (right on the left, superior up), sagittal (anterior on the left, superior up). The image's index axis closest to
/// each patient axis (from its direction cosines, LPS) is used.
/// </summary>
public enum AnatomicalPlane
{
    /// <summary>Normal to the patient's superior–inferior axis.</summary>
    Axial,

    /// <summary>Normal to the patient's anterior–posterior axis.</summary>
    Coronal,

    /// <summary>Normal to the patient's left–right axis.</summary>
    Sagittal,
}
