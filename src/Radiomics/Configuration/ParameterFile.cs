using Radiomics.Features;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Radiomics.Configuration;

/// <summary>
/// Reads PyRadiomics parameter files (<c>.yaml</c>, <c>.yml</c> or <c>.json</c>; JSON is read as YAML, of which it
/// is a subset) into validated <see cref="ExtractionParameters"/>.
/// </summary>
public static class ParameterFile
{
    private static readonly string[] Sections = ["setting", "voxelSetting", "imageType", "featureClass", "perturbation"];

    public static ExtractionParameters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ParameterException($"{path}: parameter file not found.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ExtractionParameters Parse(string text, string source)
    {
        ParameterValue root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? new ParameterValue.Null() : Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            throw new ParameterException($"{source}: not valid YAML/JSON at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        if (root is ParameterValue.Null)
        {
            return ExtractionParameters.Default with { Source = source, SourceText = text };
        }

        if (root is not ParameterValue.Mapping mapping)
        {
            throw new ParameterException($"{source}: the top level must be a mapping with sections {string.Join(", ", Sections)}.");
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!Sections.Contains(key))
            {
                throw new ParameterException($"{source}: unknown section '{key}'; allowed: {string.Join(", ", Sections)}.");
            }
        }

        RadiomicsSettings settings = RadiomicsSettings.Default;
        foreach (var (key, value) in Entries(mapping, "setting", source))
        {
            settings = SettingsBinder.ApplySetting(settings, key, value, $"{source} setting");
        }

        SettingsBinder.ValidateCombination(settings, $"{source} setting");

        var voxelSettings = Entries(mapping, "voxelSetting", source).ToArray();
        RadiomicsSettings probe = settings;
        foreach (var (key, value) in voxelSettings)
        {
            probe = SettingsBinder.ApplySetting(probe, key, value, $"{source} voxelSetting");
        }

        return new ExtractionParameters
        {
            Settings = settings,
            VoxelSettings = voxelSettings,
            ImageTypes = ImageTypesOf(mapping, source, settings),
            FeatureClasses = FeatureClassesOf(mapping, source),
            Perturbation = Preprocessing.Perturbation.PerturbationBinder.Bind(Section(mapping, "perturbation"), source),
            Source = source,
            SourceText = text,
        };
    }

    private static IReadOnlyList<ImageTypeRequest> ImageTypesOf(ParameterValue.Mapping root, string source, RadiomicsSettings settings)
    {
        ParameterValue? section = Section(root, "imageType");
        if (section is null or ParameterValue.Null)
        {
            return ExtractionParameters.Default.ImageTypes;
        }

        if (section is not ParameterValue.Mapping types)
        {
            throw new ParameterException($"{source}: section 'imageType' must map image type names to their settings, e.g. 'Original: {{}}'.");
        }

        var requests = new List<ImageTypeRequest>();
        foreach (var (name, value) in types.Entries)
        {
            string? known = ImageTypeNames.All.FirstOrDefault(n => n == name);
            if (known is null)
            {
                throw new ParameterException($"{source}: unknown image type '{name}'; allowed: {string.Join(", ", ImageTypeNames.All)}.");
            }

            IReadOnlyList<KeyValuePair<string, ParameterValue>> overrides = value switch
            {
                ParameterValue.Null => [],
                ParameterValue.Mapping m => m.Entries,
                _ => throw new ParameterException($"{source}: imageType '{name}' must be followed by a mapping of settings (or {{}}), not {value.Describe()}."),
            };
            var request = new ImageTypeRequest(name, overrides);
            request.EffectiveSettings(settings, source); // validates the overrides now, not mid-extraction
            requests.Add(request);
        }

        return requests;
    }

    private static IReadOnlyList<FeatureClassRequest>? FeatureClassesOf(ParameterValue.Mapping root, string source)
    {
        ParameterValue? section = Section(root, "featureClass");
        if (section is null or ParameterValue.Null)
        {
            return null;
        }

        if (section is not ParameterValue.Mapping classes)
        {
            throw new ParameterException($"{source}: section 'featureClass' must map class names to null or a list of feature names.");
        }

        var requests = new List<FeatureClassRequest>();
        foreach (var (name, value) in classes.Entries)
        {
            IFeatureFamily? family = FeatureRegistry.Find(name)
                ?? throw new ParameterException($"{source}: unknown feature class '{name}'; allowed: {string.Join(", ", FeatureRegistry.FamilyNames)}.");
            IReadOnlyList<string>? features = value switch
            {
                ParameterValue.Null => null,
                ParameterValue.Sequence { Items.Count: 0 } => null,
                ParameterValue.Sequence sequence => sequence.Items.Select(item => item is ParameterValue.Scalar s
                    ? s.Text
                    : throw new ParameterException($"{source}: featureClass '{name}' lists {item.Describe()}, which is not a feature name.")).ToArray(),
                ParameterValue.Scalar s => [s.Text],
                _ => throw new ParameterException($"{source}: featureClass '{name}' must be followed by null or a list of feature names."),
            };
            foreach (string feature in features ?? [])
            {
                if (!family.Features.Any(f => f.Name == feature))
                {
                    throw new ParameterException(
                        $"{source}: feature class '{name}' has no feature '{feature}'; its features are: {string.Join(", ", family.Features.Select(f => f.Name))}.");
                }
            }

            requests.Add(new FeatureClassRequest(name, features));
        }

        return requests;
    }

    private static ParameterValue? Section(ParameterValue.Mapping root, string name) =>
        root.Entries.FirstOrDefault(e => e.Key == name).Value;

    private static IEnumerable<KeyValuePair<string, ParameterValue>> Entries(ParameterValue.Mapping root, string section, string source) =>
        Section(root, section) switch
        {
            null or ParameterValue.Null => [],
            ParameterValue.Mapping m => m.Entries,
            var other => throw new ParameterException($"{source}: section '{section}' must be a mapping of key: value, not {other.Describe()}."),
        };

    private static ParameterValue Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain && ParameterValue.IsNullText(scalar.Value ?? "") => new ParameterValue.Null(),
        YamlScalarNode scalar => new ParameterValue.Scalar(scalar.Value ?? "", scalar.Style is not ScalarStyle.Plain),
        YamlSequenceNode sequence => new ParameterValue.Sequence(sequence.Children.Select(Convert).ToArray()),
        YamlMappingNode mapping => new ParameterValue.Mapping(mapping.Children
            .Select(c => new KeyValuePair<string, ParameterValue>(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))
            .ToArray()),
        _ => new ParameterValue.Null(),
    };
}
