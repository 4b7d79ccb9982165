using Radiomics.Configuration.Regions;
using Radiomics.IO;

namespace Radiomics.Configuration;

/// <summary>
/// The configuration a result records beside its features, and reading it back: the <c>diagnostics_Configuration_*</c>
/// entries hold the bound settings (<see cref="SettingsFormatter"/>), the enabled image types with their own settings,
/// the enabled feature classes and features, the voxel settings and the regions, each as JSON. A JSON result written
/// with them (<c>radiomics extract IMAGE MASK --format json</c>) can be given as a parameter file: it re-runs with
/// exactly that configuration, so the same inputs give the same feature values bit for bit.
/// </summary>
public static class RecordedConfiguration
{
    /// <summary>The entry holding the bound settings as canonical JSON (<see cref="SettingsFormatter"/>).</summary>
    public const string SettingsKey = "diagnostics_Configuration_Settings";
    /// <summary>The entry holding the enabled image types with their own settings, as JSON.</summary>
    public const string ImageTypesKey = "diagnostics_Configuration_EnabledImageTypes";
    /// <summary>The entry holding the enabled feature classes and features, as JSON.</summary>
    public const string FeaturesKey = "diagnostics_Configuration_EnabledFeatures";
    /// <summary>The entry holding the <c>voxelSetting</c> section, as JSON (only when there is one).</summary>
    public const string VoxelSettingsKey = "diagnostics_Configuration_VoxelSettings";
    /// <summary>The entry holding the extra regions, as JSON (only when there are any).</summary>
    public const string RegionsKey = "diagnostics_Configuration_Regions";

    /// <summary>
    /// The entries recorded for <paramref name="parameters"/>, in order: settings, image types, feature classes (the
    /// default classes of <paramref name="vocabulary"/> written out when the parameters enable the defaults), then the
    /// voxel settings and regions when there are any.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Entries(ExtractionParameters parameters, ParameterVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(vocabulary);
        yield return new(SettingsKey, SettingsFormatter.ToJson(parameters.Settings));
        yield return new(ImageTypesKey, ImageTypesJson(parameters.ImageTypes));
        yield return new(FeaturesKey, FeaturesJson(parameters.FeatureClasses, vocabulary));
        if (parameters.VoxelOverrides.Count > 0)
        {
            yield return new(VoxelSettingsKey, SettingsFormatter.ToJson(parameters.VoxelOverrides));
        }

        if (parameters.Regions.Count > 0)
        {
            yield return new(RegionsKey, RegionSettingsFormatter.ToJson(parameters.Regions));
        }
    }

    /// <summary>The enabled image types as one JSON object, name → its own settings (<c>{"Original":{},"LoG":{"sigma":[1,3]}}</c>).</summary>
    public static string ImageTypesJson(IEnumerable<ImageTypeRequest> imageTypes) => SettingsFormatter.Write(json =>
    {
        json.WriteStartObject();
        foreach (ImageTypeRequest type in imageTypes)
        {
            json.WritePropertyName(type.Name);
            SettingsFormatter.WriteOverrides(json, type.Overrides);
        }

        json.WriteEndObject();
    });

    /// <summary>
    /// The enabled feature classes as one JSON object, class → null (its default features) or the features named; the
    /// default classes of <paramref name="vocabulary"/> written out when <paramref name="featureClasses"/> is null (the
    /// parameters enable the defaults).
    /// </summary>
    public static string FeaturesJson(IReadOnlyList<FeatureClassRequest>? featureClasses, ParameterVocabulary vocabulary) => SettingsFormatter.Write(json =>
    {
        json.WriteStartObject();
        foreach (FeatureClassRequest request in featureClasses ?? vocabulary.DefaultFeatureClasses.Select(c => new FeatureClassRequest(c.Name, null)).ToArray())
        {
            json.WritePropertyName(request.Family);
            if (request.Features is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartArray();
                foreach (string feature in request.Features)
                {
                    json.WriteStringValue(feature);
                }

                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
    });

    /// <summary>True when <paramref name="root"/> is a result with its recorded configuration (it has <see cref="SettingsKey"/>).</summary>
    internal static bool IsResult(ParameterValue.Mapping root) => root.Entries.Any(e => e.Key == SettingsKey);

    /// <summary>True when <paramref name="root"/> looks like a result (feature or diagnostics names) without the configuration.</summary>
    internal static bool LooksLikeResult(ParameterValue.Mapping root) =>
        root.Entries.Any(e => e.Key.StartsWith("diagnostics_", StringComparison.Ordinal) || e.Key.Count(c => c == '_') >= 2);

    /// <summary>The parameters a result recorded (<paramref name="text"/> is the result file's text, kept as the source text).</summary>
    /// <exception cref="ParameterException">A recorded entry is missing, not JSON, or not allowed in this version; the message names it.</exception>
    internal static ExtractionParameters Read(ParameterValue.Mapping root, string source, string text, ParameterVocabulary vocabulary)
    {
        ParameterValue? Recorded(string key, bool required)
        {
            ParameterValue? value = root.Entries.FirstOrDefault(e => e.Key == key).Value;
            return value switch
            {
                null when required => throw new ParameterException($"{source}: the result has {SettingsKey} but not {key}; it cannot be re-run."),
                null => null,
                ParameterValue.Scalar { Quoted: true } scalar => JsonParameterReader.Read(scalar.Text, $"{source} {key}"),
                _ => throw new ParameterException($"{source}: {key} must be the JSON text the extraction wrote, not {SafeText.Escape(value.Describe())}."),
            };
        }

        ParameterValue? regions = Recorded(RegionsKey, false);
        return ParameterFile.Bind(
            Recorded(SettingsKey, true), Recorded(VoxelSettingsKey, false), Recorded(ImageTypesKey, true), Recorded(FeaturesKey, true),
            regions is ParameterValue.Sequence list ? RegionsMapping(list, source) : regions, perturbation: null, source, text, vocabulary);
    }

    /// <summary>The recorded region list (<c>[{"name": "rim", "innerRim": 2, …}]</c>) as the <c>regions:</c> section maps it.</summary>
    private static ParameterValue.Mapping RegionsMapping(ParameterValue.Sequence regions, string source) => new(regions.Items.Select(item =>
    {
        if (item is not ParameterValue.Mapping region || region.Entries.FirstOrDefault(e => e.Key == "name").Value is not ParameterValue.Scalar name)
        {
            throw new ParameterException($"{source}: {RegionsKey} must list regions with their names, not {SafeText.Escape(item.Describe())}.");
        }

        return new KeyValuePair<string, ParameterValue>(name.Text, new ParameterValue.Mapping(region.Entries.Where(e => e.Key != "name").ToArray()));
    }).ToArray());
}
