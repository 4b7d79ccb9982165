using Radiomics.Configuration.Perturbation;
using Radiomics.Configuration.Regions;
using Radiomics.IO;

namespace Radiomics.Configuration;

/// <summary>
/// Reads PyRadiomics parameter files (<c>.yaml</c>, <c>.yml</c> or <c>.json</c>; JSON is read as YAML, of which it
/// is a subset) into validated <see cref="ExtractionParameters"/>; also a JSON result written with its diagnostics
/// (<c>radiomics extract … --format json</c>), whose recorded configuration it re-reads (<see cref="RecordedConfiguration"/>).
/// Image type and feature names are checked against the <see cref="ParameterVocabulary"/> given; the pipeline's is
/// <c>Radiomics.Extraction.PipelineParameters.Vocabulary</c>, and <c>PipelineParameters.Load</c>/<c>Parse</c> pass it.
/// </summary>
public static class ParameterFile
{
    /// <summary>The largest parameter file read (4 MiB): real ones are a few kilobytes.</summary>
    public const int MaxFileBytes = 4 << 20;

    /// <summary>The deepest nesting of lists and mappings accepted (PyRadiomics' layout needs four).</summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// The largest a document may grow once its YAML aliases are expanded, counting one per value plus its text's
    /// length (4 Mi): aliases can share parts of a document, not multiply it.
    /// </summary>
    public const long MaxExpandedSize = 4 << 20;

    private static readonly string[] Sections = ["setting", "voxelSetting", "imageType", "featureClass", "regions", "perturbation"];

    /// <summary>
    /// Reads a parameter file: a regular file (a pipe or device is refused) of at most <see cref="MaxFileBytes"/>,
    /// UTF-8 (or UTF-16/32 with a byte-order mark), parsed as JSON when its name ends in <c>.json</c>, else as YAML;
    /// image types and feature classes are checked against <paramref name="vocabulary"/>.
    /// </summary>
    /// <exception cref="ParameterException">The file cannot be read or is not valid; the one-line message names the file and the key.</exception>
    public static ExtractionParameters Load(string path, ParameterVocabulary vocabulary)
    {
        string text = InputFiles.ReadAllText(path, MaxFileBytes, "a parameter file", problem =>
            new ParameterException(problem == "not found" ? $"{path}: parameter file not found." : $"{path}: the parameter file {problem}."));
        return Parse(text, path, vocabulary);
    }

    /// <summary>
    /// Parses parameter-file text; <paramref name="source"/> names it in messages and, when it ends in <c>.json</c>,
    /// selects JSON. Nesting, size and alias expansion are limited (<see cref="MaxNesting"/>,
    /// <see cref="MaxFileBytes"/>, <see cref="MaxExpandedSize"/>); image types and feature classes are checked against
    /// <paramref name="vocabulary"/>.
    /// </summary>
    /// <exception cref="ParameterException">The text is not valid; the one-line message names <paramref name="source"/> and the key.</exception>
    public static ExtractionParameters Parse(string text, string source, ParameterVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (text.Length > MaxFileBytes)
        {
            throw new ParameterException($"{source}: the parameter text is {text.Length} characters; a parameter file may be at most {MaxFileBytes} bytes.");
        }

        ParameterValue root = source.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonParameterReader.Read(text, source)
            : YamlParameterReader.Read(text, source);

        if (root is ParameterValue.Null)
        {
            return ExtractionParameters.Default with { Source = source, SourceText = text };
        }

        if (root is not ParameterValue.Mapping mapping)
        {
            throw new ParameterException($"{source}: the top level must be a mapping with sections {string.Join(", ", Sections)}.");
        }

        if (RecordedConfiguration.IsResult(mapping))
        {
            return RecordedConfiguration.Read(mapping, source, text, vocabulary);
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!Sections.Contains(key))
            {
                throw new ParameterException($"{source}: unknown section {SafeText.Quote(key, 60)}; allowed: {string.Join(", ", Sections)}."
                    + (RecordedConfiguration.LooksLikeResult(mapping) ? " (A result can be re-run only when written with its diagnostics: additionalInfo true.)" : ""));
            }
        }

