using Radiomics.Imaging;

namespace Radiomics.Cli;

/// <summary>
/// A case as <see cref="InputLoader.LoadCase"/> loaded it: the image, the mask on its grid, notes worth telling the
/// user (skipped files, PET values left unconverted, contours off the slices, …) and, when a single structure was
/// selected from an RTSTRUCT or SEG, the label its voxels carry in <see cref="Mask"/> (the label to extract).
/// </summary>
internal sealed record LoadedCase(ImageData Image, ImageData Mask, IReadOnlyList<string> Notes, int? SelectedLabel)
{
    /// <summary>
    /// The inputs of a case loaded with a <see cref="Radiomics.IO.VoxelBufferPool"/> (its image and mask, which it alone
    /// holds): their buffers may go back to the pool once nothing uses the case any more.
    /// </summary>
    public IReadOnlyList<ImageData> PooledInputs { get; init; } = [];

    /// <summary>The image's provenance (file hash) when the batch took it while reading the inputs, else null.</summary>
    public Radiomics.Extraction.InputDescription? ImageSource { get; init; }

    /// <summary>The mask's provenance (file hash) when the batch took it while reading the inputs, else null.</summary>
    public Radiomics.Extraction.InputDescription? MaskSource { get; init; }

    /// <summary>The DICOM series the image came from (its UIDs and headers, for DICOM output), or null for an image file.</summary>
    public Radiomics.Dicom.Series.DicomSeries? Series { get; init; }
}
