using System.Diagnostics;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// IBSI 2 phase 1: each of the 33 configurations with a consensus response map is computed on its digital phantom and
/// compared voxel by voxel with the map. The row's value (tag <c>response_map</c>) is the normalised worst
/// difference max|computed − reference| / (0.01 × (max(reference) − min(reference))): the map passes (every voxel
/// within 1 % of the reference map's range) exactly when it is ≤ 1, so the reference is 0 with tolerance 1.
/// Optionally each map is written to <c>&lt;maps&gt;/&lt;id&gt;.nii.gz</c> on the phantom's grid (float64).
/// </summary>
internal static class Ibsi2Phase1Check
{
    public const string Section = "Phase 1 — response maps";
    public const string Tag = "response_map";

    /// <summary>The dataset name of phase-1 test <paramref name="id"/>, e.g. "IBSI2 phase 1 3_a_1".</summary>
    public static string DatasetOf(string id) => $"IBSI2 phase 1 {id}";

    public static IReadOnlyList<ReferenceValue> References() =>
        Ibsi2Phase1.Configurations.Select(c => new ReferenceValue(Section, DatasetOf(c.Id), Tag, "0", 1, ToleranceRule.Absolute)).ToArray();

    public static IEnumerable<CheckRow> Run(ComplianceRunOptions options)
    {
        string folder = Path.Combine(options.DataRoot, "ibsi2");
        if (options.MapsOutput is not null)
        {
            Directory.CreateDirectory(options.MapsOutput);
        }

        foreach (Ibsi2Phase1Configuration configuration in Ibsi2Phase1.Configurations)
        {
            string dataset = DatasetOf(configuration.Id);
            if (!options.Selects(dataset))
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Volume<double> phantom = ImageReader.Read(Path.Combine(folder, configuration.PhantomPath)).ToDoubleVolume();
            Volume<double> map = Ibsi2Phase1.Compute(configuration, phantom);
            if (options.MapsOutput is not null)
            {
                ImageWriter.Write(map, Path.Combine(options.MapsOutput, configuration.Id + ".nii.gz"));
            }

            Volume<double> reference = ImageReader.Read(Path.Combine(folder, configuration.ReferenceMapPath)).ToDoubleVolume();
            yield return new CheckRow(dataset, Tag, NormalisedMaxDifference(map, reference), CheckRowKind.Comparison);
            options.Progress?.Report($"{dataset}: {watch.ElapsedMilliseconds} ms elapsed, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU");
        }
    }

    /// <summary>max|map − reference| / (0.01 × range(reference)); +∞ for a grid mismatch or a NaN voxel.</summary>
    internal static double NormalisedMaxDifference(Volume<double> map, Volume<double> reference)
    {
        if (map.Size != reference.Size)
        {
            return double.PositiveInfinity;
        }

        ReadOnlySpan<double> r = reference.Voxels, m = map.Voxels;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, worst = 0;
        for (int i = 0; i < r.Length; i++)
        {
            min = Math.Min(min, r[i]);
            max = Math.Max(max, r[i]);
            double difference = Math.Abs(m[i] - r[i]);
            worst = double.IsNaN(difference) ? double.PositiveInfinity : Math.Max(worst, difference);
        }

        return worst / (0.01 * (max - min));
    }
}