        return Bind(Section(mapping, "setting"), Section(mapping, "voxelSetting"), Section(mapping, "imageType"), Section(mapping, "featureClass"),
            Section(mapping, "regions"), Section(mapping, "perturbation"), source, text, vocabulary);
    }

    /// <summary>Binds the sections of a parameter file (each null when absent), checking every key and value once.</summary>
    internal static ExtractionParameters Bind(
        ParameterValue? setting, ParameterValue? voxelSetting, ParameterValue? imageType, ParameterValue? featureClass, ParameterValue? regions,
        ParameterValue? perturbation, string source, string text, ParameterVocabulary vocabulary)
    {
        RadiomicsSettings settings = SettingsBinder.Apply(
            RadiomicsSettings.Default, SettingsBinder.Bind(Entries(setting, "setting", source), $"{source} setting"), $"{source} setting");
        var parameters = new ExtractionParameters
        {
            Settings = settings,
            VoxelOverrides = SettingsBinder.Bind(Entries(voxelSetting, "voxelSetting", source), $"{source} voxelSetting"),
            ImageTypes = ImageTypesOf(imageType, source, settings, vocabulary),
            FeatureClasses = FeatureClassesOf(featureClass, source, vocabulary),
            Regions = RegionSettingsBinder.Bind(regions, source, FolderOf(source)),
            Perturbation = PerturbationBinder.Bind(perturbation, source),
            Source = source,
            SourceText = text,
        };
        parameters.VoxelModeSettings(); // the voxel settings' combination is checked now, not when maps are asked for
        return parameters;
    }

    private static IReadOnlyList<ImageTypeRequest> ImageTypesOf(ParameterValue? section, string source, RadiomicsSettings settings, ParameterVocabulary vocabulary)
    {
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
            if (!vocabulary.ImageTypes.Contains(name))
            {
                throw new ParameterException($"{source}: unknown image type {SafeText.Quote(name, 60)}; allowed: {string.Join(", ", vocabulary.ImageTypes)}.");
            }

            IReadOnlyList<KeyValuePair<string, ParameterValue>> overrides = value switch
            {
                ParameterValue.Null => [],
                ParameterValue.Mapping m => m.Entries,
                _ => throw new ParameterException($"{source}: imageType '{name}' must be followed by a mapping of settings (or {{}}), not {SafeText.Escape(value.Describe())}."),
            };
            var request = new ImageTypeRequest(name, SettingsBinder.Bind(overrides, $"{source} imageType.{name}"));
            request.EffectiveSettings(settings, source); // validates the overrides now, not mid-extraction
            requests.Add(request);
        }

        return requests;
    }

    private static IReadOnlyList<FeatureClassRequest>? FeatureClassesOf(ParameterValue? section, string source, ParameterVocabulary vocabulary)
    {
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
            FeatureClassVocabulary family = vocabulary.FeatureClass(name)
                ?? throw new ParameterException($"{source}: unknown feature class {SafeText.Quote(name, 60)}; allowed: {string.Join(", ", vocabulary.FeatureClasses.Select(c => c.Name))}.");
            IReadOnlyList<string>? features = value switch
            {
                ParameterValue.Null => null,
                ParameterValue.Sequence { Items.Count: 0 } => null,
                ParameterValue.Sequence sequence => sequence.Items.Select(item => item is ParameterValue.Scalar s
                    ? s.Text
                    : throw new ParameterException($"{source}: featureClass '{name}' lists {SafeText.Escape(item.Describe())}, which is not a feature name.")).ToArray(),
                ParameterValue.Scalar s => [s.Text],
                _ => throw new ParameterException($"{source}: featureClass '{name}' must be followed by null or a list of feature names."),
            };
            foreach (string feature in features ?? [])
            {
                if (!family.Features.Contains(feature))
                {
                    throw new ParameterException(
                        $"{source}: feature class '{name}' has no feature {SafeText.Quote(feature, 60)}; its features are: {string.Join(", ", family.Features)}.");
                }
            }

            requests.Add(new FeatureClassRequest(name, features));
        }

        return requests;
    }

    /// <summary>The folder relative region mask paths start from: the parameter file's, or the current folder when the source is not a file.</summary>
    private static string FolderOf(string source) =>
        File.Exists(source) ? Path.GetDirectoryName(Path.GetFullPath(source)) ?? "." : Directory.GetCurrentDirectory();

    private static ParameterValue? Section(ParameterValue.Mapping root, string name) =>
        root.Entries.FirstOrDefault(e => e.Key == name).Value;

    private static IEnumerable<KeyValuePair<string, ParameterValue>> Entries(ParameterValue? value, string section, string source) =>
        value switch
        {
            null or ParameterValue.Null => [],
            ParameterValue.Mapping m => m.Entries,
            var other => throw new ParameterException($"{source}: section '{section}' must be a mapping of key: value, not {SafeText.Escape(other.Describe())}."),
        };
}
