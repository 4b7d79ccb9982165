namespace Radiomics.Cli;

/// <summary>An input that cannot be read or used (exit status 1); the message names the file and the problem.</summary>
public sealed class InputException(string message) : Exception(message);
