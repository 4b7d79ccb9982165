using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Radiomics.Cli.Syntax;

/// <summary>
/// Option declarations whose values are checked while parsing, with one-line messages that start with the option's
/// name (<c>--label: 'abc' is not an integer</c>), in place of System.CommandLine's generic conversion errors. Every
/// parser here is a plain delegate: no reflection, so the tool stays trimming- and Native-AOT-safe.
/// </summary>
public static class OptionValues
{
    /// <summary>An option taking one text value.</summary>
    public static Option<string?> Text(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases) { HelpName = helpName, Description = description };

    /// <summary>An option that may be given several times, one value each time (<c>-s a:1 -s b:2</c>).</summary>
    public static Option<string[]> Repeated(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases) { HelpName = helpName, Description = description, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary>A flag: present or not.</summary>
    public static Option<bool> Flag(string name, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An integer of at least <paramref name="minimum"/>; null when the option is absent.</summary>
    public static Option<int?> Integer(string name, string helpName, int minimum, string description, params string[] aliases) =>
        new(name, aliases)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result => ParseInteger(result, name, minimum),
        };

    /// <summary>One of <paramref name="allowed"/> (as typed); the message lists them.</summary>
    public static Option<string?> Choice(string name, string helpName, string description, string[] allowed, params string[] aliases) =>
        new(name, aliases)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                string? text = Single(result);
                if (text is null || allowed.Contains(text, StringComparer.Ordinal))
                {
                    return text;
                }

                result.AddError($"{name} must be {Alternatives(allowed)}, not '{text}'");
                return null;
            },
        };

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> values) =>
        values.Count <= 1 ? string.Join("", values) : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];

    private static int? ParseInteger(ArgumentResult result, string name, int minimum)
    {
        string? text = Single(result);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            result.AddError($"{name}: '{text}' is not an integer");
            return null;
        }

        if (value < minimum)
        {
            result.AddError($"{name} must be at least {minimum}, not {value}");
            return null;
        }

        return value;
    }

    /// <summary>The value of a single-valued option; null when there is none (the parser reports a missing value).</summary>
    private static string? Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
}
