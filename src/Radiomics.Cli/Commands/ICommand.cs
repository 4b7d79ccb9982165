namespace Radiomics.Cli.Commands;

/// <summary>A subcommand of the radiomics tool.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full usage text for <c>radiomics NAME --help</c>.</summary>
    string Usage { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}
