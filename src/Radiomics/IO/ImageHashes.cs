using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Radiomics.Imaging;

namespace Radiomics.IO;

/// <summary>Fingerprints of images, for provenance and PyRadiomics' diagnostics.</summary>
public static class ImageHashes
{
    /// <summary>
    /// SHA-1 (lower-case hex) of the voxel buffer exactly as stored: components interleaved, x fastest,
    /// little-endian bytes of the stored type. This is SimpleITK's <c>sitk.Hash(image)</c>, which PyRadiomics
    /// reports as <c>diagnostics_Image-original_Hash</c> / <c>diagnostics_Mask-original_Hash</c>; geometry is not included.
    /// </summary>
    public static string Sha1OfVoxels(ImageData image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Convert.ToHexStringLower(SHA1.HashData(LittleEndianBytes(image)));
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of the image content, independent of the file format it came from: a
    /// canonical UTF-8 description line (<c>type components size spacing origin direction</c>, numbers in
    /// round-trip form) followed by the little-endian voxel bytes. Two files hash equal when they hold the
    /// same voxels of the same type on the same grid.
    /// </summary>
    public static string ImageFileHash(ImageData image)
    {
        ArgumentNullException.ThrowIfNull(image);
        ImageGeometry g = image.Geometry;
        string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        string description = $"{image.VoxelType} {image.Components} {g.Size.X} {g.Size.Y} {g.Size.Z} "
            + $"{R(g.Spacing.X)} {R(g.Spacing.Y)} {R(g.Spacing.Z)} {R(g.Origin.X)} {R(g.Origin.Y)} {R(g.Origin.Z)} "
            + string.Join(" ", g.Direction.ToArray().Select(R)) + "\n";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(description));
        hash.AppendData(LittleEndianBytes(image));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static ReadOnlySpan<byte> LittleEndianBytes(ImageData image)
    {
        ReadOnlySpan<byte> bytes = image.AsBytes();
        if (BitConverter.IsLittleEndian)
        {
            return bytes;
        }

        byte[] copy = bytes.ToArray();
        Internal.VoxelBuffers.ReverseEndianness(copy, image.VoxelType.SizeInBytes());
        return copy;
    }
}
