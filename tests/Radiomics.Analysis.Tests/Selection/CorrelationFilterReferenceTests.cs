using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>The correlation filter against caret::findCorrelation(cor(X, method), 0.9, exact = TRUE) on the breast-cancer table.</summary>
public sealed class CorrelationFilterReferenceTests
{
    [Theory]
    [InlineData(CorrelationMethod.Pearson, "expected_findcorrelation_pearson_0.9.csv", 10)]
    [InlineData(CorrelationMethod.Spearman, "expected_findcorrelation_spearman_0.9.csv", 12)]
    public void FindCorrelation_BreastCancer_RemovesCaretsColumnsInCaretsOrder(CorrelationMethod method, string file, int count)
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable oracle = SelectionFixture.Oracle(file);
        Assert.Equal(oracle.Rows.Select(r => oracle.Text(r, "feature")), table.FeatureNames);
        string[] expected = oracle.Where("removed", "TRUE")
            .OrderBy(r => int.Parse(oracle.Text(r, "caret_order")))
            .Select(r => oracle.Text(r, "feature"))
            .ToArray();
        Assert.Equal(count, expected.Length);

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new CorrelationFilterSettings { Cutoff = 0.9, Correlation = method }] });

        Assert.Equal(expected, result.Dropped.Select(d => d.Feature));
        Assert.All(result.Dropped, d => Assert.Equal("correlation", d.Method));
        Assert.Equal(oracle.Where("removed", "FALSE").Select(r => oracle.Text(r, "feature")), result.Selected);
    }

    [Theory]
    [InlineData(CorrelationMethod.Pearson)]
    [InlineData(CorrelationMethod.Spearman)]
    public void FindCorrelation_ExactCopies_TiesGoAsInCaret(CorrelationMethod method)
    {
        FeatureTable bc = SelectionFixture.BreastCancer();
        var columns = SelectionFixture.All(bc).Select(f => (bc.FeatureNames[f], bc.Column(f).ToArray())).ToList();
        double[] Copy(string name) => bc.Column(bc.IndexOfFeature(name)).ToArray();
        columns.Add(("copy_smoothness_error", Copy("smoothness_error")));
        columns.Insert(20, ("copy_worst_area", Copy("worst_area")));
        columns.Insert(5, ("copy_mean_texture", Copy("mean_texture")));
        OracleTable oracle = SelectionFixture.Oracle("expected_findcorrelation_duplicates.csv");
        string name = method == CorrelationMethod.Pearson ? "pearson" : "spearman";

        SelectionResult result = FeatureSelection.Run(SelectionFixture.Table(columns), new SelectionPipeline { Steps = [new CorrelationFilterSettings { Correlation = method }] });

        Assert.Equal(oracle.Where("method", name).Select(r => oracle.Text(r, "feature")), result.Dropped.Select(d => d.Feature));
    }

    [Fact]
    public void CorrelationMatrix_MatchesPairwiseCorrelation_ForEveryPair()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        foreach (CorrelationMethod method in Enum.GetValues<CorrelationMethod>())
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 };
            double[] matrix = CorrelationMatrix.Compute(StandardisedRows.Of(table, SelectionFixture.All(table), method, parallel), parallel);
            int p = table.FeatureCount;
            for (int a = 0; a < p; a++)
            {
                for (int b = 0; b < p; b++)
                {
                    double expected = a == b ? 1 : method == CorrelationMethod.Pearson
                        ? Radiomics.Analysis.Statistics.Correlation.Pearson(table.Column(a), table.Column(b))
                        : Radiomics.Analysis.Statistics.Correlation.Spearman(table.Column(a), table.Column(b));
                    Close.Absolute(expected, matrix[(a * p) + b], 1e-13, $"{method} r[{table.FeatureNames[a]}, {table.FeatureNames[b]}]");
                    Assert.Equal(matrix[(a * p) + b], matrix[(b * p) + a]);
                }
            }
        }
    }
}
