namespace Radiomics.Compliance;

/// <summary>One reference file a check read: its path relative to the data root (forward slashes) and its SHA-256 (lower-case hex).</summary>
public sealed record ReferenceFileHash(string Path, string Sha256);
