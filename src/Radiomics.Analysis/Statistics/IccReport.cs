using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Statistics;

/// <summary>The result of <see cref="Icc.Compute"/>: one row per feature × form (features in table order, forms in psych's order), and the warnings.</summary>
public sealed record IccReport(IReadOnlyList<IccRow> Rows, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The rows as an output table: ID column <c>feature</c>, text column <c>type</c>, numeric columns <c>icc</c>,
    /// <c>ci_low</c>, <c>ci_high</c>, <c>n_subjects</c>, <c>n_raters</c> (write it with <see cref="FeatureTableWriter"/>).
    /// </summary>
    public FeatureTable ToTable()
    {
        string[] features = Rows.Select(r => r.Feature).ToArray();
        string[] types = Rows.Select(r => r.TypeLabel).ToArray();
        double[][] columns =
        [
            Rows.Select(r => r.Estimate.Icc).ToArray(),
            Rows.Select(r => r.Estimate.CiLow).ToArray(),
            Rows.Select(r => r.Estimate.CiHigh).ToArray(),
            Rows.Select(r => (double)r.Subjects).ToArray(),
            Rows.Select(r => (double)r.Raters).ToArray(),
        ];
        return new FeatureTable(features, ["icc", "ci_low", "ci_high", "n_subjects", "n_raters"], columns, [KeyValuePair.Create("type", types)], "feature");
    }
}
