using System.Diagnostics;
using System.Globalization;
using Radiomics.Analysis.Habitats;
using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// One <c>radiomics habitats</c> run. Per case (the default): load, take the voxels' features, cluster
/// (<see cref="HabitatClustering"/>), write the label map, the metrics and optionally the habitats' features. Population
/// (<c>--population</c>): every case's features first, then one two-step fit (<see cref="TwoStepHabitats"/>) whose
/// habitats every case shares, then each case's outputs. <c>--jobs</c> cases run at a time; results are assembled in
/// case-list order, so the outputs do not depend on it. A failing case is listed and does not stop the others.
/// </summary>
internal sealed class HabitatRun
{
    private readonly HabitatRunSettings _settings;
    private readonly TextWriter _log;
    private readonly Lock _logLock = new();
    private int _total;

    public HabitatRun(HabitatRunSettings settings, TextWriter log)
    {
        _settings = settings;
        _log = log;
    }

    /// <summary>Runs every case; the exit status (0, or 3 when some case failed).</summary>
    public int Execute()
    {
        var clock = Stopwatch.StartNew();
        CaseList cases = CaseList.Read(_settings.CaseListPath);
        foreach (string column in _settings.ImageColumns ?? [])
        {
            if (!cases.Columns.Contains(column))
            {
                throw new UsageException($"--images: the case list {cases.Path} has no column '{column}'; its columns: {string.Join(", ", cases.Columns)}");
            }
        }

        string[] names = [.. cases.Cases.Select(HabitatFeatureLoader.NameOf)];
        _total = names.Length;
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new UsageException($"{cases.Path}: two cases are named '{repeated.Key}' (their output files would collide); give every case its own ID");
        }

        Directory.CreateDirectory(_settings.OutputFolder);
        var loader = new HabitatFeatureLoader(_settings.Parameters, _settings.ImageColumns, cases);
        var outputs = new HabitatOutputs(_settings, loader, Log);
        HabitatCaseResult[] results = _settings.Population ? RunPopulation(cases, names, loader, outputs) : RunPerCase(cases, names, loader, outputs);

        IReadOnlyList<ClusterCountScore>? shared = _settings.Population ? results.FirstOrDefault(r => r.Error is null)?.Scores : null;
        int failed = HabitatTable.Write(_settings, cases, results, shared);
        string errors = failed > 0 ? $" (errors in {Path.Combine(_settings.OutputFolder, HabitatTable.ErrorsName)})" : "";
        Log(string.Create(CultureInfo.InvariantCulture,
            $"radiomics habitats: {results.Length} case(s), {failed} failed{errors}; wrote {Path.Combine(_settings.OutputFolder, HabitatTable.TableName)} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return failed > 0 ? Syntax.ExitCodes.CasesFailed : Syntax.ExitCodes.Success;
    }

    private HabitatCaseResult[] RunPerCase(CaseList cases, string[] names, HabitatFeatureLoader loader, HabitatOutputs outputs)
    {
        var results = new HabitatCaseResult[names.Length];
        ParallelOptions threads = ThreadsPerCase();
        ForEachCase(names.Length, i =>
        {
            BatchCase batchCase = cases.Cases[i];
            var clock = Stopwatch.StartNew();
            string? error = Guarded(names[i], i, () =>
            {
                var (loaded, parameters) = loader.Load(batchCase);
                HabitatCaseFeatures features = loader.Features(batchCase, loaded, parameters, threads.MaxDegreeOfParallelism);
                CheckGrid(features);
                Warn(names[i], loaded.Notes);
                VoxelFeatureMatrix matrix = features.Columns(FiniteColumns([features], names[i]));
                HabitatClusteringResult clustering = HabitatClustering.Cluster(matrix, _settings.Clustering, threads);
                Warn(names[i], clustering.Warnings);
                results[i] = outputs.Finish(names[i], batchCase, features, clustering.Labels, clustering.ClusterCount, clustering.Scores, loaded.Image, parameters, threads);
                Log(string.Create(CultureInfo.InvariantCulture,
                    $"radiomics habitats: case {names[i]} ({i + 1}/{names.Length}): {clustering.ClusterCount} habitats{Chosen(clustering.Scores, clustering.ClusterCount)}, {matrix.Rows} voxels x {matrix.Columns} features, {clock.Elapsed.TotalSeconds:0.0} s"));
            });
            results[i] = error is null ? results[i] : HabitatCaseResult.Failed(names[i], error);
        });
        return results;
    }

    private HabitatCaseResult[] RunPopulation(CaseList cases, string[] names, HabitatFeatureLoader loader, HabitatOutputs outputs)
    {
        var results = new HabitatCaseResult?[names.Length];
        var features = new HabitatCaseFeatures?[names.Length];
        var parameters = new ExtractionParameters?[names.Length];
        ParallelOptions threads = ThreadsPerCase();
        ForEachCase(names.Length, i =>
        {
            var clock = Stopwatch.StartNew();
            string? error = Guarded(names[i], i, () =>
            {
                var (loaded, caseParameters) = loader.Load(cases.Cases[i]);
                HabitatCaseFeatures caseFeatures = loader.Features(cases.Cases[i], loaded, caseParameters, threads.MaxDegreeOfParallelism);
                CheckGrid(caseFeatures);
                Warn(names[i], loaded.Notes);
                (features[i], parameters[i]) = (caseFeatures, caseParameters);
                Log(string.Create(CultureInfo.InvariantCulture,
                    $"radiomics habitats: case {names[i]} ({i + 1}/{names.Length}): {caseFeatures.Features.Rows} voxels x {caseFeatures.Features.Columns} features, {clock.Elapsed.TotalSeconds:0.0} s"));
            });
            results[i] = error is null ? null : HabitatCaseResult.Failed(names[i], error);
        });

        int[] members = [.. Enumerable.Range(0, names.Length).Where(i => features[i] is not null)];
        if (members.Length == 0)
        {
            return [.. results.Select((r, i) => r ?? HabitatCaseResult.Failed(names[i], "no features"))];
        }

        int[] keep = FiniteColumns([.. members.Select(i => features[i]!)], "population");
        TwoStepHabitatResult fit;
        var clock = Stopwatch.StartNew();
        try
        {
            fit = TwoStepHabitats.Fit([.. members.Select(i => features[i]!.Columns(keep))], _settings.TwoStep);
        }
        catch (HabitatException e)
        {
            throw new InputException($"{_settings.CaseListPath}: the population fit failed: {e.Message.TrimEnd('.')}");
        }

        Warn("population", fit.Warnings);
        Log(string.Create(CultureInfo.InvariantCulture,
            $"radiomics habitats: population of {members.Length} case(s): {fit.Model.HabitatCount} habitats{Chosen(fit.Scores, fit.Model.HabitatCount)}, {clock.Elapsed.TotalSeconds:0.0} s"));
        outputs.WritePopulation(fit);
        ForEachCase(members.Length, m =>
        {
            int i = members[m];
            HabitatCaseFeatures caseFeatures = features[i]!;
            features[i] = null;
            string? error = Guarded(names[i], i, () =>
                results[i] = outputs.Finish(names[i], cases.Cases[i], caseFeatures, fit.Habitats[m], fit.Model.HabitatCount, fit.Scores, null, parameters[i]!, threads));
            results[i] = error is null ? results[i] : HabitatCaseResult.Failed(names[i], error);
        });
        return [.. results.Select((r, i) => r!)];
    }

    /// <summary>Runs <paramref name="work"/> for 0..count-1 on <c>--jobs</c> threads.</summary>
    private void ForEachCase(int count, Action<int> work)
    {
        int next = -1;
        void Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                work(i);
            }
        }

