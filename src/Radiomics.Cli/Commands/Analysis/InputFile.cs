using System.Security.Cryptography;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// An input of an analysis or habitats run as its provenance records it: its role, its path as given, the SHA-256 of
/// its bytes.
/// </summary>
/// <param name="Role">What the file was: <c>table</c>, <c>clinical</c>, <c>model</c>, <c>cases</c>, <c>P01 image</c>, ….</param>
/// <param name="Path">The path as given on the command line or in the case list.</param>
/// <param name="Sha256">
/// The SHA-256 of the file's bytes, lower-case hexadecimal (what <c>sha256sum</c> prints); null for a folder (a DICOM
/// series), which is not hashed.
/// </param>
public sealed record InputFile(string Role, string Path, string? Sha256)
{
    /// <summary>Hashes <paramref name="path"/>, a regular file (a pipe or device is refused, never read).</summary>
    /// <exception cref="InputException">The path is not a regular file or cannot be read.</exception>
    public static InputFile Of(string role, string path)
    {
        using FileStream stream = InputFiles.OpenRead(path, problem => new InputException($"{path}: {problem}"), 1 << 16);
        try
        {
            return new InputFile(role, path, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot be read: {e.Message}");
        }
    }
}
