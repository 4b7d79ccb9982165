using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>An image series assembled into one volume (LPS geometry, as ITK/SimpleITK build it) and what is known of it.</summary>
public sealed class DicomSeries
{
    internal DicomSeries(ImageData image, string seriesInstanceUid, string? frameOfReferenceUid, string modality, string? description,
        IReadOnlyList<string> files, IReadOnlyList<string> sopInstanceUids, IReadOnlyList<string> notes)
    {
        Image = image;
        SeriesInstanceUid = seriesInstanceUid;
        FrameOfReferenceUid = frameOfReferenceUid;
        Modality = modality;
        Description = description;
        Files = files;
        SopInstanceUids = sopInstanceUids;
        Notes = notes;
    }

    /// <summary>The voxels after rescale (or SUV), with the geometry: origin at the first slice along the slice normal.</summary>
    public ImageData Image { get; }

    /// <summary>Series Instance UID (0020,000E).</summary>
    public string SeriesInstanceUid { get; }

    /// <summary>Frame of Reference UID (0020,0052), or null when the files have none.</summary>
    public string? FrameOfReferenceUid { get; }

    /// <summary>Modality (0008,0060), e.g. <c>CT</c>, <c>MR</c>, <c>PT</c>.</summary>
    public string Modality { get; }

    /// <summary>Series Description (0008,103E), or null when absent.</summary>
    public string? Description { get; }

    /// <summary>The files, in slice order (a multi-frame file appears once).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>SOP Instance UIDs of the slices' files, in slice order.</summary>
    public IReadOnlyList<string> SopInstanceUids { get; }

    /// <summary>Diagnostics worth telling the user: skipped files, derived spacing, why SUV was not computed, …</summary>
    public IReadOnlyList<string> Notes { get; }
}
