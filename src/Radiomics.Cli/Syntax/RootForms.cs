using System.CommandLine;
using Radiomics.IO;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// Command lines without a command word, as PyRadiomics accepts them: <c>radiomics IMAGE MASK …</c> means
/// <c>extract</c> and <c>radiomics CASES.csv …</c> means <c>batch</c>. The root declares the union of those
/// commands' options (so that option values are not mistaken for paths) and a hidden list of positional paths; the
/// paths pick the <see cref="Form"/>, and the line is parsed again as that command, whose own declaration then checks
/// every option. Another form (3D Slicer's <c>IMAGE MASK TABLE</c>) is one more entry in <see cref="Forms"/>, with its
/// command's options joining the union.
/// </summary>
public sealed class RootForms
{
    private Argument<string[]>? _paths;

    /// <param name="Synopsis">How the help shows the form.</param>
    /// <param name="Meaning">What it stands for.</param>
    /// <param name="Command">The command it is parsed as.</param>
    /// <param name="Matches">Whether the positional paths (in order) are this form's.</param>
    public sealed record Form(string Synopsis, string Meaning, CliCommand Command, Func<IReadOnlyList<string>, bool> Matches);

    public RootForms(IReadOnlyList<Form> forms) => Forms = forms;

    public IReadOnlyList<Form> Forms { get; }

    /// <summary>Adds the hidden path list and the union of the forms' options (first declaration of a name wins).</summary>
    public void DeclareOn(Command root)
    {
        _paths = new Argument<string[]>("PATHS") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        root.Add(_paths);
        foreach (Form form in Forms.Where(f => !root.Subcommands.Contains(f.Command.Declaration)))
        {
            root.Add(form.Command.Declaration); // the line is parsed again as this command
        }

        var names = new HashSet<string>(root.Options.SelectMany(o => o.Aliases.Append(o.Name)), StringComparer.Ordinal);
        foreach (Option option in Forms.SelectMany(f => f.Command.Declaration.Options))
        {
            if (option.Aliases.Append(option.Name).All(names.Add))
            {
                root.Add(option);
            }
        }
    }

    /// <summary>
    /// The command a root-level line means, from its positional paths (tokens that look like options are left to the
    /// command's parser, which names them), or null with <paramref name="problem"/> saying why none fits.
    /// </summary>
    public CliCommand? Resolve(ParseResult parsed, IReadOnlyList<CliCommand> commands, out string problem)
    {
        List<string> paths = ((_paths is null ? null : parsed.GetResult(_paths))?.Tokens.Select(t => t.Value) ?? [])
            .Concat(parsed.UnmatchedTokens)
            .Where(t => !t.StartsWith('-') || t.Length == 1)
            .ToList();
        problem = "";
        if (paths.Count > 0 && !LooksLikePath(paths[0]))
        {
            problem = $"unknown command {SafeText.Quote(paths[0])}{Suggestions.Closest(paths[0], commands.Select(c => c.Name))}; commands: {string.Join(", ", commands.Select(c => c.Name))} (radiomics --help)";
            return null;
        }

        if (Forms.FirstOrDefault(f => f.Matches(paths)) is { } form)
        {
            return form.Command;
        }

        problem = paths.Count == 0
            ? "give a command, or IMAGE MASK, or CASES.csv (radiomics --help)"
            : $"{string.Join(" ", paths.Select(p => SafeText.Quote(p)))}: give IMAGE MASK (extract), one CASES.csv (batch) or IMAGE MASK TABLE.csv [PARAMS] (3D Slicer); see radiomics --help";
        return null;
    }

    /// <summary>A word that names a file or folder rather than a (misspelt) command.</summary>
    private static bool LooksLikePath(string text) =>
        text.IndexOfAny(['.', '/', '\\']) >= 0 || File.Exists(text) || Directory.Exists(text);
}
