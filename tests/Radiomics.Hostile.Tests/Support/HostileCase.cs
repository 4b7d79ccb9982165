namespace Radiomics.Hostile.Tests.Support;

/// <summary>
/// One hostile input: the format it attacks (for the report), a name saying what is wrong with it, and the tool's
/// arguments that feed it in. <paramref name="ErrorsCsv"/>, for a batch, is where its per-case errors land.
/// </summary>
public sealed record HostileCase(string Format, string Name, string[] Args, string? ErrorsCsv = null);
