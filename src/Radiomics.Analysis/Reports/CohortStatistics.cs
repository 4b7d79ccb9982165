using Radiomics.Analysis.Reports.Statistics;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// The cohort's feature table (one row per case, the features in order of first appearance, NaN where a case lacks
/// one) with each feature's median, MAD and robust z-scores, and the outlying cases (|z| above the threshold).
/// </summary>
internal sealed class CohortStatistics
{
    private CohortStatistics(FeatureTable table, double[][] scores, double[] medians, double[] mads, double threshold)
    {
        Table = table;
        Scores = scores;
        Medians = medians;
        Mads = mads;
        Threshold = threshold;
    }

    public FeatureTable Table { get; }

    /// <summary>Scores[feature][case]: the robust z (NaN when undefined).</summary>
    public double[][] Scores { get; }

    public double[] Medians { get; }

    public double[] Mads { get; }

    public double Threshold { get; }

    public static CohortStatistics Of(IReadOnlyList<CaseReport> cases, double threshold)
    {
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CaseReport report in cases)
        {
            foreach (var (name, _) in report.Features)
            {
                if (index.TryAdd(name, names.Count))
                {
                    names.Add(name);
                }
            }
        }

        var columns = names.Select(_ => Enumerable.Repeat(double.NaN, cases.Count).ToArray()).ToArray();
        for (int c = 0; c < cases.Count; c++)
        {
            foreach (var (name, value) in cases[c].Features)
            {
                columns[index[name]][c] = value;
            }
        }

        var table = new FeatureTable(cases.Select(c => c.Id).ToArray(), names, columns);
        var scores = new double[names.Count][];
        var medians = new double[names.Count];
        var mads = new double[names.Count];
        for (int j = 0; j < names.Count; j++)
        {
            (scores[j], medians[j], mads[j]) = RobustZ.Of(columns[j]);
        }

        return new CohortStatistics(table, scores, medians, mads, threshold);
    }

    /// <summary>Whether case <paramref name="row"/> is an outlier of feature <paramref name="feature"/>.</summary>
    public bool IsOutlier(int feature, int row) => Math.Abs(Scores[feature][row]) > Threshold;

    /// <summary>The outlying cases of a feature, by row, in row order.</summary>
    public IEnumerable<int> Outliers(int feature) => Enumerable.Range(0, Table.RowCount).Where(r => IsOutlier(feature, r));

    /// <summary>The features in which case <paramref name="row"/> is an outlier, with its value and score, in feature order.</summary>
    public List<(string Feature, double Value, double Z)> OutlyingFeatures(int row) =>
        Enumerable.Range(0, Table.FeatureCount).Where(j => IsOutlier(j, row)).Select(j => (Table.FeatureNames[j], Table[row, j], Scores[j][row])).ToList();
}
