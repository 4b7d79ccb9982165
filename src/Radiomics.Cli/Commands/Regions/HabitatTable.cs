using System.Globalization;
using System.Text.Json;
using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Commands.Analysis;
using Radiomics.Cli.Output;
using Radiomics.Cli.Json;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// <c>DIR/habitats.csv</c>: one row per case (case-list order), the case list's columns, then
/// <c>habitats_K</c> (the number of habitats), <c>habitats_Voxels</c> (the ROI's), the criterion of every candidate k
/// (<c>habitats_Silhouette_k2</c> … or <c>habitats_Bic_k2</c> …; with a k range only), per habitat h
/// <c>habitatH_VolumeFraction</c>, <c>habitatH_VolumeMm3</c>, <c>habitatH_Regions</c> (26-connected), HABIT's MSI
/// features <c>habitats_MsiContrast</c>, <c>_MsiHomogeneity</c>, <c>_MsiCorrelation</c>, <c>_MsiEnergy</c>, the
/// background-free ones <c>habitats_MsiRoiContrast</c> …, <c>habitats_IthScore</c>, and with <c>--extract</c> every
/// habitat's features (<c>habitat1_original_firstorder_Mean</c>, …). A case with fewer habitats than the largest k, or a
/// failed case, has NaN there. Also <c>habitats.errors.csv</c> (ID, error) when a case failed, and the provenance
/// sidecar <c>habitats.csv.provenance.json</c>.
/// </summary>
internal static class HabitatTable
{
    public const string TableName = "habitats.csv";

    public const string ErrorsName = "habitats.errors.csv";

    /// <summary>Writes the table, the errors and the provenance; returns the number of failed cases.</summary>
    /// <param name="populationScores">The population step's scores (the same for every case), or null per case.</param>
    public static int Write(HabitatRunSettings settings, CaseList cases, IReadOnlyList<HabitatCaseResult> results, IReadOnlyList<ClusterCountScore>? populationScores)
    {
        bool hasId = cases.Columns.Contains("ID");
        string[] ids = [.. results.Select((r, i) => hasId && cases.Cases[i].Id is { Length: > 0 } id ? id : r.Name)];
        string[] carried = [.. cases.Columns.Where(c => !hasId || c != "ID")];
        var others = carried.Select(c => KeyValuePair.Create(c, cases.Cases.Select(bc => bc.Cells[cases.Columns.ToList().IndexOf(c)]).ToArray()));

        var columns = new List<(string Name, Func<HabitatCaseResult, double> Value)>
        {
            ("habitats_K", r => r.HabitatCount),
            ("habitats_Voxels", r => r.Voxels),
        };
        if (settings.Clustering.ClusterCount is null)
        {
            bool silhouette = settings.Clustering.Criterion == ClusterCountCriterion.Silhouette;
            foreach (int k in settings.Clustering.CandidateCounts())
            {
                columns.Add(($"habitats_{(silhouette ? "Silhouette" : "Bic")}_k{k}", r =>
                    (populationScores ?? r.Scores).FirstOrDefault(s => s.ClusterCount == k) is { } score ? (silhouette ? score.Silhouette : score.Bic) : double.NaN));
            }
        }

        int kMax = Math.Max(1, results.Where(r => r.Error is null).Select(r => r.HabitatCount).DefaultIfEmpty(1).Max());
        for (int h = 1; h <= kMax; h++)
        {
            int habitat = h;
            columns.Add(($"habitat{h}_VolumeFraction", r => Summary(r, habitat)?.VolumeFraction ?? double.NaN));
            columns.Add(($"habitat{h}_VolumeMm3", r => Summary(r, habitat)?.VolumeMm3 ?? double.NaN));
            columns.Add(($"habitat{h}_Regions", r => Summary(r, habitat)?.Regions ?? double.NaN));
        }

        AddMsi(columns, "habitats_Msi", r => r.Metrics?.MsiHabit);
        AddMsi(columns, "habitats_MsiRoi", r => r.Metrics?.MsiRoiOnly);
        columns.Add(("habitats_IthScore", r => r.Metrics?.IthScore ?? double.NaN));
        AddExtracted(columns, results, kMax);

        double[][] values = [.. columns.Select(c => results.Select(r => r.Error is null ? c.Value(r) : double.NaN).ToArray())];
        var table = new FeatureTable(ids, [.. columns.Select(c => c.Name)], values, others, "ID");
        string path = Path.Combine(settings.OutputFolder, TableName);
        FeatureTableWriter.Write(table, path);
        var files = new List<(string Role, string Path)> { ("cases", cases.Path) };
        foreach (var (batchCase, result) in cases.Cases.Zip(results))
        {
            files.Add(($"{result.Name} image", batchCase.ImagePath));
            files.Add(($"{result.Name} mask", batchCase.MaskPath));
            foreach (string column in settings.ImageColumns?.Where(c => c != "Image") ?? [])
            {
                string cell = batchCase.Cells[cases.Columns.ToList().IndexOf(column)].Trim();
                if (cell.Length > 0)
                {
                    files.Add(($"{result.Name} {column}", CaseList.ResolvePath(cell, cases.Path)));
                }
            }
        }

        HabitatRunProvenance provenance = HabitatRunProvenance.For(settings, files);
        AnalysisOutput.WriteSidecar(path, provenance);
        return WriteErrors(settings.OutputFolder, ids, results);
    }

    private static HabitatSummary? Summary(HabitatCaseResult result, int habitat) =>
        result.Metrics?.Habitats.FirstOrDefault(s => s.Habitat == habitat);

    private static void AddMsi(List<(string, Func<HabitatCaseResult, double>)> columns, string prefix, Func<HabitatCaseResult, MsiFeatures?> of)
    {
        columns.Add((prefix + "Contrast", r => of(r)?.Contrast ?? double.NaN));
        columns.Add((prefix + "Homogeneity", r => of(r)?.Homogeneity ?? double.NaN));
        columns.Add((prefix + "Correlation", r => of(r)?.Correlation ?? double.NaN));
        columns.Add((prefix + "Energy", r => of(r)?.Energy ?? double.NaN));
    }

    /// <summary>habitat h's features for h = 1..kMax, the names in the order first met over the cases (case-list order).</summary>
    private static void AddExtracted(List<(string, Func<HabitatCaseResult, double>)> columns, IReadOnlyList<HabitatCaseResult> results, int kMax)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in results.SelectMany(r => r.Extracted).SelectMany(h => h))
        {
            if (seen.Add(feature.Key))
            {
                names.Add(feature.Key);
            }
        }

        for (int h = 1; h <= kMax; h++)
        {
            int habitat = h;
            foreach (string name in names)
            {
                columns.Add(($"habitat{h}_{name}", r => r.Extracted.Count >= habitat
                    ? r.Extracted[habitat - 1].FirstOrDefault(f => f.Key == name, new(name, double.NaN)).Value
                    : double.NaN));
            }
        }
    }

    private static int WriteErrors(string folder, string[] ids, IReadOnlyList<HabitatCaseResult> results)
    {
        string path = Path.Combine(folder, ErrorsName);
        int[] failed = [.. Enumerable.Range(0, results.Count).Where(i => results[i].Error is not null)];
        if (failed.Length == 0)
        {
            File.Delete(path);
            return 0;
        }

        var table = new FeatureTable([.. failed.Select(i => ids[i])], [], [], [KeyValuePair.Create("error", failed.Select(i => results[i].Error!).ToArray())]);
        FeatureTableWriter.Write(table, path);
        return failed.Length;
    }
}
