using System.Globalization;

namespace Radiomics.Configuration.Perturbation;

/// <summary>
/// Reads the <c>perturbation:</c> section of a parameter file into a validated <see cref="PerturbationSettings"/>.
/// Errors are one line naming the file, the key and what is allowed.
/// </summary>
public static class PerturbationBinder
{
    /// <summary>The keys of the section, in documentation order.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "noiseRepetitions", "noiseLevel", "rotationAngles", "translationFractions", "roiAdaptType", "roiAdaptSizes",
        "roiAdaptMaxErosion", "randomiseRoiRepetitions", "seed",
    ];

    /// <summary>The settings of <paramref name="section"/> (absent or null: <see cref="PerturbationSettings.None"/>).</summary>
    /// <param name="source">The parameter file, for messages.</param>
    /// <param name="section">The parameter file's <c>perturbation</c> section, or null when absent.</param>
    /// <exception cref="ParameterException">Not a mapping, an unknown key, or a bad value.</exception>
    public static PerturbationSettings Bind(ParameterValue? section, string source)
    {
        string where = $"{source} perturbation";
        if (section is null or ParameterValue.Null)
        {
            return PerturbationSettings.None;
        }

        if (section is not ParameterValue.Mapping mapping)
        {
            throw new ParameterException($"{source}: section 'perturbation' must be a mapping of key: value, not {section.Describe()}.");
        }

        var settings = PerturbationSettings.None;
        foreach (var (key, value) in mapping.Entries)
        {
            settings = key switch
            {
                "noiseRepetitions" => settings with { NoiseRepetitions = (int)Integer(value, where, key, int.MaxValue) },
                "noiseLevel" => settings with { NoiseLevel = value is ParameterValue.Null ? null : Number(value, where, key, "a number ≥ 0, or null to estimate it from the image") },
                "rotationAngles" => settings with { RotationAngles = Numbers(value, where, key, "a list of angles in degrees") },
                "translationFractions" => settings with { TranslationFractions = Numbers(value, where, key, "a list of fractions of a voxel from 0 to below 1") },
                "roiAdaptType" => settings with { RoiAdaptType = AdaptType(value, where) },
                "roiAdaptSizes" => settings with { RoiAdaptSizes = Numbers(value, where, key, "a list of numbers (mm, or volume fractions)") },
                "roiAdaptMaxErosion" => settings with { RoiAdaptMaxErosion = Number(value, where, key, "a number above 0 and at most 1") },
                "randomiseRoiRepetitions" => settings with { RandomiseRoiRepetitions = (int)Integer(value, where, key, int.MaxValue) },
                "seed" => settings with { Seed = Integer(value, where, key, long.MaxValue) },
                _ => throw new ParameterException($"{where}: unknown key '{key}'; allowed: {string.Join(", ", Keys)}."),
            };
        }

        settings.Validate(where);
        return settings;
    }

    private static long Integer(ParameterValue value, string where, string key, long maximum)
    {
        if (value is ParameterValue.Scalar { Quoted: false } scalar
            && long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result)
            && result >= 0 && result <= maximum)
        {
            return result;
        }

        throw Bad(value, where, key, "an integer ≥ 0");
    }

    private static double Number(ParameterValue value, string where, string key, string allowed)
    {
        if (value is ParameterValue.Scalar { Quoted: false } scalar
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double result)
            && double.IsFinite(result))
        {
            return result;
        }

        throw Bad(value, where, key, allowed);
    }

    /// <summary>A list of numbers; a single number is a list of one.</summary>
    private static double[] Numbers(ParameterValue value, string where, string key, string allowed) => value switch
    {
        ParameterValue.Sequence sequence => sequence.Items.Select(item => Number(item, where, key, allowed)).ToArray(),
        ParameterValue.Scalar => [Number(value, where, key, allowed)],
        _ => throw Bad(value, where, key, allowed),
    };

    private static RoiAdaptType AdaptType(ParameterValue value, string where) => value is ParameterValue.Scalar scalar
        ? scalar.Text switch
        {
            "distance" => RoiAdaptType.Distance,
            "fraction" => RoiAdaptType.Fraction,
            _ => throw Bad(value, where, "roiAdaptType", "distance or fraction"),
        }
        : throw Bad(value, where, "roiAdaptType", "distance or fraction");

    private static ParameterException Bad(ParameterValue value, string where, string key, string allowed) =>
        new($"{where}: '{key}' has value {value.Describe()}; allowed: {allowed}.");
}
