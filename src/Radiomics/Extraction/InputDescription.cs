using System.Security.Cryptography;

namespace Radiomics.Extraction;

/// <summary>Where an input came from, for messages and provenance: a display name and the file's SHA-256.</summary>
public sealed record InputDescription(string Name, string? FileSha256)
{
    /// <summary>Describes a file (or folder, without hash) by path, hashing the file's bytes.</summary>
    public static InputDescription FromPath(string path) =>
        new(path, File.Exists(path) ? HashFile(path) : null);

    /// <summary>The SHA-256 of the file's bytes, as 64 lower-case hex digits.</summary>
    /// <exception cref="IOException">The file cannot be read (also <see cref="UnauthorizedAccessException"/>, <see cref="FileNotFoundException"/>).</exception>
    public static string HashFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
