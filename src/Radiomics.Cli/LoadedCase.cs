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
    /// The inputs read with a <see cref="Radiomics.IO.VoxelBufferPool"/> (image files and DICOM series): their buffers
    /// may go back to it once nothing uses the case any more. A rasterised RTSTRUCT/SEG mask is not among them: nothing
    /// takes such a buffer from the pool, so keeping it would only hold memory.
    /// </summary>
    public IReadOnlyList<ImageData> PooledInputs { get; init; } = [];
}
