using System.CommandLine;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// The <c>radiomics</c> command tree and its one entry point: declares the commands a command line needs (the one
/// it names; for a line without a command word, the commands of the <see cref="RootForms"/>), parses, turns every
/// problem into one line <c>radiomics: error: …</c> with its exit status (<see cref="ExitCodes"/>), and runs the
/// command. Nothing else happens at start-up.
/// </summary>
public sealed class CommandLineTool
{
    private const string Description = "Radiomics.NET: PyRadiomics-compatible, IBSI-compliant radiomics feature extraction";

    /// <summary>The most characters of one printed error message.</summary>
    private const int MaxErrorLength = 2000;

    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    private readonly RootForms _forms;
    private GlobalOptions? _global;

    public CommandLineTool(IReadOnlyList<CliCommand> commands, RootForms forms, IReadOnlyList<Example> examples)
    {
        Commands = commands;
        Examples = examples;
        _forms = forms;
    }

    /// <summary>The tool's version (the library's, three parts).</summary>
    public static string Version => typeof(RadiomicsExtractor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The commands, in help order.</summary>
    public IReadOnlyList<CliCommand> Commands { get; }

    public IReadOnlyList<Example> Examples { get; }

    /// <summary>The options of the tool as a whole (<c>--help</c>, <c>--version</c>).</summary>
    public GlobalOptions Global => _global ??= new GlobalOptions(WriteHelp, WriteVersion, parsed => Slicer.SlicerModuleXml.Write(parsed.InvocationConfiguration.Output));

    /// <summary>Every command that runs (subcommands included) with its path, e.g. ("dicom ls", the ls command).</summary>
    public IEnumerable<(string Path, CliCommand Command)> Runnable => Walk(Commands, "").Where(c => c.Command.Subcommands.Count == 0);

    /// <summary>The whole tree: every command declared on a root (the tests walk it; a run declares only what it needs).</summary>
    public Command DeclareAll()
    {
        Command root = NewRoot();
        foreach (CliCommand command in Commands)
        {
            root.Add(command.Declaration);
        }

        _forms.DeclareOn(root);
        return root;
    }

    /// <summary>Runs one command line; returns the exit status.</summary>
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            WriteRootHelp(output);
            return ExitCodes.UsageError;
        }

        Command root = RootFor(args);
        ParseResult parsed = root.Parse(args, Parsing);
        if (parsed.CommandResult.Command == root && !IsHelpOrVersion(parsed))
        {
            if (_forms.Resolve(parsed, Commands, out string problem) is not { } form)
            {
                return Fail(error, problem, ExitCodes.UsageError);
            }

            parsed = root.Parse([form.Name, .. args], Parsing);
        }

        string path = PathOf(parsed.CommandResult.Command);
        if (!IsHelpOrVersion(parsed) && ParseProblems.Describe(parsed, Usage(parsed.CommandResult.Command, path), OwnerOf) is { } message)
        {
            return Fail(error, $"{path}: {message}", ExitCodes.UsageError);
        }

