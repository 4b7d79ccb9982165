using System.CommandLine;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands;

/// <summary>Options several commands declare alike (each declaration is a new instance, owned by its command).</summary>
internal static class SharedOptions
{
    /// <summary>PyRadiomics' <c>--skip-nans</c>: drop features whose value is NaN from the output.</summary>
    public static Option<bool> SkipNans() => OptionValues.Flag("--skip-nans",
        "leave out features whose value is NaN (PyRadiomics' --skip-nans); in a wide batch table their cells stay empty");

    /// <summary>
    /// <c>-v/--verbosity [LEVEL]</c>: PyRadiomics' levels 1–5 (1 critical … 3 warning, its default … 5 debug) mapped
    /// onto ours: 1–2 quiet, 3–4 normal, 5 detailed; the names quiet, normal and detailed work too. Given without a
    /// level it means 4 (normal), as in PyRadiomics. Absent: normal.
    /// </summary>
    public static Option<Verbosity> VerbosityLevel(string effect) =>
        new("--verbosity", "-v")
        {
            HelpName = "LEVEL",
            Description = $"quiet, normal (default) or detailed, or PyRadiomics' 1-5: 1-2 quiet, 3-4 normal, 5 detailed; -v alone is 4. {effect}",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Verbosity.Normal,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return Verbosity.Normal;
                }

                string text = result.Tokens[0].Value;
                Verbosity? level = text switch
                {
                    "1" or "2" or "quiet" => Verbosity.Quiet,
                    "3" or "4" or "normal" => Verbosity.Normal,
                    "5" or "detailed" => Verbosity.Detailed,
                    _ => null,
                };
                if (level is null)
                {
                    result.AddError($"--verbosity must be 1-5 (PyRadiomics' levels) or quiet, normal or detailed, not '{text}'");
                }

                return level ?? Verbosity.Normal;
            },
        };
}
