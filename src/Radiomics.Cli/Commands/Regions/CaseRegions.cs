using Radiomics.Configuration;
using Radiomics.Configuration.Regions;
using Radiomics.Extraction;
using Radiomics.Extraction.Regions;
using Radiomics.Imaging;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// The hooks by which <c>extract</c> and <c>batch</c> add the parameter file's <c>regions:</c> to a case's result
/// (<see cref="RegionExtractor"/>): the column check made before any work, and the extension of a plain result.
/// </summary>
internal static class CaseRegions
{
    /// <summary>Every mask source of the regions that names a case-list column, with where the parameter file names it.</summary>
    public static IEnumerable<(string Key, string Column)> Columns(IReadOnlyList<RegionSettings> regions) =>
        regions.SelectMany(r => new[] { ("clip", r.Clip), ("subtract", r.Subtract) }
            .Where(m => m.Item2?.Column is not null)
            .Select(m => ($"regions.{r.Name}.{m.Item1}", m.Item2!.Column!)));

    /// <summary>Refuses, before any work, a region mask given by a case-list column when there is no case list (extract).</summary>
    /// <exception cref="UsageException">Such a mask is named.</exception>
    public static void RequireNoColumns(ExtractionParameters parameters)
    {
        foreach (var (key, column) in Columns(parameters.Regions))
        {
            throw new UsageException($"{parameters.Source}: {key} takes its mask from the case-list column '{column}', which only 'radiomics batch' has; give a path for 'radiomics extract'");
        }
    }

    /// <summary>Refuses, before any work, a region mask column the case list does not have (batch).</summary>
    /// <exception cref="UsageException">Such a column is named.</exception>
    public static void RequireColumns(ExtractionParameters parameters, IReadOnlyList<string> caseListColumns, string caseListPath)
    {
        foreach (var (key, column) in Columns(parameters.Regions))
        {
            if (!caseListColumns.Contains(column))
            {
                throw new UsageException($"{parameters.Source}: {key} takes its mask from the column '{column}', but the case list {caseListPath} has no such column; its columns: {string.Join(", ", caseListColumns)}");
            }
        }
    }

    /// <summary>
    /// extract: <paramref name="plain"/> with the regions' entries (itself when the parameters define none); each
    /// region warning is one line on <paramref name="warnings"/> when given.
    /// </summary>
    public static FeatureResult Extend(ExtractionParameters parameters, FeatureResult plain, LoadedCase loaded, string maskPath, TextWriter? warnings)
    {
        if (parameters.Regions.Count == 0)
        {
            return plain;
        }

        var loader = new RegionMaskLoader(loaded.Image);
        RegionExtractionResult extended = new RegionExtractor(parameters).Extract(
            plain, loaded.Image, loaded.Mask, parameters.Settings.Mask.Label, parameters.Settings.Mask.LabelChannel, loader.Load, null, maskPath);
        foreach (string warning in extended.Warnings)
        {
            warnings?.WriteLine($"radiomics: warning: {warning.ReplaceLineEndings(" ")}");
        }

        return extended.Result;
    }

    /// <summary>
    /// batch: every successful label extraction of a case with its regions added; a region whose mask cannot be read
    /// turns its label's extraction into that error.
    /// </summary>
    public static IReadOnlyList<RadiomicsExtractor.LabelExtraction> Extend(RegionExtractor regions, IReadOnlyList<RadiomicsExtractor.LabelExtraction> extractions,
        ImageData image, ImageData mask, int labelChannel, RegionMaskLoader loader, string maskName)
    {
        var extended = new List<RadiomicsExtractor.LabelExtraction>(extractions.Count);
        foreach (RadiomicsExtractor.LabelExtraction extraction in extractions)
        {
            if (extraction.Result is null)
            {
                extended.Add(extraction);
                continue;
            }

            try
            {
                FeatureResult result = regions.Extract(extraction.Result, image, mask, extraction.Label, labelChannel, loader.Load, null, maskName).Result;
                extended.Add(extraction with { Result = result });
            }
            catch (ExtractionException e)
            {
                extended.Add(extraction with { Result = null, Error = e });
            }
        }

        return extended;
    }
}
