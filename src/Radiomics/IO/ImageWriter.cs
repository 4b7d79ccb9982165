using Radiomics.Imaging;
using Radiomics.IO.MetaImage;
using Radiomics.IO.Nifti;
using Radiomics.IO.Nrrd;

namespace Radiomics.IO;

/// <summary>
/// Writes an image, choosing the format from the file name: .nii / .nii.gz (NIfTI-1, as ITK writes it),
/// .nrrd (attached header, LPS), .nhdr (detached header with a .raw or .raw.gz data file beside it),
/// .mha (attached) or .mhd (with a .raw or .zraw data file). Files appear atomically: data go to a temporary
/// file in the same folder that is renamed into place, so a failure leaves nothing half-written.
/// </summary>
public static class ImageWriter
{
    /// <summary>Writes <paramref name="image"/> to <paramref name="path"/> in the format its name selects, atomically, replacing any file there.</summary>
    /// <param name="image">The image, in its own voxel type (not converted).</param>
    /// <param name="path">The file to write; its extension selects the format.</param>
    /// <param name="options">Compression and byte order, or null for <see cref="ImageWriteOptions.Default"/>.</param>
    /// <exception cref="ImageFormatException">The extension is not a writable format, or the file cannot be written.</exception>
    public static void Write(ImageData image, string path, ImageWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ImageWriteOptions.Default;
        try
        {
            WriteAs(ImageReader.FormatOf(path), image, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            string problem = Directory.Exists(folder) ? $"cannot write the file: {e.Message}" : $"the output folder '{folder}' does not exist";
            throw new ImageFormatException(path, problem, e);
        }
    }

    /// <summary>Writes a scalar float64 volume.</summary>
    public static void Write(Volume<double> volume, string path, ImageWriteOptions? options = null) =>
        Write(ImageData.FromVolume(volume), path, options);

    /// <summary>Writes a scalar uint8 volume (typically a mask).</summary>
    public static void Write(Volume<byte> volume, string path, ImageWriteOptions? options = null) =>
        Write(ImageData.FromVolume(volume), path, options);

    private static void WriteAs(ImageFileFormat format, ImageData image, string path, ImageWriteOptions options)
    {
        switch (format)
        {
            case ImageFileFormat.Nifti when path.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase):
                NiftiWriter.Write(image, path, options);
                break;
            case ImageFileFormat.Nrrd:
                NrrdWriter.Write(image, path, options);
                break;
            case ImageFileFormat.MetaImage:
                MetaImageWriter.Write(image, path, options);
                break;
            default:
                throw new ImageFormatException(path, "cannot choose a format to write from this name (expected .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd)");
        }
    }
}
