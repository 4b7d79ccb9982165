using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// IBSI 2 phase 2: for each filter configuration 1.A–9.B (<see cref="Ibsi2Phase2.Configurations"/>), the 18 IBSI
/// intensity statistics of the filtered CT phantom over the intensity mask, compared with
/// <c>ibsi2/phase2_reference_values.csv</c> (|value − consensus| ≤ tolerance, inclusive). Rows without a consensus
/// value (8.B stat_qcod) are not references.
/// </summary>
internal static class Ibsi2Phase2Check
{
    public const string Section = "Phase 2 — intensity statistics of the filtered CT phantom";
    public const string ReferencePath = "ibsi2/phase2_reference_values.csv";

    /// <summary>The dataset name of configuration <paramref name="id"/>, e.g. "IBSI2 phase 2 3.B".</summary>
    public static string DatasetOf(string id) => $"IBSI2 phase 2 {id}";

    public static IReadOnlyList<ReferenceValue> References(string dataRoot)
    {
        string path = Path.Combine(dataRoot, ReferencePath);
        var references = new List<ReferenceValue>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cells = line.TrimStart('\uFEFF').Split(';');
            if (cells.Length < 5 || string.IsNullOrWhiteSpace(cells[3]))
            {
                continue;
            }

            double tolerance = double.Parse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture);
            references.Add(new ReferenceValue(Section, DatasetOf(cells[0].Trim()), cells[2].Trim(), cells[3].Trim(), tolerance, ToleranceRule.Absolute));
        }

        return references;
    }

    public static IEnumerable<CheckRow> Run(ComplianceRunOptions options) => Run(options, new Ibsi2Phase2Images(options.DataRoot));

    /// <summary>
    /// Runs the selected configurations on already prepared <paramref name="images"/>. Configurations run in parallel
    /// (each filter single-threaded, so every value is the same whatever the thread count); the rows come back in
    /// configuration order.
    /// </summary>
    public static IEnumerable<CheckRow> Run(ComplianceRunOptions options, Ibsi2Phase2Images images)
    {
        Ibsi2Phase2Configuration[] selected = Ibsi2Phase2.Configurations.Where(c => options.Selects(DatasetOf(c.Id))).ToArray();
        var results = new CheckRow[selected.Length][];
        var progressLock = new object();

        // Slowest first balances the workers: pipeline B (7 M voxels) before A, and B's Gabor (3 planes × 8
        // orientations) before the rest.
        int[] order = Enumerable.Range(0, selected.Length)
            .OrderBy(i => selected[i].Pipeline == Ibsi2Phase2Pipeline.B ? 0 : 1)
            .ThenBy(i => selected[i].Filter is GaborFilter ? 0 : 1)
            .ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var watch = Stopwatch.StartNew();
            results[i] = Compute(selected[i], images);
            lock (progressLock)
            {
                options.Progress?.Report($"{DatasetOf(selected[i].Id)}: {watch.ElapsedMilliseconds} ms");
            }
        });
        return results.SelectMany(r => r);
    }

    private static CheckRow[] Compute(Ibsi2Phase2Configuration configuration, Ibsi2Phase2Images images)
    {
        var family = new IntensityStatisticsFamily();
        (Volume<double> image, Volume<byte> mask) = images.For(configuration.Pipeline);
        Volume<double> response = configuration.Filter?.Apply(image, FilterExecution.SingleThreaded) ?? image;
        double[] values = family.Compute(new FeatureInput(response, mask, RadiomicsSettings.Default), family.Features);
        string dataset = DatasetOf(configuration.Id);
        return values.Select((v, f) => new CheckRow(dataset, $"{family.Name}_{family.Features[f].Name}", v)).ToArray();
    }
}
