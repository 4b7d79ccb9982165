using System.CommandLine;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// One command of the tool. Its <see cref="Declaration"/> (arguments and options, each with its help name and
/// description) is the single source of the parsing, the synopsis and the help; the command adds examples, exit
/// statuses and what it does with a parsed command line. The declaration is built on first use, so a run builds
/// only the command it runs. A command whose declaration only groups subcommands (<c>dicom</c>) lists them in
/// <see cref="Subcommands"/> and is never run itself.
/// </summary>
public abstract class CliCommand
{
    private Command? _declaration;

    protected CliCommand(string name, string summary)
    {
        Name = name;
        Summary = summary;
    }

    public string Name { get; }

    /// <summary>One line for the command list.</summary>
    public string Summary { get; }

    /// <summary>The command's arguments, options and subcommands (declared on first use).</summary>
    public Command Declaration
    {
        get
        {
            if (_declaration is null)
            {
                _declaration = new Command(Name, Summary);
                Declare();
                foreach (CliCommand sub in Subcommands)
                {
                    _declaration.Add(sub.Declaration);
                }

                if (Subcommands.Count == 0)
                {
                    _declaration.SetAction(parsed => Run(parsed, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
                }
            }

            return _declaration;
        }
    }

    /// <summary>Whether <paramref name="command"/> is this command's declaration (false when it is not built yet).</summary>
    public bool Declares(Command command) => ReferenceEquals(_declaration, command);

    /// <summary>Paragraphs printed after the options: what the command writes, how it behaves.</summary>
    public virtual string? Details => null;

    /// <summary>Two or three command lines; those that name files under tests/data run as written from the repository root.</summary>
    public abstract IReadOnlyList<Example> Examples { get; }

    /// <summary>The exit statuses the command uses, with their meaning.</summary>
    public virtual IReadOnlyList<(int Code, string Meaning)> ExitStatuses => ExitCodes.Common;

    /// <summary>The commands under this one (for <c>radiomics dicom ls</c>); empty for a command that runs.</summary>
    public virtual IReadOnlyList<CliCommand> Subcommands => [];

    /// <summary>Declares the arguments and options with <see cref="Positional"/> and <see cref="Add{T}"/> (called once).</summary>
    protected abstract void Declare();

    /// <summary>Does the work of a command line that parsed cleanly; returns the exit status.</summary>
    /// <exception cref="UsageException">The values cannot go together or name an unusable output (exit 2).</exception>
    public virtual int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        throw new UsageException($"give a subcommand: {string.Join(", ", Subcommands.Select(c => c.Name))}");

    /// <summary>Declares a positional argument taking one value.</summary>
    protected Argument<string> Positional(string name, string description) =>
        Positional(new Argument<string>(name) { Description = description });

    /// <summary>Declares a positional argument.</summary>
    protected Argument<T> Positional<T>(Argument<T> argument)
    {
        Declaration.Add(argument);
        return argument;
    }

    /// <summary>Adds an option to the declaration and returns it.</summary>
    protected T Add<T>(T option) where T : Option
    {
        Declaration.Add(option);
        return option;
    }
}
