using System.Diagnostics;
using System.Globalization;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.IO.Csv;

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
        using CsvReader csv = CsvReader.Open(path, ';');
        while (csv.Read())
        {
            if (csv.RecordNumber == 1)
            {
                continue;
            }

            string[] cells = csv.ToArray();
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
    /// Runs the selected configurations on already prepared <paramref name="images"/>, one after another, each filter on
    /// <see cref="ComplianceRunOptions.MaxDegreeOfParallelism"/> threads (every value is the same whatever the thread
    /// count). One configuration at a time keeps the memory to one filter's working set (a few full-size volumes);
    /// the rows of a configuration are yielded as soon as it is done.
    /// </summary>
    public static IEnumerable<CheckRow> Run(ComplianceRunOptions options, Ibsi2Phase2Images images)
    {
        var execution = new FilterExecution(options.MaxDegreeOfParallelism);
        foreach (Ibsi2Phase2Configuration configuration in Ibsi2Phase2.Configurations.Where(c => options.Selects(DatasetOf(c.Id))))
        {
            var watch = Stopwatch.StartNew();
            CheckRow[] rows = Compute(configuration, images, execution);
            CaseMemory.ReleaseFinishedCase();
            options.Progress?.Report($"{DatasetOf(configuration.Id)}: {watch.ElapsedMilliseconds} ms");
            foreach (CheckRow row in rows)
            {
                yield return row;
            }
        }
    }

    private static CheckRow[] Compute(Ibsi2Phase2Configuration configuration, Ibsi2Phase2Images images, FilterExecution execution)
    {
        var family = new IntensityStatisticsFamily();
        (Volume<double> image, Volume<byte> mask) = images.For(configuration.Pipeline);
        Volume<double> response = configuration.Filter?.Apply(image, execution) ?? image;
        double[] values = family.Compute(new FeatureInput(response, mask, RadiomicsSettings.Default), family.Features);
        string dataset = DatasetOf(configuration.Id);
        return values.Select((v, f) => new CheckRow(dataset, $"{family.Name}_{family.Features[f].Name}", v)).ToArray();
    }
}
