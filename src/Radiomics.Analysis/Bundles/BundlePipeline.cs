using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// A bundle made ready to apply: its parameter text parsed and bound (and checked against the settings the bundle
/// recorded), an extractor with those settings only, and the harmonisation and model. Extract with
/// <see cref="Extract"/>, then <see cref="Predict"/>: the features the chain needs are taken from each extraction,
/// harmonised with the bundle's ComBat estimates for the case's batch (sva's adjustment of one sample, the same alone or
/// among many) and passed to the model. Immutable; safe to share between threads.
/// </summary>
public sealed class BundlePipeline
{
    private BundlePipeline(ModelBundle bundle, ExtractionParameters parameters)
    {
        Bundle = bundle;
        Parameters = parameters;
        Extractor = new RadiomicsExtractor(parameters);
    }

    /// <summary>The bundle applied, as read.</summary>
    public ModelBundle Bundle { get; }

    /// <summary>The bundle's extraction parameters (its parameter text, bound by this build).</summary>
    public ExtractionParameters Parameters { get; }

    /// <summary>An extractor with the bundle's parameters.</summary>
    public RadiomicsExtractor Extractor { get; }

    /// <summary>The ComBat batches of the bundle, in ordinal order (empty without harmonisation).</summary>
    public IReadOnlyList<string> Batches => Bundle.Harmonisation?.Batches.Select(b => b.Name).ToArray() ?? [];

    /// <summary>Parses the bundle's parameter text and checks that this build binds it to the settings the bundle recorded.</summary>
    /// <exception cref="BundleException">The text no longer parses, or binds to different settings in this build.</exception>
    public static BundlePipeline Open(ModelBundle bundle, string source = "bundle")
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ExtractionParameters parameters;
        try
        {
            parameters = PipelineParameters.Parse(bundle.Extraction.ParameterText, $"{source} ({bundle.Extraction.ParameterFile})");
        }
        catch (ParameterException e)
        {
            throw new BundleException($"{source}: this build cannot read the bundle's parameter file: {e.Message.TrimEnd('.')}", e);
        }

        string bound = SettingsFormatter.ToJson(parameters.Settings);
        if (bound != bundle.Extraction.SettingsJson)
        {
            throw new BundleException(
                $"{source}: this build ({AnalysisProvenance.CurrentVersion}) binds the bundle's parameter file to other settings than the build that made it ({bundle.ToolVersion}); predictions would differ");
        }

        return new BundlePipeline(bundle, parameters);
    }

    /// <summary>Extracts one case with the bundle's settings; <paramref name="label"/> (when given) selects the mask label.</summary>
    /// <exception cref="ExtractionException">The case cannot be extracted (as <c>radiomics extract</c> would report).</exception>
    public FeatureResult Extract(ImageData image, ImageData mask, InputDescription? imageSource = null, InputDescription? maskSource = null, int? label = null)
    {
        RadiomicsExtractor extractor = label is { } l && l != Parameters.Settings.Mask.Label
            ? new RadiomicsExtractor(Parameters.WithSettingOverrides([new("label", ParameterValue.FromText(l.ToString(System.Globalization.CultureInfo.InvariantCulture)))]))
            : Extractor;
        return extractor.Extract(image, mask, imageSource, maskSource);
    }

    /// <summary>Checks a batch name before any work: required with harmonisation, one of its batches; refused without.</summary>
    /// <exception cref="BundleException">The batch is missing, unseen, or given to a bundle without harmonisation.</exception>
    public void CheckBatch(string? batch, string option = "--batch")
    {
        if (Bundle.Harmonisation is null)
        {
            if (batch is not null)
            {
                throw new BundleException($"{option} {batch}: the bundle has no harmonisation, so it takes no batch");
            }

            return;
        }

        if (batch is null)
        {
            throw new BundleException($"{option}: the bundle harmonises with ComBat, so every case needs its batch (one of {string.Join(", ", Batches)})");
        }

        if (!Batches.Contains(batch, StringComparer.Ordinal))
        {
            throw new BundleException($"{option} {batch}: the bundle's harmonisation was not fitted on batch '{batch}' (its batches: {string.Join(", ", Batches)})");
        }
    }

    /// <summary>
    /// The model's predictions for extracted cases: row i has id <paramref name="ids"/>[i], features
    /// <paramref name="features"/>[i] (every extracted feature, name → value) and batch <paramref name="batches"/>[i]
    /// (null without harmonisation).
    /// </summary>
    /// <exception cref="BundleException">A case lacks a feature the chain needs, has a missing (NaN) value for one, or has an unusable batch.</exception>
    public ModelPredictions Predict(IReadOnlyList<string> ids, IReadOnlyList<IReadOnlyDictionary<string, double>> features, IReadOnlyList<string?> batches)
    {
        if (ids.Count != features.Count || ids.Count != batches.Count)
        {
            throw new ArgumentException($"{ids.Count} ids, {features.Count} feature rows and {batches.Count} batches.");
        }

        for (int i = 0; i < ids.Count; i++)
        {
            CheckBatch(batches[i], $"case '{ids[i]}': batch");
        }

        IReadOnlyList<string> required = Bundle.RequiredFeatures;
        var columns = required.Select(_ => new double[ids.Count]).ToArray();
        for (int i = 0; i < ids.Count; i++)
        {
            for (int j = 0; j < required.Count; j++)
            {
                if (!features[i].TryGetValue(required[j], out double value))
                {
                    throw new BundleException($"case '{ids[i]}': the extraction did not produce '{required[j]}', which the bundle needs");
                }

                columns[j][i] = value;
            }
        }

        CombatModel? combat = Bundle.Harmonisation;
        var others = combat is null ? null : new[] { KeyValuePair.Create(combat.Settings.BatchColumn, batches.Select(b => b!).ToArray()) };
        var table = new FeatureTable(ids, required, columns, others);
        try
        {
            if (combat is not null)
            {
                table = Combat.Apply(combat, table);
            }

            return ModelPredictor.Predict(Bundle.Model, table);
        }
        catch (Exception e) when (e is FeatureTableException or ModelException)
        {
            throw new BundleException(e.Message.TrimEnd('.'), e);
        }
    }
}
