using System.CommandLine;
using System.CommandLine.Parsing;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// Turns what System.CommandLine found wrong with a command line into one message that names the option or argument
/// and the problem. An unknown option is always reported as such (System.CommandLine would otherwise let <c>-x</c>
/// stand in for a missing path), before any other problem.
/// </summary>
public static class ParseProblems
{
    /// <summary>PyRadiomics options with no counterpart here, and what to do instead.</summary>
    private static readonly Dictionary<string, string> PyRadiomicsOnly = new(StringComparer.Ordinal)
    {
        ["--validate"] = "PyRadiomics' --validate has no counterpart: inputs are checked when the command runs",
        ["--format-path"] = "PyRadiomics' --format-path has no counterpart: Image and Mask are written as given (batch: absolute)",
        ["--logging-level"] = "use --verbosity (and --log-file with batch)",
        ["--unix-path"] = "paths are written as the system spells them",
    };

    /// <summary>The first problem of <paramref name="parsed"/>, or null when it parsed cleanly.</summary>
    /// <param name="usage">The command's short form for hints, e.g. <c>radiomics extract IMAGE MASK [options]</c>.</param>
    /// <param name="elsewhere">For an unknown option, the command that has it, or null.</param>
    public static string? Describe(ParseResult parsed, string usage, Func<string, string?> elsewhere)
    {
        if (UnknownOption(parsed) is { } unknown)
        {
            return $"unknown option '{unknown}'{Hint(unknown, parsed.CommandResult.Command, elsewhere)}";
        }

        if (OptionTakingAnOption(parsed) is { } swallowed)
        {
            return swallowed;
        }

        if (parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Required && parsed.GetResult(o) is null or { Implicit: true }) is { } required)
        {
            return $"{required.Name}{ValueSuffix(required)} is required ({usage})";
        }

        foreach (ParseError error in parsed.Errors)
        {
            if (error.Message.StartsWith('-'))
            {
                return error.Message; // our own value parsers name the option first
            }

            OptionResult? option = error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult;
            if (option is { Implicit: false })
            {
                return OptionProblem(option) ?? Trim(error.Message);
            }

            if (error.SymbolResult is ArgumentResult { Argument: var argument } && argument.Arity.MinimumNumberOfValues > 0
                && parsed.GetResult(argument)?.Tokens.Count is null or 0)
            {
                return $"{argument.Name} is missing ({usage})";
            }
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            return $"unexpected argument '{parsed.UnmatchedTokens[0]}' ({usage})";
        }

        if (parsed.Errors.Count > 0)
        {
            Command command = parsed.CommandResult.Command;
            return command.Subcommands.Count > 0 && command.Action is null
                ? $"give a subcommand: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}"
                : Trim(parsed.Errors[0].Message);
        }

        return null;
    }

    /// <summary>
    /// The first token that looks like an option (<c>-x</c>, <c>--nope</c>) and was not taken by an option: neither a
    /// declared option nor an option's value, and not after <c>--</c>.
    /// </summary>
    private static string? UnknownOption(ParseResult parsed)
    {
        var taken = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        for (SymbolResult? result = parsed.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command)
            {
                foreach (OptionResult option in command.Children.OfType<OptionResult>())
                {
                    taken.UnionWith(option.Tokens);
                }
            }
        }

        foreach (Token token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
                && !taken.Contains(token) && !double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return token.Value;
            }
        }

        return null;
    }

    /// <summary><c>--out --resume</c>: the parser hands <c>--resume</c> to <c>--out</c> as its value; say so.</summary>
    private static string? OptionTakingAnOption(ParseResult parsed)
    {
        Command command = parsed.CommandResult.Command;
        var names = new HashSet<string>(command.Options.SelectMany(o => o.Aliases.Append(o.Name)), StringComparer.Ordinal);
        foreach (OptionResult option in parsed.CommandResult.Children.OfType<OptionResult>())
        {
            if (option.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal) && names.Contains(t.Value)) is { } token)
            {
                return $"{option.Option.Name} needs a value ({option.Option.HelpName ?? "VALUE"}), not the option '{token.Value}'";
            }
        }

        return null;
    }

    private static string Hint(string unknown, Command command, Func<string, string?> elsewhere)
    {
        string name = unknown.Split('=', ':')[0];
        if (PyRadiomicsOnly.TryGetValue(name, out string? advice))
        {
            return $" ({advice})";
        }

        string suggestion = Suggestions.Closest(name, command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
        if (suggestion.Length > 0)
        {
            return suggestion;
        }

        return elsewhere(name) is { } other ? $" ({name} is an option of 'radiomics {other}')" : $"; see radiomics {command.Name} --help";
    }

    private static string? OptionProblem(OptionResult result)
    {
        Option option = result.Option;
        if (result.IdentifierTokenCount > 1 && option.Arity.MaximumNumberOfValues == 1)
        {
            return $"{option.Name} given {result.IdentifierTokenCount} times; give it once";
        }

        if (result.Tokens.Count == 0 && option.Arity.MinimumNumberOfValues > 0)
        {
            return $"{option.Name} needs a value ({option.HelpName ?? "VALUE"})";
        }

        return null;
    }

    private static string ValueSuffix(Option option) => option.Arity.MaximumNumberOfValues == 0 ? "" : " " + (option.HelpName ?? "VALUE");

    private static string Trim(string message) => message.TrimEnd('.');
}
