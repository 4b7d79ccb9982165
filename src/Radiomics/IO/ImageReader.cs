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
    public static ImageData Read(string path) => Read(path, null);

    /// <summary>
    /// <see cref="Read(string)"/>, the voxel buffer taken from <paramref name="buffers"/> when it holds one of the
    /// right type and size (see <see cref="VoxelBufferPool"/>); the values read are the same either way.
    /// </summary>
    public static ImageData Read(string path, VoxelBufferPool? buffers)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new ImageFormatException(path, Directory.Exists(path) ? "is a folder, not an image file" : "file not found");
        }

        Func<string, VoxelBufferPool?, ImageData> reader = FormatOf(path) switch
        {
            ImageFileFormat.Nifti => NiftiReader.Read,
            ImageFileFormat.Nrrd => NrrdReader.Read,
            ImageFileFormat.MetaImage => MetaImageReader.Read,
            _ => throw new ImageFormatException(path, "unrecognised image format (expected .nii, .nii.gz, .hdr, .img, .img.gz, .nrrd, .nhdr, .mha or .mhd)"),
        };

        try
        {
            return reader(path, buffers);
        }
        catch (ImageFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException
                                      or FormatException or OverflowException or ArgumentException
                                      or NotSupportedException or OutOfMemoryException)
        {
            throw new ImageFormatException(path, $"cannot be read: {e.Message}", e);
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
