using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Extraction;

/// <summary>
/// Writes each intermediate image (see <see cref="IIntermediateImageSink"/>) to <c>folder/&lt;name&gt;&lt;extension&gt;</c>,
/// e.g. <c>out/log-sigma-1-0-mm-3D.nrrd</c>, atomically (see <see cref="ImageWriter"/>), creating the folder.
/// </summary>
public sealed class IntermediateImageFolder : IIntermediateImageSink
{
    private readonly ImageWriteOptions _options;

    /// <param name="folder">The folder to write into (created when missing).</param>
    /// <param name="extension">A file extension <see cref="ImageWriter"/> knows: ".nrrd" (default), ".nii.gz", ".nii", ".mha", ...</param>
    /// <param name="options">Writer options (compression by default).</param>
    public IntermediateImageFolder(string folder, string extension = ".nrrd", ImageWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        Extension = extension.StartsWith('.') ? extension : "." + extension;
        if (ImageReader.FormatOf("image" + Extension) == ImageFileFormat.Unknown || Extension.Equals(".hdr", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Cannot write intermediate images as '{extension}' (use .nrrd, .nii.gz, .nii, .nhdr, .mha or .mhd).", nameof(extension));
        }

        Folder = folder;
        _options = options ?? ImageWriteOptions.Default;
    }

    /// <summary>The folder images are written into, as given.</summary>
    public string Folder { get; }

    /// <summary>The file extension, with its leading dot (e.g. <c>.nrrd</c>); it selects the format.</summary>
    public string Extension { get; }

    /// <summary>The file an image named <paramref name="name"/> is written to.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name + Extension);

    /// <summary>Writes <paramref name="image"/> to <see cref="PathOf"/>(<paramref name="name"/>) atomically, creating the folder, replacing any file there.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or cannot be a file name.</exception>
    public void Write(string name, ImageData image)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' cannot be a file name.", nameof(name));
        }

        Directory.CreateDirectory(Folder);
        ImageWriter.Write(image, PathOf(name), _options);
    }
}
