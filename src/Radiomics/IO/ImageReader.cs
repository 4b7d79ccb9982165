using Radiomics.Imaging;
using Radiomics.IO.MetaImage;
using Radiomics.IO.Nifti;
using Radiomics.IO.Nrrd;

namespace Radiomics.IO;

/// <summary>
/// Reads an image file, choosing the format from its name: NIfTI-1/2 (.nii, .nii.gz, .hdr/.img),
/// NRRD (.nrrd, .nhdr) and MetaImage (.mha, .mhd). Geometry is returned in ITK's LPS convention, voxels
/// in their stored type. Every failure is one <see cref="ImageFormatException"/> naming the file and the problem.
/// </summary>
public static class ImageReader
{
    /// <summary>Reads <paramref name="path"/> with the default input limits.</summary>
    /// <exception cref="ImageFormatException">The file cannot be read, is not a valid image of its format, or exceeds the limits.</exception>
    public static ImageData Read(string path) => Read(path, null, InputLimits.Default);

    /// <summary>
    /// <see cref="Read(string)"/>, the voxel buffer taken from <paramref name="buffers"/> when it holds one of the
    /// right type and size (see <see cref="VoxelBufferPool"/>); the values read are the same either way.
    /// </summary>
    public static ImageData Read(string path, VoxelBufferPool? buffers) => Read(path, buffers, InputLimits.Default);

    /// <summary>
    /// <see cref="Read(string, VoxelBufferPool?)"/> within <paramref name="limits"/>: only a regular file is opened
    /// (a named pipe, device or folder is refused before any read), an image larger than
    /// <see cref="InputLimits.MaxVoxels"/> is refused before it is allocated, and a detached data file must lie in the
    /// header's folder unless <see cref="InputLimits.AllowOutsidePaths"/>.
    /// </summary>
    public static ImageData Read(string path, VoxelBufferPool? buffers, InputLimits limits)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(limits);
        if (InputFiles.ProblemWithFile(path) is { } problem)
        {
            throw new ImageFormatException(path, problem == "not found" ? "file not found" : problem);
        }

        Func<string, VoxelBufferPool?, InputLimits, ImageData> reader = FormatOf(path) switch
        {
            ImageFileFormat.Nifti => NiftiReader.Read,
            ImageFileFormat.Nrrd => NrrdReader.Read,
            ImageFileFormat.MetaImage => MetaImageReader.Read,
            _ => throw new ImageFormatException(path, "unrecognised image format (expected .nii, .nii.gz, .hdr, .img, .img.gz, .nrrd, .nhdr, .mha or .mhd)"),
        };

        try
        {
            return reader(path, buffers, limits);
        }
        catch (ImageFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException
                                      or FormatException or OverflowException or ArgumentException
                                      or NotSupportedException)
        {
            throw new ImageFormatException(path, $"cannot be read: {SafeText.Escape(e.Message)}", e);
        }
    }

    /// <summary>The format a file name implies (case-insensitive), or <see cref="ImageFileFormat.Unknown"/>.</summary>
    public static ImageFileFormat FormatOf(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nii", StringComparison.Ordinal) || name.EndsWith(".nii.gz", StringComparison.Ordinal)
            || name.EndsWith(".hdr", StringComparison.Ordinal) || name.EndsWith(".img", StringComparison.Ordinal)
            || name.EndsWith(".hdr.gz", StringComparison.Ordinal) || name.EndsWith(".img.gz", StringComparison.Ordinal))
        {
            return ImageFileFormat.Nifti;
        }

        if (name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal))
        {
            return ImageFileFormat.Nrrd;
        }

        if (name.EndsWith(".mha", StringComparison.Ordinal) || name.EndsWith(".mhd", StringComparison.Ordinal))
        {
            return ImageFileFormat.MetaImage;
        }

        return ImageFileFormat.Unknown;
    }
}
