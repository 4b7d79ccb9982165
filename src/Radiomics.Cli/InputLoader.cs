using Radiomics.Dicom;
using Radiomics.Dicom.Series;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli;

/// <summary>
/// The one place the tool loads a case (used by <c>extract</c>, <c>batch</c> and <c>convert</c>). An image is a DICOM
/// folder or file (<see cref="DicomInput.IsDicom"/>) or an image file (NIfTI, NRRD, MetaImage); a mask is an image
/// file or an RTSTRUCT/SEG rasterised onto the image's grid.
/// </summary>
internal static class InputLoader
{
    /// <summary>
    /// Loads an image and its mask. With a DICOM mask:
    /// RTSTRUCT — the ROI named <paramref name="roiName"/> (exact, ignoring case, <c>regex:</c>, glob or <c>#N</c>), else
    /// the ROI numbered <paramref name="label"/>, else the only ROI;
    /// SEG — the segment numbered <paramref name="label"/> or labelled <paramref name="roiName"/>, else the label map of
    /// all segments (voxel = segment number).
    /// A selected structure is written with the value <paramref name="label"/> (1 when not given), returned as
    /// <see cref="LoadedCase.SelectedLabel"/>: the label to extract (also set, to its value, when an unselected SEG
    /// label map holds a single segment). When the image is DICOM too, the mask must reference
    /// its series. <paramref name="roiName"/> with a non-DICOM mask is a usage error. Image files, DICOM series and
    /// RTSTRUCT/SEG masks are read into buffers of <paramref name="buffers"/> when given (and listed in
    /// <see cref="LoadedCase.PooledInputs"/>). Every read keeps to <paramref name="limits"/> (the defaults when null).
    /// A DICOM series' slices are decoded on at most <paramref name="maxDegreeOfParallelism"/> threads (−1: one per core).
    /// </summary>
    public static LoadedCase LoadCase(string imagePath, string maskPath, string? roiName = null, int? label = null, VoxelBufferPool? buffers = null,
        InputLimits? limits = null, int maxDegreeOfParallelism = -1)
    {
        limits ??= InputLimits.Default;
        var notes = new List<string>();
        DicomSeries? series = null;
        ImageData image;
        if (IsDicomInput(imagePath))
        {
            series = DicomInput.LoadSeries(imagePath, new DicomLoadOptions { Buffers = buffers, Limits = limits, MaxDegreeOfParallelism = maxDegreeOfParallelism });
            image = series.Image;
            notes.AddRange(series.Notes.Select(n => $"{imagePath}: {n}"));
        }
        else
        {
            image = ImageReader.Read(imagePath, buffers, limits);
        }

        if (!IsDicomInput(maskPath))
        {
            if (roiName is not null)
            {
                throw new UsageException($"--roi/ROI names a structure of an RTSTRUCT or SEG, but the mask '{maskPath}' is not DICOM; use --label");
            }

            return Owned(new LoadedCase(image, ImageReader.Read(maskPath, buffers, limits), notes, null) { Series = series }, buffers);
        }

        var maskNotes = new List<string>();
        ImageData mask = series is not null
            ? DicomInput.LoadMask(maskPath, series, roiName, label, maskNotes, buffers)
            : DicomInput.LoadMask(maskPath, image, roiName, label, maskNotes, buffers);
        notes.AddRange(maskNotes.Select(n => $"{maskPath}: {n}"));
        if (roiName is null && label is null)
        {
            // One structure (an RTSTRUCT's only ROI, a SEG with one segment): extract it whatever its value.
            return Owned(new LoadedCase(image, mask, notes, SingleLabel(mask)) { Series = series }, buffers);
        }

        int value = label ?? 1;
        return Owned(new LoadedCase(image, value == 1 ? mask : Relabel(mask, value), notes, value) { Series = series }, buffers);
    }

    /// <summary>
    /// With a pool, the case's image and mask are listed for it: the case owns both buffers (whether a read took them
    /// from the pool or not), so the next case may reuse any of them.
    /// </summary>
    private static LoadedCase Owned(LoadedCase loaded, VoxelBufferPool? buffers) =>
        buffers is null ? loaded : loaded with { PooledInputs = [loaded.Image, loaded.Mask] };

    /// <summary>Loads one image (DICOM series or image file) within <paramref name="limits"/> (the defaults when null).</summary>
    public static ImageData LoadImage(string path, InputLimits? limits = null) =>
        IsDicomInput(path)
            ? DicomInput.LoadImage(path, new DicomLoadOptions { Limits = limits ?? InputLimits.Default })
            : ImageReader.Read(path, null, limits ?? InputLimits.Default);

    /// <summary>
    /// Describes an input for provenance: a file with its SHA-256; a folder (a DICOM series) by its path alone, without
    /// hash (hashing every slice again would cost as much as loading it).
    /// </summary>
    public static InputDescription Describe(string path) => InputDescription.FromPath(path);

    /// <summary>A folder, or a file that is DICOM (by preamble/meta group; image files by extension are never DICOM).</summary>
    public static bool IsDicomInput(string path)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        return InputFiles.KindOf(path) == FileKind.Regular && ImageReader.FormatOf(path) == ImageFileFormat.Unknown && DicomInput.IsDicom(path);
    }

    /// <summary>The only non-zero value of a rasterised mask, or null when it holds several labels (a SEG label map).</summary>
    private static int? SingleLabel(ImageData mask) => mask.DistinctNonZeroValues() is [double only] ? (int)only : null;

    private static ImageData Relabel(ImageData mask, int value)
    {
        if (value is < 1 or > 255)
        {
            throw new UsageException($"--label {value} cannot label a rasterised structure (1 to 255)");
        }

        byte[] voxels = (byte[])((byte[])mask.Voxels).Clone();
        foreach (ref byte voxel in voxels.AsSpan())
        {
            voxel = voxel != 0 ? (byte)value : (byte)0;
        }

        return new ImageData(mask.Geometry, VoxelType.UInt8, voxels);
    }
}