        try
        {
            return Invoke(parsed, output, error);
        }
        catch (UsageException e)
        {
            return Fail(error, $"{path}: {e.Message}", ExitCodes.UsageError);
        }
        catch (Exception e) when (e is InputException or ImageFormatException or ParameterException or ExtractionException or Radiomics.Dicom.DicomFormatException
                                      or Radiomics.Dicom.Writing.DicomWriteException)
        {
            return Fail(error, e.Message, ExitCodes.InputError);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message, ExitCodes.InputError);
        }
        catch (OutOfMemoryException) when (Environment.GetEnvironmentVariable("RADIOMICS_DEBUG") is null)
        {
            return Fail(error, $"{path}: not enough memory for this input; see docs/limits.md (--max-voxels) to refuse such inputs early", ExitCodes.InputError);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("RADIOMICS_DEBUG") is null)
        {
            return Fail(error, $"internal error ({e.GetType().Name}): {e.Message}. Please report it; set RADIOMICS_DEBUG=1 for details.", ExitCodes.InternalError);
        }
    }

    /// <summary>The help of the command a parse ended on (the tool's own help at the root).</summary>
    public void WriteHelp(ParseResult parsed) => WriteHelp(parsed.CommandResult.Command, parsed.InvocationConfiguration.Output);

    /// <summary>The help of <paramref name="command"/> (the root: the tool's help).</summary>
    public void WriteHelp(Command command, TextWriter output)
    {
        if (Walk(Commands, "").FirstOrDefault(c => c.Command.Declares(command)) is { Command: not null } entry)
        {
            HelpText.WriteCommand(output, "radiomics " + entry.Path, entry.Command, Global.ForCommands);
        }
        else
        {
            WriteRootHelp(output);
        }
    }

    /// <summary>The command registered under <paramref name="path"/> ("extract", "dicom ls"), or null.</summary>
    public CliCommand? Lookup(string path) => Walk(Commands, "").FirstOrDefault(c => c.Path == path).Command;

    /// <summary>
    /// A root declaring what <paramref name="args"/> need: the named command alone, or for a line without a command
    /// word the root forms' commands and their options.
    /// </summary>
    private Command RootFor(IReadOnlyList<string> args)
    {
        Command root = NewRoot();
        if (Find(args[0]) is { } named)
        {
            root.Add(named.Declaration);
        }
        else if (args[0] is "help" or "version")
        {
            DeclareWordForms(root);
        }
        else if (!args.All(IsGlobalOption))
        {
            _forms.DeclareOn(root);
        }

        return root;
    }

    private bool IsGlobalOption(string arg)
    {
        foreach (Option option in Global.All)
        {
            if (option.Name == arg || option.Aliases.Contains(arg))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The root: a plain <see cref="Command"/> named <c>radiomics</c> with the global options (a
    /// <see cref="RootCommand"/> would add options and a directive of its own, only to be replaced).
    /// </summary>
    private Command NewRoot()
    {
        var root = new Command("radiomics", Description);
        foreach (Option option in Global.All)
        {
            root.Add(option);
        }

        return root;
    }

    private CliCommand? Find(string name)
    {
        foreach (CliCommand command in Commands)
        {
            if (command.Name == name)
            {
                return command;
            }
        }

        return null;
    }

    private void WriteRootHelp(TextWriter output)
    {
        var forms = new List<(string, string)> { ("radiomics COMMAND [ARGS] [OPTIONS]", "run 'radiomics COMMAND --help' for a command's options") };
        forms.AddRange(_forms.Forms.Select(f => (f.Synopsis, f.Meaning)));
        forms.Add(("radiomics --version", "print the version"));
        HelpText.WriteRoot(output, Description, forms, Commands, Global.All, Examples);
    }

    /// <summary><c>radiomics help [COMMAND]</c> and <c>radiomics version</c>: the bare words the tool has always accepted.</summary>
    private void DeclareWordForms(Command root)
    {
        var topic = new Argument<string[]>("COMMAND") { Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "show the help of the tool or of a command") { Hidden = true };
        help.Add(topic);
        help.SetAction(parsed =>
        {
            string path = string.Join(" ", parsed.GetValue(topic) ?? []);
            CliCommand? command = Lookup(path);
            if (path.Length > 0 && command is null)
            {
                throw new UsageException($"no command {SafeText.Quote(path)}; commands: {string.Join(", ", Commands.Select(c => c.Name))}");
            }

            if (command is null)
            {
                WriteRootHelp(parsed.InvocationConfiguration.Output);
            }
            else
            {
                WriteHelp(command.Declaration, parsed.InvocationConfiguration.Output);
            }

            return ExitCodes.Success;
        });
        var version = new Command("version", "print the version") { Hidden = true };
        version.SetAction(parsed =>
        {
            WriteVersion(parsed);
            return ExitCodes.Success;
        });
        root.Add(help);
        root.Add(version);
    }

    private static IEnumerable<(string Path, CliCommand Command)> Walk(IEnumerable<CliCommand> commands, string prefix)
    {
        foreach (CliCommand command in commands)
        {
            string path = prefix + command.Name;
            yield return (path, command);
            foreach (var sub in Walk(command.Subcommands, path + " "))
            {
                yield return sub;
            }
        }
    }

    private static void WriteVersion(ParseResult parsed) => parsed.InvocationConfiguration.Output.WriteLine($"radiomics {Version}");

    private bool IsHelpOrVersion(ParseResult parsed) =>
        parsed.Action is { } action
        && (ReferenceEquals(action, Global.Help.Action) || ReferenceEquals(action, Global.Version.Action) || ReferenceEquals(action, Global.SlicerXml.Action));

    private string PathOf(Command command)
    {
        foreach (CliCommand top in Commands)
        {
            if (top.Declares(command))
            {
                return top.Name;
            }

            foreach (CliCommand sub in top.Subcommands)
            {
                if (sub.Declares(command))
                {
                    return $"{top.Name} {sub.Name}";
                }
            }
        }

        return command.Name; // the root ("radiomics") or a bare word (help, version)
    }

    /// <summary>The command (other than the current one) that declares <paramref name="option"/>, for hints.</summary>
    private string? OwnerOf(string option) =>
        Runnable.FirstOrDefault(c => c.Command.Declaration.Options.Any(o => o.Name == option || o.Aliases.Contains(option))).Path;

    private static string Usage(Command command, string path) =>
        $"radiomics {path}{string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => " " + a.Name))}{(command.Options.Count > 0 ? " [options]" : "")}";

    /// <summary>
    /// Runs the parsed command. Work run in parallel that fails with an <see cref="AggregateException"/> is reported as
    /// its first failure, so that it reaches the catch for what it is (a damaged input, say) rather than an internal error.
    /// </summary>
    private static int Invoke(ParseResult parsed, TextWriter output, TextWriter error)
    {
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
            throw; // not reached
        }
    }

    /// <summary>
    /// Prints one error line: the last guard on everything the tool prints about bad input, so a message can neither
    /// carry terminal control characters nor grow past <see cref="MaxErrorLength"/> characters, whatever it quotes.
    /// </summary>
    private static int Fail(TextWriter error, string message, int code)
    {
        error.WriteLine($"radiomics: error: {SafeText.Escape(message.ReplaceLineEndings(" "), MaxErrorLength)}");
        return code;
    }
}
