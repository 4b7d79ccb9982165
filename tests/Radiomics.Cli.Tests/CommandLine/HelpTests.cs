using System.CommandLine;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>
/// The help is generated from the declarations: these tests walk every command's declared arguments and options, so
/// a usage line can never again miss an option or list one twice.
/// </summary>
public class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Program.CreateTool().Runnable)
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void CommandHelp_SynopsisListsEveryDeclaredOptionOnce(string path)
    {
        CliCommand command = Program.CreateTool().Lookup(path)!;
        var run = CliRunner.Run([.. path.Split(' '), "--help"]);

        Assert.True(run.ExitCode == 0, run.Error);
        string synopsis = run.Output[..run.Output.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.StartsWith($"usage: radiomics {path}", synopsis);
        foreach (Argument argument in command.Declaration.Arguments)
        {
            Assert.Contains(argument.Name, synopsis);
        }

        Assert.NotEmpty(command.Declaration.Options);
        foreach (Option option in command.Declaration.Options.Where(o => !o.Hidden))
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(synopsis, $@"\[{System.Text.RegularExpressions.Regex.Escape(option.Name)}[\] ]|(?<=\s){System.Text.RegularExpressions.Regex.Escape(option.Name)} "));
            Assert.Contains(HelpText.Label(option), run.Output); // every alias, in the option table
        }
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void CommandHelp_HasExamplesExitStatusesAndVersion(string path)
    {
        CliCommand command = Program.CreateTool().Lookup(path)!;
        string help = CliRunner.Run([.. path.Split(' '), "--help"]).Output;

        Assert.InRange(command.Examples.Count, 2, 3);
        Assert.All(command.Examples, e => Assert.Contains(e.CommandLine, help));
        Assert.Contains("exit status:", help);
        Assert.Contains("\n  0   ", help);
        Assert.Contains("\n  2   ", help);
        Assert.Contains("radiomics --version", help);
        Assert.Equal(help, CliRunner.Run(["help", .. path.Split(' ')]).Output);
    }

    [Fact]
    public void RootHelp_ListsEveryCommandTheFormsAndVersion()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (CliCommand command in Program.CreateTool().Commands)
        {
            Assert.Contains($"\n  {command.Name} ", run.Output);
        }

        Assert.Contains("radiomics IMAGE MASK", run.Output);
        Assert.Contains("radiomics CASES.csv", run.Output);
        Assert.Contains("--version", run.Output);
        Assert.Contains("examples:", run.Output);
        Assert.Contains("exit status:", run.Output);
    }

    [Fact]
    public void NoArguments_PrintsTheHelp_ExitsWithTheUsageStatus()
    {
        var run = CliRunner.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(CliRunner.Run("--help").Output, run.Output);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public void Version_PrintsTheToolVersion(string word)
    {
        var run = CliRunner.Run(word);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"radiomics {CommandLineTool.Version}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"^radiomics \d+\.\d+\.\d+$", run.Output.Trim());
    }

    [Fact]
    public void HelpAfterBadOptions_StillShowsTheHelp()
    {
        var run = CliRunner.Run("extract", "--nope", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("usage: radiomics extract IMAGE MASK", run.Output);
    }

    /// <summary>
    /// The root declares the union of the root forms' options to tell option values from paths: an option both
    /// commands declare must take values alike in both, or the root would count paths wrongly.
    /// </summary>
    [Fact]
    public void RootForms_SharedOptionNamesTakeValuesAlike()
    {
        CommandLineTool tool = Program.CreateTool();
        Option[] extract = [.. tool.Lookup("extract")!.Declaration.Options], batch = [.. tool.Lookup("batch")!.Declaration.Options];

        foreach (Option option in extract)
        {
            foreach (Option other in batch.Where(b => b.Aliases.Append(b.Name).Intersect(option.Aliases.Append(option.Name)).Any()))
            {
                Assert.Equal(option.Name, other.Name);
                Assert.Equal(option.Arity, other.Arity);
            }
        }
    }

    [Fact]
    public void EveryAliasOfACommand_IsDeclaredOnce()
    {
        foreach (var (path, command) in Program.CreateTool().Runnable)
        {
            string[] names = [.. command.Declaration.Options.SelectMany(o => o.Aliases.Append(o.Name))];
            Assert.True(names.Length == names.Distinct().Count(), $"{path}: {string.Join(", ", names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }
}
