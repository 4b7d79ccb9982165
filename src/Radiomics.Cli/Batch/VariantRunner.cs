using Radiomics.Extraction;
using Radiomics.Extraction.Perturbation;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Runs the perturbed variants of one case on worker threads and returns one record per variant, in variant order,
/// whatever order they finish in. Workers take runs of variants that share an image (<see cref="PerturbationPlan.ImageGroups"/>,
/// split when there are too few runs to keep every worker busy), so different workers build different images at the
/// same time and an image is dropped once its run is done. A variant that fails gets a failed record; the others go on.
/// </summary>
internal static class VariantRunner
{
    /// <param name="caseColumns">The columns before the variant's own (none for <c>perturb</c>, the case's ID for <c>robustness</c>).</param>
    /// <param name="perturbed">The case; each variant's own parallel loops run on its extractor's <see cref="RadiomicsExtractor.Context"/>.</param>
    /// <param name="workers">Variants in parallel.</param>
    /// <param name="featuresOnly">Leave out the diagnostics entries.</param>
    public static IReadOnlyList<CaseRecord> Run(
        PerturbedCase perturbed, int row, IReadOnlyList<KeyValuePair<string, string>> caseColumns, int workers, bool featuresOnly, bool skipNans)
    {
        IReadOnlyList<PerturbationVariant> variants = perturbed.Plan.Variants;
        var records = new CaseRecord[variants.Count];
        int next = -1;

        CaseRecord One(int index)
        {
            PerturbationVariant variant = variants[index];
            try
            {
                PerturbationOutcome outcome = perturbed.Extract(index);
                IEnumerable<KeyValuePair<string, ResultValue>> entries = outcome.Result.Entries;
                if (featuresOnly)
                {
                    entries = entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal));
                }

                return new CaseRecord(row, [.. caseColumns, .. outcome.Columns], null, Output.NanFilter.Apply(entries.ToList(), skipNans));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new CaseRecord(row, [.. caseColumns, .. variant.Columns(NoiseLevelOf(perturbed, variant), null)], $"variant {variant.Id}: {CaseProcessor.Describe(e)}", []);
            }
        }

        int threads = Math.Clamp(workers, 1, records.Length);
        IReadOnlyList<(int First, int Count)> items = WorkItems(perturbed.Plan.ImageGroups, threads);

        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                var (first, count) = items[i];
                for (int index = first; index < first + count; index++)
                {
                    int variant = index;
                    records[variant] = One(variant);
                }
            }
        }

        if (threads == 1)
        {
            Work();
        }
        else
        {
            var pool = Enumerable.Range(0, threads).Select(k => new Thread(Work) { Name = $"radiomics-variant-{k}", IsBackground = true }).ToList();
            pool.ForEach(t => t.Start());
            pool.ForEach(t => t.Join());
        }

        return records;
    }

    /// <summary>The runs of variants, each split into pieces when fewer runs than twice the workers would leave some idle.</summary>
    private static IReadOnlyList<(int First, int Count)> WorkItems(IReadOnlyList<(int First, int Count)> groups, int workers)
    {
        int pieces = Math.Max(1, (2 * workers + groups.Count - 1) / groups.Count);
        var items = new List<(int First, int Count)>();
        foreach (var (first, count) in groups)
        {
            int parts = Math.Min(pieces, count);
            for (int p = 0, at = first; p < parts; p++)
            {
                int length = (count - (at - first)) / (parts - p);
                items.Add((at, length));
                at += length;
            }
        }

        return items;
    }

    /// <summary>σ of a variant whose extraction failed: 0 without noise, NaN when the noise level itself could not be found.</summary>
    private static double NoiseLevelOf(PerturbedCase perturbed, PerturbationVariant variant)
    {
        if (variant.NoiseRepetition == 0)
        {
            return 0;
        }

        try
        {
            return perturbed.NoiseLevel;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return double.NaN;
        }
    }
}
