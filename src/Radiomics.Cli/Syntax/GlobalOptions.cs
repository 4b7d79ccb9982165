using System.CommandLine;
using System.CommandLine.Invocation;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// The options of the tool as a whole, declared once on the root. <see cref="Help"/> is recursive (every command
/// accepts it); <see cref="Version"/> belongs to the root alone. Tool-wide settings that every command honours belong
/// here too: declare them with <c>Recursive = true</c>, list them in <see cref="All"/>, and read them in a command with
/// <c>parsed.GetValue(...)</c>; the help of every command then shows them under its options. Options that only some
/// commands honour are declared by those commands instead: the input limits <c>--max-voxels</c> and
/// <c>--allow-outside-paths</c> by the commands that read images (<see cref="Commands.InputLimitOptions"/>), so that
/// no other command accepts and ignores them.
/// </summary>
public sealed class GlobalOptions
{
    public GlobalOptions(Action<ParseResult> showHelp, Action<ParseResult> showVersion, Action<ParseResult> showSlicerXml)
    {
        // Plain options with our actions: System.CommandLine's HelpOption and VersionOption would look up texts we replace.
        Help = new Option<bool>("--help", "-h")
        {
            Description = "show this help (after a command: that command's help)",
            Arity = ArgumentArity.Zero,
            Recursive = true,
            Action = new Show(showHelp, clearsErrors: true),
        };
        Version = new Option<bool>("--version")
        {
            Description = "print the version and exit",
            Arity = ArgumentArity.Zero,
            Action = new Show(showVersion, clearsErrors: false),
        };
        SlicerXml = new Option<bool>("--xml")
        {
            Description = "print the 3D Slicer CLI module description (SlicerExecutionModel XML) and exit; see docs/slicer.md",
            Arity = ArgumentArity.Zero,
            Action = new Show(showSlicerXml, clearsErrors: false),
        };
    }

    public Option<bool> Help { get; }

    public Option<bool> Version { get; }

    /// <summary><c>--xml</c>: what 3D Slicer runs to discover a command-line module (root only).</summary>
    public Option<bool> SlicerXml { get; }

    /// <summary>Every global option, in the order the root's help lists them.</summary>
    public IReadOnlyList<Option> All => [Help, Version, SlicerXml];

    /// <summary>The global options a command's help lists (the recursive ones).</summary>
    public IEnumerable<Option> ForCommands => All.Where(o => o.Recursive);

    /// <summary>A terminating action (help, version) that writes to the invocation's output and exits 0.</summary>
    private sealed class Show(Action<ParseResult> write, bool clearsErrors) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => clearsErrors;

        public override int Invoke(ParseResult parseResult)
        {
            write(parseResult);
            return ExitCodes.Success;
        }
    }
}