        int jobs = Math.Min(_settings.Jobs, Math.Max(1, count));
        var threads = Enumerable.Range(0, jobs - 1).Select(k => new Thread(Worker) { Name = $"radiomics-habitats-{k}", IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        Worker();
        threads.ForEach(t => t.Join());
    }

    /// <summary>Each case's share of the cores (all of them with one job).</summary>
    private ParallelOptions ThreadsPerCase() =>
        new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / Math.Max(1, _settings.Jobs)) };

    /// <summary>Runs a case's <paramref name="work"/>; its failure's message (logged), or null when it succeeded.</summary>
    private string? Guarded(string name, int index, Action work)
    {
        try
        {
            work();
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string message = HabitatOutputs.Describe(e);
            Log($"radiomics habitats: case {name} ({index + 1}/{_total}) failed: {message}");
            return message;
        }
    }

    /// <summary>The voxel maps' grid must be a box of the image's (no resampling), since the maps are written on the image's grid.</summary>
    private void CheckGrid(HabitatCaseFeatures features)
    {
        if (GridPlacement.OntoImage(features.Roi, features.ImageGrid) is null)
        {
            throw new InputException($"{_settings.Parameters.Source}: the voxel maps are on a resampled grid (resampledPixelSpacing), and habitat maps are written on the image's grid; resample the images beforehand and drop resampledPixelSpacing");
        }
    }

    /// <summary>The feature columns finite at every voxel of every case given; a warning names each column dropped.</summary>
    private int[] FiniteColumns(IReadOnlyList<HabitatCaseFeatures> cases, string who)
    {
        VoxelFeatureMatrix first = cases[0].Features;
        int[] keep = [.. Enumerable.Range(0, first.Columns).Where(j => cases.All(c => c.NonFinite[j] == 0))];
        foreach (int j in Enumerable.Range(0, first.Columns).Except(keep))
        {
            int voxels = cases.Sum(c => c.NonFinite[j]);
            Warn(who, [$"feature {first.FeatureNames[j]} is not finite at {voxels} ROI voxel(s) (NaN where the kernel's value is undefined); it is left out of the clustering"]);
        }

        if (keep.Length == 0)
        {
            throw new InputException($"{who}: every feature is non-finite somewhere in the ROI; nothing to cluster");
        }

        return keep;
    }

    private static string Chosen(IReadOnlyList<ClusterCountScore> scores, int k) =>
        scores.Count < 2 ? "" : scores.FirstOrDefault(s => s.ClusterCount == k) is { } best
            ? double.IsFinite(best.Silhouette) ? string.Create(CultureInfo.InvariantCulture, $" (silhouette {best.Silhouette:0.000})")
            : double.IsFinite(best.Bic) ? string.Create(CultureInfo.InvariantCulture, $" (BIC {best.Bic:0.0})") : ""
            : "";

    private void Warn(string who, IEnumerable<string> warnings)
    {
        foreach (string warning in warnings)
        {
            Log($"radiomics: warning: {(who == "population" ? "population" : $"case {who}")}: {warning.ReplaceLineEndings(" ")}");
        }
    }

    private void Log(string line)
    {
        lock (_logLock)
        {
            _log.WriteLine(line);
        }
    }
}
