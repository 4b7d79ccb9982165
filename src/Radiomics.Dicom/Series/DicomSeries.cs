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

    public string SeriesInstanceUid { get; }

    public string? FrameOfReferenceUid { get; }

    public string Modality { get; }

    public string? Description { get; }

    /// <summary>The files, in slice order (a multi-frame file appears once).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>SOP Instance UIDs of the slices' files, in slice order.</summary>
    public IReadOnlyList<string> SopInstanceUids { get; }

    /// <summary>Diagnostics worth telling the user: skipped files, derived spacing, why SUV was not computed, …</summary>
    public IReadOnlyList<string> Notes { get; }
}
