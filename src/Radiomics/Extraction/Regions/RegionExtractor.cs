using Radiomics.Configuration;
using Radiomics.Configuration.Regions;
using Radiomics.Imaging;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Extraction.Regions;

/// <summary>
/// Extracts the parameter file's extra regions (<see cref="ExtractionParameters.Regions"/>) of a case whose plain ROI is
/// already extracted: each region is built from the ROI (<see cref="RegionBuilder"/>) and run through the ordinary
/// <see cref="RadiomicsExtractor"/> as the mask (label 1, the same settings otherwise), so its features are exactly those
/// of an extraction with that region as the mask file. Its features are prefixed with its name
/// (<c>peritumoral_original_firstorder_Mean</c>); the plain ROI's entries keep their names and order.
/// </summary>
/// <remarks>
/// <para>Entry order: the plain ROI's diagnostics, then per region (when <c>additionalInfo</c> is on)
/// <c>diagnostics_Region-NAME_Definition</c>, <c>_VoxelCount</c>, <c>_VolumeMm3</c> (on the mask's grid, before any
/// resampling) and <c>_Warnings</c> (joined by "; ", empty when none), then the plain features, then every region's
/// features.</para>
/// <para>A region that is empty, or that the extractor refuses (fewer voxels than <c>minimumROISize</c>, fewer dimensions
/// than <c>minimumROIDimensions</c>), gets NaN for every feature (the plain ROI's feature names) and a warning, not an
/// error. A clip or subtract mask that cannot be read, or lies on another grid, is an error of the case
/// (<see cref="ExtractionException"/> naming the region and the mask).</para>
/// </remarks>
public sealed class RegionExtractor
{
    private readonly RadiomicsExtractor _extractor;
    private readonly RadiomicsSettings _settings;

    /// <summary>An extractor of the regions of <paramref name="parameters"/>, with its settings (label 1, channel 0, no diagnostics of its own).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public RegionExtractor(ExtractionParameters parameters)
        : this(parameters, ExtractionContext.Default)
    {
    }

    /// <summary>
    /// <see cref="RegionExtractor(ExtractionParameters)"/> whose region building and extractions run on at most
    /// <paramref name="context"/>'s threads (the values do not depend on it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="context"/> is null.</exception>
    public RegionExtractor(ExtractionParameters parameters, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        Regions = parameters.Regions;
        _settings = parameters.Settings;
        // A region is a binary mask of label 1; its diagnostics are the region entries below, not a second copy of the case's.
        _extractor = new RadiomicsExtractor(parameters with
        {
            Settings = parameters.Settings with
            {
                Mask = parameters.Settings.Mask with { Label = 1, LabelChannel = 0 },
                Output = new OutputSettings { AdditionalInfo = false },
            },
        }, context);
    }

    /// <summary>The regions extracted, in parameter-file order.</summary>
    public IReadOnlyList<RegionSettings> Regions { get; }

    /// <summary>
    /// <paramref name="plain"/> (the ROI of <paramref name="label"/>, channel <paramref name="labelChannel"/>) with every
    /// region's entries added, and the regions' warnings.
    /// </summary>
    /// <param name="plain">The result of the plain ROI's extraction (not modified).</param>
    /// <param name="image">The image the plain ROI was extracted from.</param>
    /// <param name="mask">The mask file's image (the ROI is label <paramref name="label"/> of it).</param>
    /// <param name="label">The ROI's label value in <paramref name="mask"/>.</param>
    /// <param name="labelChannel">The channel of a vector mask holding the label (0 for a scalar mask).</param>
    /// <param name="loadMask">Reads a clip or subtract mask as a binary volume on the mask's grid.</param>
    /// <param name="imageSource">Where the image was read from (for provenance), or null.</param>
    /// <param name="maskName">The mask's name in messages.</param>
    /// <exception cref="ExtractionException">A region's clip or subtract mask is on another grid.</exception>
    public RegionExtractionResult Extract(FeatureResult plain, ImageData image, ImageData mask, int label, int labelChannel,
        Func<RegionMaskSource, Volume<byte>> loadMask, InputDescription? imageSource = null, string maskName = "mask")
    {
        ArgumentNullException.ThrowIfNull(plain);
        var result = new FeatureResult();
        var warnings = new List<string>();
        if (Regions.Count == 0)
        {
            return new RegionExtractionResult(plain, warnings);
        }

        Volume<byte> roi = MaskSelection.SelectLabel(mask, _settings.Mask with { Label = label, LabelChannel = labelChannel }, maskName);
        var diagnostics = new List<KeyValuePair<string, ResultValue>>();
        var features = new List<KeyValuePair<string, ResultValue>>();
        string[] plainFeatures = [.. plain.Features.Select(f => f.Key)];
        foreach (RegionSettings region in Regions)
        {
            RegionResult built;
            try
            {
                built = RegionBuilder.Build(roi, region, loadMask, _extractor.Context.Options());
            }
            catch (RegionException e)
            {
                throw new ExtractionException($"{maskName}: {e.Message}");
            }

            var regionWarnings = new List<string>(built.Warnings.Select(w => $"region '{region.Name}': {w}"));
            IEnumerable<KeyValuePair<string, ResultValue>> values = plainFeatures.Select(name => new KeyValuePair<string, ResultValue>(name, double.NaN));
            if (built.VoxelCount > 0)
            {
                try
                {
                    values = _extractor.Extract(image, ImageData.FromVolume(built.Mask), imageSource, new InputDescription($"{maskName} region '{region.Name}'", null))
                        .Entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal));
                }
                catch (ExtractionException e)
                {
                    regionWarnings.Add($"region '{region.Name}': {e.Message.TrimEnd('.')}; its features are NaN.");
                }
            }
            else
            {
                regionWarnings[^1] = regionWarnings[^1].TrimEnd('.') + "; its features are NaN.";
            }

            features.AddRange(values.Select(e => new KeyValuePair<string, ResultValue>($"{region.Name}_{e.Key}", e.Value)));
            string prefix = $"diagnostics_Region-{region.Name}_";
            diagnostics.Add(new(prefix + "Definition", region.Describe()));
            diagnostics.Add(new(prefix + "VoxelCount", built.VoxelCount));
            diagnostics.Add(new(prefix + "VolumeMm3", built.VolumeMm3));
            diagnostics.Add(new(prefix + "Warnings", string.Join("; ", regionWarnings)));
            warnings.AddRange(regionWarnings);
        }

        foreach (var entry in plain.Entries.Where(e => e.Key.StartsWith("diagnostics_", StringComparison.Ordinal)))
        {
            result.Add(entry.Key, entry.Value);
        }

        foreach (var entry in _settings.Output.AdditionalInfo ? diagnostics : [])
        {
            result.Add(entry.Key, entry.Value);
        }

        foreach (var entry in plain.Entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal)).Concat(features))
        {
            result.Add(entry.Key, entry.Value);
        }

        return new RegionExtractionResult(result, warnings);
    }
}
