using System.Security.Cryptography;

namespace Radiomics.Extraction;

/// <summary>Where an input came from, for messages and provenance: a display name and the file's SHA-256.</summary>
public sealed record InputDescription(string Name, string? FileSha256)
{
    /// <summary>Describes a file (or folder, without hash) by path, hashing the file's bytes.</summary>
    public static InputDescription FromPath(string path) =>
        new(path, File.Exists(path) ? HashFile(path) : null);

    public static string HashFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
