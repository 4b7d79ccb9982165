namespace Radiomics.Dicom;

/// <summary>What went wrong when reading DICOM input (see <see cref="DicomFormatException"/>).</summary>
public enum DicomProblem
{
    /// <summary>The file is not DICOM (no DICM marker and no plausible headless data set).</summary>
    NotDicom,

    /// <summary>The file ends inside an element, item or pixel data.</summary>
    Truncated,

    /// <summary>A length field disagrees with the bytes that remain, or is not allowed for its element.</summary>
    InvalidLength,

    /// <summary>The structure is malformed: nesting too deep, delimiters out of place, bad values.</summary>
    Malformed,

    /// <summary>The transfer syntax (usually a compression) cannot be decoded here.</summary>
    UnsupportedTransferSyntax,

    /// <summary>A valid DICOM feature this reader does not handle (e.g. colour images for radiomics).</summary>
    Unsupported,

    /// <summary>A required attribute is missing.</summary>
    MissingAttribute,

    /// <summary>No series (or not the requested one) was found.</summary>
    NoSeries,

    /// <summary>Several series where one was expected.</summary>
    AmbiguousSeries,

    /// <summary>Slices of one series do not share one orientation.</summary>
    MixedOrientation,

    /// <summary>Two slices of one series share a position.</summary>
    DuplicatePosition,

    /// <summary>Slice spacing is not uniform (a missing slice or a gap).</summary>
    MissingSlice,

    /// <summary>Slices disagree in size, spacing or pixel format.</summary>
    InconsistentSlices,

    /// <summary>A segmentation references another series or frame of reference than the image.</summary>
    ReferencesOtherSeries,

    /// <summary>The requested ROI or segment does not exist.</summary>
    RoiNotFound,

    /// <summary>The requested ROI or segment is empty (no contours, or no voxel inside).</summary>
    EmptyRoi,

    /// <summary>Several ROIs match a pattern where one was expected.</summary>
    AmbiguousRoi,
}
