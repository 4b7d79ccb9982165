using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Batch;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Cli.Commands;

/// <summary>
/// The robustness table from the long table of variants: per feature the ICC with cases as subjects and variants
/// (<c>perturbation_Id</c>) as raters, its interval, and whether it passes the <see cref="RobustnessRule"/>.
/// </summary>
internal static class RobustnessReport
{
    /// <summary>Reads the variants, computes the ICCs and writes <paramref name="outPath"/> (atomically): feature, icc, ci_low, ci_high, robust (1 or 0).</summary>
    /// <param name="referenceIsRater">Whether the unperturbed row (perturbation_Id 0) is one of the combinations (else it is left out).</param>
    public static void Write(string variantsPath, bool referenceIsRater, RobustnessRule rule, string outPath, BatchLog log)
    {
        try
        {
            FeatureTable variants = FeatureTableReader.Read(variantsPath, new FeatureTableReadSettings
            {
                IdColumn = PerturbationCaseRunner.IdColumn,
                ReservedColumns = PerturbationVariant.ColumnNames,
            });
            IReadOnlyList<string> rater = variants.OtherColumn("perturbation_Id");
            int[] rows = Enumerable.Range(0, variants.RowCount)
                .Where(r => rater[r].Length > 0 && (referenceIsRater || rater[r] != "0")) // failed cases have no variant
                .ToArray();
            FeatureTable raters = variants.SelectRows(rows);
            var settings = new IccSettings { SubjectColumn = PerturbationCaseRunner.IdColumn, RaterColumn = "perturbation_Id", Types = [rule.Type] };
            IccReport report = Icc.Compute(settings, raters);
            foreach (string warning in report.Warnings)
            {
                log.Normal($"radiomics robustness: {warning}");
            }

            IccRow[] results = [.. report.Rows];
            double[][] columns =
            [
                [.. results.Select(r => r.Estimate.Icc)],
                [.. results.Select(r => r.Estimate.CiLow)],
                [.. results.Select(r => r.Estimate.CiHigh)],
                [.. results.Select(r => rule.IsRobust(r.Estimate) ? 1.0 : 0.0)],
            ];
            var table = new FeatureTable([.. results.Select(r => r.Feature)], ["icc", "ci_low", "ci_high", "robust"], columns, idColumn: "feature");
            FeatureTableWriter.Write(table, outPath, AnalysisProvenance.For(raters, rule.ToJson()));
            int robust = results.Count(r => rule.IsRobust(r.Estimate));
            log.Always($"radiomics robustness: {robust} of {results.Length} feature(s) robust ({IccTypes.Label(rule.Type)} {(rule.UseLowerBound ? "lower bound" : "estimate")} ≥ {rule.Threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}); wrote {outPath}");
        }
        catch (FeatureTableException e)
        {
            throw new InputException($"{variantsPath}: {e.Message}");
        }
    }
}
