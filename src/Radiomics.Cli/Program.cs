using Radiomics.Cli.Commands;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli;

/// <summary>The <c>radiomics</c> tool: parses the command line, runs one command, prints one-line errors.</summary>
public static class Program
{
    private static readonly ICommand[] Commands =
    [
        new ExtractCommand(),
        new ExampleCommand(),
        new BatchCommand(),
        new MergeCommand(),
        new DicomCommand(),
        new ConvertCommand(),
        new IbsiCheckCommand(),
    ];

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with explicit writers (the tests call this).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            output.Write(GeneralUsage());
            return args.Count == 0 ? 2 : 0;
        }

        if (args[0] is "--version" or "version")
        {
            output.WriteLine($"radiomics {typeof(RadiomicsExtractor).Assembly.GetName().Version?.ToString(3)}");
            return 0;
        }

        ICommand? command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"radiomics: unknown command {SafeText.Quote(args[0])}; commands: {string.Join(", ", Commands.Select(c => c.Name))}");
            return 2;
        }

        IReadOnlyList<string> rest = args.Skip(1).ToArray();
        if (rest.Any(a => a is "--help" or "-h"))
        {
            output.Write(command.Usage.TrimEnd() + "\n");
            return 0;
        }

        try
        {
            try
            {
                return command.Run(rest, output, error);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Work run in parallel fails with its first failure, reported as the failure itself.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
                throw;
            }
        }
        catch (UsageException e)
        {
            return Fail(error, $"{command.Name}: {e.Message}", 2);
        }
        catch (Exception e) when (e is ImageFormatException or ParameterException or ExtractionException or Radiomics.Dicom.DicomFormatException)
        {
            return Fail(error, e.Message, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message, 1);
        }
        catch (OutOfMemoryException) when (Environment.GetEnvironmentVariable("RADIOMICS_DEBUG") is null)
        {
            return Fail(error, $"{command.Name}: not enough memory for this input; see docs/limits.md (--max-voxels) to refuse such inputs early", 1);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("RADIOMICS_DEBUG") is null)
        {
            return Fail(error, $"internal error ({e.GetType().Name}): {e.Message}. Please report it; set RADIOMICS_DEBUG=1 for details.", 70);
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

    /// <summary>The most characters of one printed error message.</summary>
    private const int MaxErrorLength = 2000;

    private static string GeneralUsage()
    {
        var text = new System.Text.StringBuilder("usage: radiomics COMMAND [ARGS]  (radiomics COMMAND --help for details)\n\ncommands:\n");
        foreach (ICommand command in Commands)
        {
            text.Append($"  {command.Name,-12} {command.Summary}\n");
        }

        return text.ToString();
    }
}
