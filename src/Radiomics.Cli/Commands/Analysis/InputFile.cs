using System.Security.Cryptography;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>An input file of an analysis run as its provenance records it: its role, its path as given, the SHA-256 of its bytes.</summary>
/// <param name="Role">What the file was: <c>table</c>, <c>clinical</c>, <c>model</c>.</param>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hexadecimal (what <c>sha256sum</c> prints).</param>
public sealed record InputFile(string Role, string Path, string Sha256)
{
    /// <summary>Hashes <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static InputFile Of(string role, string path)
    {
        using FileStream stream = File.OpenRead(path);
        return new InputFile(role, path, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
