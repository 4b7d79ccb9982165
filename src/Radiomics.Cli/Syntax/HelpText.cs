using System.CommandLine;
using System.Text;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// Help generated from the declarations: the synopsis and the option table come from a command's
/// <see cref="Command.Arguments"/> and <see cref="Command.Options"/> (every alias, help name and description), so
/// they cannot drift from what the parser accepts; the command adds its details, examples and exit statuses.
/// </summary>
public static class HelpText
{
    /// <summary>Lines are wrapped to this many characters.</summary>
    public const int Width = 100;

    private const int MaxLabelColumn = 30;

    /// <summary>
    /// The synopsis of a command that runs: <c>usage: radiomics extract IMAGE MASK [--params FILE] [--setting
    /// KEY:VALUE]... [--skip-nans]</c>, wrapped under the command name. Every visible option appears, by its name.
    /// </summary>
    public static string Synopsis(string path, Command command, string prefix = "usage: ")
    {
        var items = new List<string>();
        foreach (Argument argument in command.Arguments.Where(a => !a.Hidden))
        {
            string name = argument.Arity.MaximumNumberOfValues > 1 ? argument.Name + "..." : argument.Name;
            items.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }

        foreach (Option option in command.Options.Where(o => !o.Hidden))
        {
            string usage = option.Name + ValueSuffix(option);
            items.Add(option.Required ? usage : option.Arity.MaximumNumberOfValues > 1 ? $"[{usage}]..." : $"[{usage}]");
        }

        return Wrap(prefix + path, items, Width);
    }

    /// <summary>The full help of one command: synopsis, summary, arguments, options, details, examples, exit statuses.</summary>
    public static void WriteCommand(TextWriter writer, string path, CliCommand command, IEnumerable<Option> globalOptions)
    {
        var text = new StringBuilder();
        if (command.Subcommands.Count > 0)
        {
            string prefix = "usage: ";
            foreach (CliCommand sub in command.Subcommands)
            {
                text.Append(Synopsis($"{path} {sub.Name}", sub.Declaration, prefix)).Append('\n');
                prefix = "       ";
            }
        }
        else
        {
            text.Append(Synopsis(path, command.Declaration)).Append('\n');
        }

        text.Append('\n').Append(Sentence(command.Summary)).Append('\n');
        if (command.Subcommands.Count > 0)
        {
            AppendTable(text, "commands", command.Subcommands.Select(c => (c.Name, c.Summary)));
            foreach (CliCommand sub in command.Subcommands)
            {
                AppendDeclaration(text, sub.Declaration, [], $"{sub.Name} ");
            }
        }
        else
        {
            AppendDeclaration(text, command.Declaration, globalOptions, "");
        }

        if (command.Details is { } details)
        {
            text.Append('\n');
            foreach (string paragraph in details.Split("\n\n"))
            {
                AppendWrapped(text, paragraph.ReplaceLineEndings(" "), "", Width);
            }
        }

        AppendTail(text, command.Examples, command.ExitStatuses);
        writer.Write(text.ToString());
    }

    /// <summary>The tool's help: its forms, the commands, the global options, examples and exit statuses.</summary>
    public static void WriteRoot(TextWriter writer, string description, IReadOnlyList<(string Form, string Meaning)> forms,
        IReadOnlyList<CliCommand> commands, IEnumerable<Option> globalOptions, IReadOnlyList<Example> examples)
    {
        var text = new StringBuilder();
        int formWidth = forms.Max(f => f.Form.Length) + 2;
        for (int i = 0; i < forms.Count; i++)
        {
            text.Append(i == 0 ? "usage: " : "       ").Append(forms[i].Form.PadRight(formWidth)).Append(forms[i].Meaning).Append('\n');
        }

        text.Append('\n').Append(Sentence(description)).Append('\n');
        AppendTable(text, "commands", commands.Select(c => (c.Name, c.Summary)));
        AppendTable(text, "options", globalOptions.Where(o => !o.Hidden).Select(o => (Label(o), o.Description ?? "")));
        AppendTail(text, examples, ExitCodes.WithCases);
        writer.Write(text.ToString());
    }

    /// <summary>An option as the table shows it: short aliases, the name, other long aliases, then its value.</summary>
    public static string Label(Option option)
    {
        IEnumerable<string> names = option.Aliases.Where(IsShort).Order(StringComparer.Ordinal)
            .Append(option.Name)
            .Concat(option.Aliases.Where(a => !IsShort(a)).Order(StringComparer.Ordinal));
        return string.Join(", ", names) + ValueSuffix(option);
    }

    private static bool IsShort(string alias) => !alias.StartsWith("--", StringComparison.Ordinal);

    private static string ValueSuffix(Option option)
    {
        if (option.Arity.MaximumNumberOfValues == 0)
        {
            return "";
        }

        string value = option.HelpName ?? "VALUE";
        return option.Arity.MinimumNumberOfValues == 0 ? $" [{value}]" : " " + value;
    }

    private static void AppendDeclaration(StringBuilder text, Command command, IEnumerable<Option> globalOptions, string heading)
    {
        AppendTable(text, heading + "arguments", command.Arguments.Where(a => !a.Hidden).Select(a => (a.Name, a.Description ?? "")));
        AppendTable(text, heading + "options",
            command.Options.Concat(globalOptions).Where(o => !o.Hidden).Select(o => (Label(o), o.Description ?? "")));
    }

    private static void AppendTail(StringBuilder text, IReadOnlyList<Example> examples, IReadOnlyList<(int Code, string Meaning)> statuses)
    {
        if (examples.Count > 0)
        {
            text.Append("\nexamples:\n");
            foreach (Example example in examples)
            {
                text.Append("  ").Append(example.CommandLine).Append('\n'); // never wrapped: it is copied as it stands
                AppendWrapped(text, Sentence(example.Purpose), "      ", Width);
            }
        }

        AppendTable(text, "exit status", statuses.Select(s => (s.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Meaning)));
        text.Append("\n'radiomics --version' prints the version; 'radiomics --help' lists every command.\n");
    }

    private static void AppendTable(StringBuilder text, string heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(heading).Append(":\n");
        int column = Math.Min(list.Max(r => r.Label.Length), MaxLabelColumn) + 4;
        foreach (var (label, description) in list)
        {
            string lead = "  " + label;
            if (lead.Length + 2 > column)
            {
                text.Append(lead).Append('\n');
                lead = "";
            }

            AppendWrapped(text, description, new string(' ', column), Width, lead.PadRight(column));
        }
    }

    /// <summary>Appends <paramref name="words"/> wrapped at <paramref name="width"/>, continuation lines indented.</summary>
    private static void AppendWrapped(StringBuilder text, string words, string indent, int width, string? firstLead = null)
    {
        var line = new StringBuilder(firstLead ?? indent);
        int start = line.Length;
        foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > start && line.Length + 1 + word.Length > width)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(indent);
                start = line.Length;
            }

            line.Append(line.Length > start ? " " : "").Append(word);
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>Joins synopsis items after <paramref name="head"/>, wrapping under the first item.</summary>
    private static string Wrap(string head, IReadOnlyList<string> items, int width)
    {
        var text = new StringBuilder(head);
        string indent = new(' ', Math.Min(head.Length + 1, 40));
        int lineStart = 0;
        foreach (string item in items)
        {
            if (text.Length - lineStart + 1 + item.Length > width && text.Length - lineStart > indent.Length)
            {
                text.Append('\n');
                lineStart = text.Length;
                text.Append(indent).Append(item);
            }
            else
            {
                text.Append(' ').Append(item);
            }
        }

        return text.ToString();
    }

    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
}
