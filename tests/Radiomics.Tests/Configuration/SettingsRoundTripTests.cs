using System.Text;
using System.Text.Json;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Extraction;

namespace Radiomics.Tests.Configuration;

/// <summary>
/// The key table's formatter and binder are inverse: the settings' JSON (what <c>diagnostics_Configuration_Settings</c>
/// records) reads back to equal settings, for the defaults and for random allowed values of every key; a result's whole
/// recorded configuration (image types with their own settings, feature classes, voxel settings) reads back too.
/// </summary>
public class SettingsRoundTripTests
{
    [Fact]
    public void Defaults_FormattedProvenance_ParsesBackToEqualSettings()
    {
        string json = SettingsFormatter.ToJson(RadiomicsSettings.Default);

        Assert.Equal(RadiomicsSettings.Default, SettingsFormatter.FromJson(json, "provenance"));
        Assert.Equal(RadiomicsSettings.Default, PipelineParameters.Parse($"{{\"setting\": {json}}}", "p.json").Settings);
        Assert.Equal(json, SettingsFormatter.ToJson(SettingsFormatter.FromJson(json, "provenance")));
    }

    [Fact]
    public void Defaults_FormattedProvenance_WritesEveryRecordedKeyOnceInTableOrder()
    {
        using JsonDocument document = JsonDocument.Parse(SettingsFormatter.ToJson(RadiomicsSettings.Default));
        Assert.Equal(SettingKeys.All.Select(k => k.Name), document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(SettingKeys.All.Select(k => k.DefaultJson), document.RootElement.EnumerateObject().Select(p => p.Value.GetRawText()));
    }

    [Fact]
    public void Defaults_AreTheKeyTablesDefaults()
    {
        // The records' initial values and the table's defaults are one source: a record made with `new` holds the defaults.
        foreach (SettingKey key in SettingKeys.All)
        {
            Assert.Equal(key.DefaultJson, SettingsFormatter.Write(json => key.WriteValue(json, new RadiomicsSettings())));
        }
    }

    [Fact]
    public void RandomValuesOfEveryKey_FormattedProvenance_ParsesBackToEqualSettings()
    {
        var random = new Random(20_231);
        var varied = new HashSet<string>(StringComparer.Ordinal);
        int valid = 0;
        for (int i = 0; i < 400; i++)
        {
            RadiomicsSettings settings = RandomSettings(random);
            if (!IsValidCombination(settings))
            {
                continue; // e.g. ivhBinCount with discrete units, a reversed resegmentRange: refused at load, never recorded
            }

            valid++;
            string json = SettingsFormatter.ToJson(settings);
            RadiomicsSettings parsed = SettingsFormatter.FromJson(json, "provenance");
            Assert.True(settings == parsed, $"{json}\nread back as\n{SettingsFormatter.ToJson(parsed)}");
            Assert.Equal(json, SettingsFormatter.ToJson(parsed));
            foreach (SettingKey key in SettingKeys.All.Where(k => Text(k, settings) != k.DefaultJson))
            {
                varied.Add(key.Name);
            }
        }

        Assert.True(valid >= 50, $"only {valid} random settings were valid combinations");
        Assert.Equal(SettingKeys.All.Select(k => k.Name).Order(StringComparer.Ordinal), varied.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RandomRecordedConfiguration_ReadFromAResult_GivesEqualParameters()
    {
        var random = new Random(77);
        string[] types = PipelineParameters.Vocabulary.ImageTypes.ToArray();
        for (int i = 0; i < 60; i++)
        {
            RadiomicsSettings settings = RandomSettings(random);
            if (!IsValidCombination(settings))
            {
                continue;
            }

            var parameters = new ExtractionParameters
            {
                Settings = settings,
                ImageTypes = types.OrderBy(_ => random.Next()).Take(1 + random.Next(4))
                    .Select(name => new ImageTypeRequest(name, RandomOverrides(random, settings))).ToArray(),
                FeatureClasses = random.Next(3) == 0 ? null : [new("firstorder", ["Mean", "Median"]), new("glcm", null), new("shape", null)],
                VoxelOverrides = random.Next(2) == 0 ? [] : [SettingOverride.Of("kernelRadius", ParameterValue.FromText("2")), SettingOverride.Of("initValue", ParameterValue.FromText("nan"))],
                Source = "params.yaml",
                SourceText = "(text)",
            };
            if (parameters.ImageTypes.Any(t => !IsValidCombination(EffectiveOrNull(t, settings))))
            {
                continue;
            }

            string result = ResultJson(parameters);
            ExtractionParameters read = PipelineParameters.Parse(result, "result.json");

            Assert.Equal(parameters.Settings, read.Settings);
            Assert.Equal(parameters.ImageTypes.Select(t => t.Name), read.ImageTypes.Select(t => t.Name));
            Assert.Equal(parameters.ImageTypes.SelectMany(t => t.Overrides), read.ImageTypes.SelectMany(t => t.Overrides));
            Assert.Equal(parameters.VoxelOverrides, read.VoxelOverrides);
            Assert.Equal(RecordedConfiguration.FeaturesJson(parameters.FeatureClasses, PipelineParameters.Vocabulary), RecordedConfiguration.FeaturesJson(read.FeatureClasses, PipelineParameters.Vocabulary));
            Assert.Equal(RecordedConfiguration.Entries(parameters, PipelineParameters.Vocabulary), RecordedConfiguration.Entries(read, PipelineParameters.Vocabulary));
            Assert.Equal("result.json", read.Source);
            Assert.Equal(result, read.SourceText);
        }
    }

    [Fact]
    public void ImageTypeOverrides_AreRecordedAsTypedJson()
    {
        ExtractionParameters parameters = PipelineParameters.Parse(
            "imageType:\n  Original: {}\n  LoG: {sigma: [1.0, 3], binWidth: 5}\n  Laws: {lawsKernel: e5l5s5, lawsRotationInvariance: average}\n", "p.yaml");

        Assert.Equal(
            """{"Original":{},"LoG":{"sigma":[1,3],"binWidth":5},"Laws":{"lawsKernel":"E5L5S5","lawsRotationInvariance":"average"}}""",
            RecordedConfiguration.ImageTypesJson(parameters.ImageTypes));
    }

    [Fact]
    public void Regions_RecordedInAResult_ReadBackEqual()
    {
        ExtractionParameters parameters = PipelineParameters.Parse(
            "regions:\n  rim: {innerRim: 2}\n  halo: {ring: 5.5, fillHoles: true, largestComponent: true}\n  core: {shrink: 1, subtract: {column: Vessels}}\n",
            "p.yaml");

        ExtractionParameters read = PipelineParameters.Parse(ResultJson(parameters), "result.json");

        Assert.Equal(3, read.Regions.Count);
        Assert.Equal(parameters.Regions, read.Regions);
        Assert.Equal(RecordedConfiguration.Entries(parameters, PipelineParameters.Vocabulary), RecordedConfiguration.Entries(read, PipelineParameters.Vocabulary));
    }

    [Fact]
    public void ResultWithoutItsConfiguration_IsRefusedInOneLine()
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse("""{"original_firstorder_Mean": 3.5}""", "result.json"));
        Assert.Contains("additionalInfo", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);

        string partial = $$"""{"{{RecordedConfiguration.SettingsKey}}": "{}"}""";
        error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(partial, "result.json"));
        Assert.Contains(RecordedConfiguration.ImageTypesKey, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every recorded key set to a random allowed value.</summary>
    internal static RadiomicsSettings RandomSettings(Random random)
    {
        RadiomicsSettings settings = RadiomicsSettings.Default;
        foreach (SettingKey key in SettingKeys.All)
        {
            settings = key.WithSample(settings, random);
        }

        return settings;
    }

    private static IReadOnlyList<SettingOverride> RandomOverrides(Random random, RadiomicsSettings source) =>
        SettingKeys.All.OrderBy(_ => random.Next()).Take(random.Next(3))
            .Select(key => key.Bind(JsonValue(key, key.WithSample(source, random)), "override")).ToArray();

    private static bool IsValidCombination(RadiomicsSettings? settings)
    {
        try
        {
            SettingsBinder.ValidateCombination(settings ?? throw new ParameterException("invalid"), "random");
            return true;
        }
        catch (ParameterException)
        {
            return false;
        }
    }

    private static RadiomicsSettings? EffectiveOrNull(ImageTypeRequest type, RadiomicsSettings global)
    {
        try
        {
            return type.EffectiveSettings(global, "random");
        }
        catch (ParameterException)
        {
            return null;
        }
    }

    private static string Text(SettingKey key, RadiomicsSettings settings) => SettingsFormatter.Write(json => key.WriteValue(json, settings));

    /// <summary>The key's value in <paramref name="settings"/> as a parameter-file value (read from its JSON).</summary>
    private static ParameterValue JsonValue(SettingKey key, RadiomicsSettings settings) => JsonParameterReader.Read(Text(key, settings), "value");

    /// <summary>A result as <c>radiomics extract --format json</c> writes it: the recorded entries as JSON strings, then a feature.</summary>
    private static string ResultJson(ExtractionParameters parameters)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (key, value) in RecordedConfiguration.Entries(parameters, PipelineParameters.Vocabulary))
            {
                json.WriteString(key, value);
            }

            json.WriteString("diagnostics_Configuration_ParameterSource", parameters.Source);
            json.WriteNumber("original_firstorder_Mean", 1.5);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
