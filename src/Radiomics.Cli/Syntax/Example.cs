namespace Radiomics.Cli.Syntax;

/// <summary>A command line shown under "examples" in the help, and what it does.</summary>
/// <param name="CommandLine">The command as typed, starting with <c>radiomics</c>; it runs from the repository root.</param>
/// <param name="Purpose">One short sentence.</param>
public sealed record Example(string CommandLine, string Purpose);
