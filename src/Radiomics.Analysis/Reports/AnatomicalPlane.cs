namespace Radiomics.Analysis.Reports;

/// <summary>
/// The plane of a slice view, in radiological display: axial (patient right on the left, anterior up), coronal
/// (right on the left, superior up), sagittal (anterior on the left, superior up). The image's index axis closest to
/// each patient axis (from its direction cosines, LPS) is used.
/// </summary>
public enum AnatomicalPlane
{
    Axial,
    Coronal,
    Sagittal,
}
