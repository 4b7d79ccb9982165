namespace Radiomics.Cli.Commands.Regions;

/// <summary>An input of a habitats run: its role (<c>cases</c>, <c>P01 image</c>, …), its path, the SHA-256 of its bytes (null for a folder).</summary>
internal sealed record HabitatInputFile(string Role, string Path, string? Sha256);
