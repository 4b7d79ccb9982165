namespace Radiomics.IO;

/// <summary>
/// Choices a writer leaves open. The format itself follows the file name (.nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd).
/// </summary>
/// <param name="Compress">
/// Compress the voxel data where the format chooses it in the header (NRRD gzip encoding, MetaImage
/// CompressedData); NIfTI compression follows the .gz extension instead.
/// </param>
/// <param name="BigEndian">Write multi-byte voxels (and the NIfTI header) most significant byte first.</param>
public sealed record ImageWriteOptions(bool Compress = true, bool BigEndian = false)
{
    /// <summary>Compressed where the format allows it, little endian.</summary>
    public static ImageWriteOptions Default { get; } = new();
}
