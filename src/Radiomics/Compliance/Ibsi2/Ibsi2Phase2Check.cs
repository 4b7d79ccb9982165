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

    public static IEnumerable<CheckRow> Run(ComplianceRunOptions options)
    {
        var images = new Ibsi2Phase2Images(options.DataRoot);
        var family = new IntensityStatisticsFamily();
        foreach (Ibsi2Phase2Configuration configuration in Ibsi2Phase2.Configurations)
        {
            string dataset = DatasetOf(configuration.Id);
            if (!options.Selects(dataset))
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            (Volume<double> image, Volume<byte> mask) = images.For(configuration.Pipeline);
            Volume<double> response = configuration.Filter?.Apply(image) ?? image;
            double[] values = family.Compute(new FeatureInput(response, mask, RadiomicsSettings.Default), family.Features);
            for (int f = 0; f < values.Length; f++)
            {
                yield return new CheckRow(dataset, $"{family.Name}_{family.Features[f].Name}", values[f]);
            }

            options.Progress?.Report($"{dataset}: {watch.ElapsedMilliseconds} ms elapsed, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU");
        }
    }
}
