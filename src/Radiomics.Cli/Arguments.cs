namespace Radiomics.Cli;

/// <summary>
/// A small, strict command-line parser: positional arguments, <c>--name value</c> / <c>--name=value</c> options
/// (repeatable where declared) and flags. Unknown options are errors that list the accepted ones.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/> given the option names that take a value and the flags.</summary>
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positional.Add(arg);
                continue;
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=');
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new UsageException($"option {name} takes no value");
                }

                result._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"option {name} needs a value");
                    }

                    value = args[++i];
                }

                if (!result._options.TryGetValue(name, out var list))
                {
                    result._options[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                throw new UsageException($"unknown option {name}; accepted: {string.Join(", ", valueOptions.Concat(flags).Order())}");
            }
        }

        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The single value of an option, or null; an option given twice is an error.</summary>
    public string? Value(string name)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new UsageException($"option {name} given {values.Count} times; give it once");
    }

    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public int? IntValue(string name)
    {
        string? text = Value(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new UsageException($"option {name} needs an integer, not '{text}'");
    }
}
