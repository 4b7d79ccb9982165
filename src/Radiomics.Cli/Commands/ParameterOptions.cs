using System.CommandLine;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>-p/--params FILE</c> and <c>-s/--setting KEY:VALUE</c> (PyRadiomics' <c>--param</c> and <c>--setting</c>), as
/// extract, example and batch declare them, and the extraction parameters they give.
/// </summary>
internal sealed class ParameterOptions
{
    public Option<string?> File { get; } = OptionValues.Text("--params", "FILE",
        "a PyRadiomics parameter file (.yaml, .yml or .json), used unchanged (default: PyRadiomics' defaults)", "-p", "--param");

    public Option<string[]> Settings { get; } = SettingOption();

    public IEnumerable<Option> All => [File, Settings];

    /// <summary>
    /// The parameter file (or the defaults) with <paramref name="limits"/> (the defaults when null), the --setting
    /// overrides and then <paramref name="label"/> applied; combinations of settings that cannot run whatever the image
    /// (<see cref="ParameterCombinations"/>) are refused here, before any input is read.
    /// </summary>
    /// <exception cref="ParameterException">
    /// The parameter file cannot be used, an override names an unknown setting or has a value the setting does not allow
    /// (the message names --setting, the key and the allowed values), or the settings cannot go together: all exit 1, as a
    /// setting is an input wherever it is given (docs/limits.md).
    /// </exception>
    public ExtractionParameters Load(ParseResult parsed, int? label = null, InputLimits? limits = null)
    {
        ExtractionParameters parameters = InputLimitOptions.Apply(
            parsed.GetValue(File) is { } path ? PipelineParameters.Load(path) : ExtractionParameters.Default, limits ?? InputLimits.Default);
        var overrides = new List<KeyValuePair<string, ParameterValue>>();
        foreach (string setting in parsed.GetValue(Settings) ?? [])
        {
            int colon = setting.IndexOf(':');
            overrides.Add(new(setting[..colon].Trim(), ParameterValue.FromText(setting[(colon + 1)..])));
        }

        if (label is { } value)
        {
            overrides.Add(new("label", ParameterValue.FromText(value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        parameters = overrides.Count == 0 ? parameters : parameters.WithSettingOverrides(overrides);
        ParameterCombinations.Check(parameters);
        return parameters;
    }

    private static Option<string[]> SettingOption()
    {
        Option<string[]> option = OptionValues.Repeated("--setting", "KEY:VALUE",
            "override one setting of the parameter file, e.g. -s binWidth:10 (repeatable; lists as -s resampledPixelSpacing:1,1,1)", "-s");
        option.CustomParser = result =>
        {
            string[] values = result.Tokens.Select(t => t.Value).ToArray();
            if (values.FirstOrDefault(v => v.IndexOf(':') <= 0) is { } bad)
            {
                result.AddError($"--setting needs KEY:VALUE (e.g. binWidth:10), not '{bad}'");
            }

            return values;
        };
        return option;
    }
}
