using Radiomics.Imaging;
using Radiomics.IO.Nifti;

namespace Radiomics.IO;

/// <summary>Reads an image file, choosing the format from its name.</summary>
public static class ImageReader
{
    public static ImageData Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImageFormatException(path, Directory.Exists(path) ? "is a folder, not an image file" : "file not found");
        }

        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nii", StringComparison.Ordinal) || name.EndsWith(".nii.gz", StringComparison.Ordinal))
        {
            return NiftiReader.Read(path);
        }

        throw new ImageFormatException(path, "unrecognised image format (expected .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd)");
    }
}
